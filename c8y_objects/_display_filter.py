"""Display filters: the Wireshark-style language of the `include` / `exclude` matchers.

A string given as ``include`` or ``exclude`` is a display filter. It is parsed once (with lark,
when `select` / `get_all` is called, before any request) and compiled into plain Python
closures that test a result's raw JSON.

Syntax
    - A *field* is a dotted path into the JSON: ``type``, ``c8y_Hardware.model``,
      ``c8y_Software.0.name`` (a numeric segment indexes a list). Segments start with a letter
      or ``_`` and hold letters, digits, ``_`` and ``-``. A bare field is true when the path
      exists, even when its value is ``null``.
    - Comparisons: ``field OP value`` with ``==`` ``!=`` ``<`` ``<=`` ``>`` ``>=`` or the words
      ``eq`` ``ne`` ``lt`` ``le`` ``gt`` ``ge``; ``field contains value`` (also ``~=``);
      ``field matches value`` (also ``~``); ``field in {v1, v2, ...}`` (commas optional).
      The left side is always a field, or ``len(field)``, ``lower(field)``, ``upper(field)``;
      the right side is always a value (fields are never compared with fields).
    - Logic: ``not`` / ``!``, ``and`` / ``&&``, ``xor`` / ``^^``, ``or`` / ``||``, binding in
      that order (``not`` tightest), and parentheses.
    - Values: quoted strings (``'..'`` or ``".."``; backslash escapes ``\\\\`` ``\\'``
      ``\\"`` ``\\n`` ``\\r`` ``\\t`` ``\\xhh`` ``\\uhhhh``, any other backslash is kept as is
      so regular expressions read naturally), or a bare word up to the next blank or operator
      character: ``true`` / ``false`` / ``null`` (any case), a number (decimal, ``0x`` hex,
      ``1.5e3``) or else a string (``type == c8y_Device``, ``time > 2024-05-01``).
    - A word is a keyword (``and or xor in contains matches eq ne lt le gt ge``) only where an
      operator can stand, so ``in == 2`` compares a field ``in``. Only ``not`` at the start of a
      term, and ``len`` / ``lower`` / ``upper`` right before ``(``, cannot name a top-level
      field; for such a field, or keys with other characters, use `JsonPathMatcher` or
      `JmesPathMatcher`.

Semantics
    - Missing field: every comparison on it is false, including ``!=``; ``not`` of it is true.
      ``a != v`` means ``a and not a == v``.
    - Numbers and strings: a string that reads as a number (``"42"``, ``"-1.5"``) compares
      numerically with a number, in both directions (``id == 12345`` matches ``"id": "12345"``);
      any other string never equals or orders with a number. Two strings always compare as
      text (``"10" < "9"``; ISO timestamps order by time). ``true`` / ``false`` equal only JSON
      booleans, ``null`` only JSON null; neither can be ordered (a compile error).
    - Lists: a comparison, ``matches`` or ``in`` on a field holding a list is true when any
      element satisfies it; ``!=`` is true when no element equals (so on an empty list).
      ``contains`` on a list tests membership (an element equals the value), on a string a
      substring, on an object a key.
    - ``matches`` uses Python's `re.search` (not anchored; compiled once) and only tests
      strings.
    - ``len`` gives the length of a string, list or object; ``lower`` / ``upper`` change strings
      (and the strings in a list) and pass other values through.

Errors
    A syntax error, a bad regular expression or an ordering by ``true`` / ``null`` raises
    `InvalidFilterError` naming the column (the 1-based position in the whole string). A string
    that is JSONPath (``"$..x"``) is refused with a pointer to `JsonPathMatcher`.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Final

from c8y_objects._paths import value_getter
from c8y_objects.errors import ConfigurationError, InvalidFilterError

if TYPE_CHECKING:
    from lark import Lark, Token, Tree, UnexpectedInput

__all__ = ["DisplayFilter", "compile_display_filter"]

Predicate = Callable[[Any], bool]
Getter = Callable[[Any], Any]

_MISSING: Final = object()

# A keyword is a word not followed by a character that could continue a field.
_GRAMMAR: Final = r"""
?start: disjunction

?disjunction: exclusive (_OR exclusive)*
?exclusive: conjunction (_XOR conjunction)*
?conjunction: negation (_AND negation)*
?negation: _NOT negation -> negate
         | atom
?atom: "(" disjunction ")"
     | field -> present
     | operand (EQ | NE | LT | LE | GT | GE) value -> compare
     | operand _CONTAINS value -> contains
     | operand _MATCHES value -> matches
     | operand _IN "{" value (","? value)* "}" -> member
?operand: field
        | FUNCTION "(" field ")" -> function
field: FIELD
value: STRING | BARE

_OR.2: "||" | /or(?![\w.\-])/
_XOR.2: "^^" | /xor(?![\w.\-])/
_AND.2: "&&" | /and(?![\w.\-])/
_NOT.2: /!(?!=)/ | /not(?![\w.\-])/
_CONTAINS.2: "~=" | /contains(?![\w.\-])/
_MATCHES.2: /~(?!=)/ | /matches(?![\w.\-])/
_IN.2: /in(?![\w.\-])/
EQ.2: "==" | /eq(?![\w.\-])/
NE.2: "!=" | /ne(?![\w.\-])/
LT.2: /<(?!=)/ | /lt(?![\w.\-])/
LE.2: "<=" | /le(?![\w.\-])/
GT.2: />(?!=)/ | /gt(?![\w.\-])/
GE.2: ">=" | /ge(?![\w.\-])/
FUNCTION.3: /(?:len|lower|upper)(?=\s*\()/
FIELD: /[A-Za-z_][\w\-]*(?:\.(?:[A-Za-z_][\w\-]*|\d+))*/
STRING: /"(?:[^"\\]|\\.)*"/s | /'(?:[^'\\]|\\.)*'/s
BARE: /[^\s()'"!=<>&|~^,{}]+/

%ignore /\s+/
"""

# What each terminal is called in an error message.
_TERMINAL_NAMES: Final = {
    "_OR": "'or'",
    "_XOR": "'xor'",
    "_AND": "'and'",
    "_NOT": "'not'",
    "_CONTAINS": "'contains'",
    "_MATCHES": "'matches'",
    "_IN": "'in'",
    "EQ": "a comparison",
    "NE": "a comparison",
    "LT": "a comparison",
    "LE": "a comparison",
    "GT": "a comparison",
    "GE": "a comparison",
    "FUNCTION": "a function",
    "FIELD": "a field",
    "STRING": "a value",
    "BARE": "a value",
    "LPAR": "'('",
    "RPAR": "')'",
    "LBRACE": "'{'",
    "RBRACE": "'}'",
    "COMMA": "','",
    "$END": "the end",
}

_ORDERINGS: Final[dict[str, Callable[[Any, Any], bool]]] = {
    "LT": operator.lt,
    "LE": operator.le,
    "GT": operator.gt,
    "GE": operator.ge,
}

_NUMBER: Final = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
_HEX: Final = re.compile(r"-?0[xX][0-9a-fA-F]+")
_ESCAPE: Final = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.DOTALL)
_SIMPLE_ESCAPES: Final = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t"}
_JSONPATH_HINT: Final = re.compile(r"[$@\[\]*]|\.\.")


def _as_number(text: str) -> int | float | None:
    """Read `text` as a JSON-like number (``0x`` hex too), or return None."""
    if _NUMBER.fullmatch(text):
        return float(text) if any(c in text for c in ".eE") else int(text)
    if _HEX.fullmatch(text):
        return int(text, 16)
    return None


def _unescape(body: str) -> str:
    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if len(code) > 1:
            return chr(int(code[1:], 16))
        return _SIMPLE_ESCAPES.get(code, match.group(0))

    return _ESCAPE.sub(replace, body)


class _Value:
    """A literal on the right of an operator.

    Attributes:
        value: The typed value: str, int, float, bool or None.
        text: Its text (for ``contains`` / ``matches``).
        number: Its numeric reading, or None (for comparing with numbers).
        column: Where it starts (1-based).
    """

    __slots__ = ("column", "number", "text", "value")

    def __init__(self, token: Token) -> None:
        raw = str(token)
        self.column: int = (token.start_pos or 0) + 1
        self.value: str | int | float | bool | None
        if token.type == "STRING":
            self.text = _unescape(raw[1:-1])
            self.value = self.text
            self.number = _as_number(self.text)
            return
        self.text = raw
        word = raw.lower()
        if word in ("true", "false"):
            self.value, self.number = word == "true", None
        elif word == "null":
            self.value, self.number = None, None
        else:
            self.number = _as_number(raw)
            self.value = raw if self.number is None else self.number


def _is_number(value: Any) -> bool:
    kind = type(value)
    return kind is int or kind is float


def _equals(literal: _Value) -> Predicate:
    """A test for one (non-list) JSON value being equal to `literal`."""
    target = literal.value
    if target is None or type(target) is bool:
        return lambda value: value is target
    number = literal.number
    if type(target) is str:
        if number is None:
            return lambda value: type(value) is str and value == target

        def equals_text(value: Any) -> bool:
            if type(value) is str:
                return value == target
            return _is_number(value) and value == number

        return equals_text

    def equals_number(value: Any) -> bool:
        if _is_number(value):
            return bool(value == number)
        if type(value) is str:
            reading = _as_number(value)
            return reading is not None and reading == number
        return False

    return equals_number


def _orders(literal: _Value, kind: str) -> Predicate:
    """A test for one (non-list) JSON value standing in order `kind` to `literal`."""
    compare = _ORDERINGS[kind]
    target = literal.value
    number = literal.number
    if target is None or type(target) is bool:
        raise _SemanticError(f"{literal.text} has no order", literal.column)
    if type(target) is str:

        def orders_text(value: Any) -> bool:
            if type(value) is str:
                return compare(value, target)
            return number is not None and _is_number(value) and compare(value, number)

        return orders_text

    def orders_number(value: Any) -> bool:
        if _is_number(value):
            return compare(value, number)
        if type(value) is str:
            reading = _as_number(value)
            return reading is not None and compare(reading, number)
        return False

    return orders_number


def _any_element(test: Predicate) -> Predicate:
    """Apply `test` to a value, or to each element of a list value (true when any is)."""

    def check(value: Any) -> bool:
        if type(value) is list:
            return any(test(element) for element in value)
        return test(value)

    return check


def _on(get: Getter, test: Predicate) -> Predicate:
    """Compose a field getter with a test on its value (false when the field is missing)."""
    return lambda json: test(get(json))


def _not_equal(get: Getter, equals: Predicate) -> Predicate:
    def check(json: Any) -> bool:
        value = get(json)
        return value is not _MISSING and not equals(value)

    return check


def _contains(literal: _Value) -> Predicate:
    needle = literal.text
    equals = _equals(literal)

    def check(value: Any) -> bool:
        kind = type(value)
        if kind is str or kind is dict:
            return needle in value
        if kind is list:
            return any(equals(element) for element in value)
        return False

    return check


def _matches(literal: _Value) -> Predicate:
    try:
        search = re.compile(literal.text).search
    except re.error as exc:
        raise _SemanticError(f"bad regular expression: {exc}", literal.column) from None
    return lambda value: type(value) is str and search(value) is not None


def _length(value: Any) -> Any:
    kind = type(value)
    return len(value) if kind is str or kind is list or kind is dict else _MISSING


def _case(change: Callable[[str], str]) -> Callable[[Any], Any]:
    def apply(value: Any) -> Any:
        kind = type(value)
        if kind is str:
            return change(value)
        if kind is list:
            return [change(item) if type(item) is str else item for item in value]
        return value

    return apply


_FUNCTIONS: Final[dict[str, Callable[[Any], Any]]] = {
    "len": _length,
    "lower": _case(str.lower),
    "upper": _case(str.upper),
}


class _SemanticError(Exception):
    """A well-formed filter that still cannot be compiled (bad regex, order by ``true``)."""

    def __init__(self, problem: str, column: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.column = column


def _all_of(predicates: list[Predicate]) -> Predicate:
    if len(predicates) == 2:
        first, second = predicates
        return lambda json: first(json) and second(json)
    chain = tuple(predicates)
    return lambda json: all(predicate(json) for predicate in chain)


def _any_of(predicates: list[Predicate]) -> Predicate:
    if len(predicates) == 2:
        first, second = predicates
        return lambda json: first(json) or second(json)
    chain = tuple(predicates)
    return lambda json: any(predicate(json) for predicate in chain)


def _one_of(predicates: list[Predicate]) -> Predicate:
    """Exclusive or, chained left to right: true when an odd number of operands are."""
    if len(predicates) == 2:
        first, second = predicates
        return lambda json: first(json) != second(json)
    chain = tuple(predicates)
    return lambda json: sum(1 for predicate in chain if predicate(json)) % 2 == 1


class _Compiler:
    """Turns the parse tree into closures, bottom-up, once per filter."""

    def compile(self, node: Tree[Token] | Token) -> Any:
        """Compile `node`: a rule's method gets its compiled children; tokens stay tokens."""
        if isinstance(node, str):
            return node
        handler: Callable[[list[Any]], Any] = getattr(self, str(node.data))
        return handler([self.compile(child) for child in node.children])

    def field(self, children: list[Token]) -> Getter:
        return value_getter(str(children[0]), _MISSING)

    def function(self, children: list[Any]) -> Getter:
        name, get = children
        change = _FUNCTIONS[str(name)]
        return lambda json: change(get(json))

    def value(self, children: list[Token]) -> _Value:
        return _Value(children[0])

    def present(self, children: list[Getter]) -> Predicate:
        get = children[0]
        return lambda json: get(json) is not _MISSING

    def compare(self, children: list[Any]) -> Predicate:
        get, op, literal = children
        kind = op.type
        if kind == "EQ":
            return _on(get, _any_element(_equals(literal)))
        if kind == "NE":
            return _not_equal(get, _any_element(_equals(literal)))
        return _on(get, _any_element(_orders(literal, kind)))

    def contains(self, children: list[Any]) -> Predicate:
        get, literal = children
        return _on(get, _contains(literal))

    def matches(self, children: list[Any]) -> Predicate:
        get, literal = children
        return _on(get, _any_element(_matches(literal)))

    def member(self, children: list[Any]) -> Predicate:
        get, *literals = children
        tests = [_equals(literal) for literal in literals]
        return _on(get, _any_element(lambda value: any(test(value) for test in tests)))

    def negate(self, children: list[Predicate]) -> Predicate:
        inner = children[0]
        return lambda json: not inner(json)

    def conjunction(self, children: list[Predicate]) -> Predicate:
        return _all_of(children)

    def exclusive(self, children: list[Predicate]) -> Predicate:
        return _one_of(children)

    def disjunction(self, children: list[Predicate]) -> Predicate:
        return _any_of(children)


@cache
def _parser() -> Lark:
    from lark import Lark  # imported on first use: only filter users pay for it

    return Lark(_GRAMMAR, parser="lalr", lexer="contextual", propagate_positions=False)


def _describe(expected: Iterable[str]) -> str:
    names = sorted({_TERMINAL_NAMES.get(name, repr(name)) for name in expected})
    return ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1]


def _syntax_problem(error: UnexpectedInput) -> tuple[str, int | None]:
    from lark import UnexpectedCharacters, UnexpectedEOF
    from lark import UnexpectedToken as UnexpectedParserToken

    if isinstance(error, UnexpectedEOF):
        return f"the filter ends early; expected {_describe(error.expected)}", None
    if isinstance(error, UnexpectedParserToken):
        token = error.token
        if token.type == "$END":
            return f"the filter ends early; expected {_describe(error.expected)}", None
        start = token.start_pos
        return (
            f"unexpected {str(token)!r}; expected {_describe(error.expected)}",
            None if start is None else start + 1,
        )
    if isinstance(error, UnexpectedCharacters):
        char = error.char
        if char in "'\"":
            return f"the string opened here is not closed with {char}", (
                error.pos_in_stream or 0
            ) + 1
        problem = f"unexpected character {char!r}"
        if error.allowed:
            problem += f"; expected {_describe(error.allowed)}"
        return problem, (error.pos_in_stream or 0) + 1
    return str(error), None  # pragma: no cover - lark raises only the kinds above


@lru_cache(maxsize=512)
def compile_display_filter(expression: str) -> Predicate:
    """Parse a display filter and return the test it stands for (cached per expression).

    Args:
        expression: The filter, e.g. ``"type == c8y_Pump and c8y_Hardware.model contains 'P'"``.

    Returns:
        A function of a result's raw JSON that tells whether the result matches.

    Raises:
        InvalidFilterError: The filter is empty, JSONPath, or malformed; the message says where.
    """
    if not expression.strip():
        raise InvalidFilterError("the filter is empty", expression=expression)
    if expression.lstrip().startswith("$"):
        raise InvalidFilterError(
            "this is JSONPath, not a display filter; pass JsonPathMatcher(...) instead",
            expression=expression,
            column=len(expression) - len(expression.lstrip()) + 1,
        )
    from lark import UnexpectedInput

    try:
        tree = _parser().parse(expression)
    except UnexpectedInput as error:
        problem, column = _syntax_problem(error)
        if _JSONPATH_HINT.search(expression):
            problem += " (for JSONPath use JsonPathMatcher, for JMESPath JmesPathMatcher)"
        raise InvalidFilterError(problem, expression=expression, column=column) from None
    try:
        predicate: Predicate = _Compiler().compile(tree)
    except _SemanticError as error:
        raise InvalidFilterError(
            error.problem, expression=expression, column=error.column
        ) from None
    except RecursionError:
        raise InvalidFilterError("the filter is nested too deeply", expression=expression) from None
    return predicate


class DisplayFilter:
    """A matcher written in the display filter language (see `c8y_objects._display_filter`).

    A plain string given as ``include`` / ``exclude`` becomes one of these.

    Args:
        expression: The filter, e.g. ``"c8y_IsDevice and c8y_Hardware.model == 'X'"``.

    Raises:
        InvalidFilterError: The filter does not parse; the message names the column.
        ConfigurationError: `expression` is not a string.
    """

    __slots__ = ("_match", "expression")

    def __init__(self, expression: str) -> None:
        if not isinstance(expression, str):
            raise ConfigurationError(
                f"a display filter must be a string, got {type(expression).__name__}"
            )
        self.expression: str = expression
        self._match = compile_display_filter(expression)

    def matches(self, json: dict[str, Any]) -> bool:
        """Return True when `json` (a result's raw JSON) passes the filter."""
        return self._match(json)

    def __repr__(self) -> str:
        return f"DisplayFilter({self.expression!r})"
