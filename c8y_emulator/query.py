"""The platform's inventory query language: parser and evaluator.

Accepted forms (the value of the ``query`` / ``q`` parameter, URL-decoded):
``$filter=<expression> $orderby=<fields>``, either part alone, or a bare expression. A ``+``
outside quotes separates like a space (clients write ``$filter=(...)+$orderby=...``).

Expressions: comparisons ``<path> eq|ne|gt|ge|lt|le <literal>``, ``and``, ``or``, ``not``,
parentheses (with ``not``, at most ``MAX_DEPTH`` levels deep), and the functions ``has(f)``,
``hasany(f, ...)``, ``bygroupid(id, ...)``, ``isinhierarchyof(id, ...)``. Paths are fragment
names with dots for nesting (``c8y_Position.lat``); a path crossing an array looks into every
element. Literals: strings in single quotes (``''`` is a quote), integers, decimals with an
``f``/``d`` suffix (``3.5d``; an unsuffixed decimal is read as a string, as the platform
documents), ``true``, ``false``, ``null``, and any other unquoted word, read as a string
(``type eq c8y_DeviceSubGroup``, ``name eq abc*``). In a string ``*`` is a wildcard, and a
pattern with a wildcard matches case-insensitively. Two dates with a UTC offset compare as
instants. ``$orderby=<path> [asc|desc], ...`` sorts; ties keep id order.

Anything else raises :class:`QueryError` naming the problem and its position.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

Literal_ = str | int | float | bool | None
Path = tuple[str, ...]
Predicate = Callable[[dict[str, Any]], bool]
IdResolver = Callable[[Sequence[str]], set[str]]

COMPARISONS = frozenset({"eq", "ne", "gt", "ge", "lt", "le"})
# Parentheses and ``not`` nest at most this deep: the parser and the evaluator recurse per level.
MAX_DEPTH = 50
FUNCTIONS = frozenset({"has", "hasany", "bygroupid", "isinhierarchyof"})


class QueryError(ValueError):
    """An expression the query language does not accept."""


# --- tokens ------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<ws>[\s+]+)
  | (?P<filter>\$filter\s*=)
  | (?P<orderby>\$orderby\s*=)
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<comma>,)
  | (?P<string>'(?:[^']|'')*')
  | (?P<number>-?[0-9]+(?:\.[0-9]+)?(?:[fFdD])?(?![^\s(),'+]))
  | (?P<ident>[A-Za-z_$@][\w$@:\-]*(?:\.[\w$@:\-]+)*(?![^\s(),'+]))
  | (?P<bare>[^\s(),'+]+)
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    pos: int


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        found = _TOKEN.match(text, pos)
        if found is None:  # any other character starts a token: a word at worst
            raise QueryError(f"unterminated string literal starting at position {pos}")
        kind = cast(str, found.lastgroup)  # every alternative is a named group
        if kind != "ws":
            tokens.append(_Token(kind, found.group(), pos))
        pos = found.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


# --- syntax tree -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Compare:
    """``path op value``."""

    path: Path
    op: str
    value: Literal_


@dataclass(frozen=True, slots=True)
class And:
    """All of ``items``."""

    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    """Any of ``items``."""

    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """The negation of ``item``."""

    item: Node


@dataclass(frozen=True, slots=True)
class Function:
    """``name(args...)``: has, hasany, bygroupid, isinhierarchyof."""

    name: str
    args: tuple[str, ...]


Node = Compare | And | Or | Not | Function


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A parsed query: the filter (None: everything) and the sort keys (path, descending)."""

    filter: Node | None
    order: tuple[tuple[Path, bool], ...]


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokenize(text)
        self.index = 0
        self.depth = 0

    @property
    def current(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def word(self) -> str:
        # Only a name token can spell a keyword: other tokens carry quotes, digits or symbols.
        return self.current.text.lower()

    def fail(self, expected: str) -> QueryError:
        token = self.current
        found = repr(token.text) if token.text else "the end of the query"
        return QueryError(f"expected {expected} at position {token.pos}, found {found}")

    def expect(self, kind: str, expected: str) -> _Token:
        if self.current.kind != kind:
            raise self.fail(expected)
        return self.advance()

    def query(self) -> ParsedQuery:
        if self.current.kind == "end":
            raise QueryError("the query is empty")
        node: Node | None = None
        order: tuple[tuple[Path, bool], ...] = ()
        if self.current.kind == "filter":
            self.advance()
            if self.current.kind == "lparen" and self.tokens[self.index + 1].kind == "rparen":
                # ``$filter=()``: no condition. Clients send it when only sorting
                # (c8y_api writes ``$filter=()+$orderby=name``); the platform lists everything.
                self.index += 2
            else:
                node = self.expression()
        elif self.current.kind != "orderby":
            node = self.expression()
        if self.current.kind == "orderby":
            self.advance()
            order = self.order_list()
        if self.current.kind != "end":
            raise self.fail("'and', 'or', ')' or $orderby=")
        return ParsedQuery(node, order)

    def order_list(self) -> tuple[tuple[Path, bool], ...]:
        keys: list[tuple[Path, bool]] = []
        while True:
            path = _path(self.expect("ident", "a field name to sort by").text)
            descending = False
            if self.word() in ("asc", "desc"):
                descending = self.advance().text.lower() == "desc"
            keys.append((path, descending))
            if self.current.kind != "comma":
                return tuple(keys)
            self.advance()

    def expression(self) -> Node:
        items = [self.conjunction()]
        while self.word() == "or":
            self.advance()
            items.append(self.conjunction())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def conjunction(self) -> Node:
        items = [self.unary()]
        while self.word() == "and":
            self.advance()
            items.append(self.unary())
        return items[0] if len(items) == 1 else And(tuple(items))

    def nest(self, token: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(
                f"the query nests parentheses and 'not' deeper than {MAX_DEPTH} levels "
                f"(at position {token.pos})"
            )

    def unary(self) -> Node:
        if self.word() == "not":
            self.nest(self.advance())
            node = Not(self.unary())
            self.depth -= 1
            return node
        return self.primary()

    def primary(self) -> Node:
        token = self.current
        if token.kind == "lparen":
            self.nest(self.advance())
            node = self.expression()
            self.expect("rparen", "')'")
            self.depth -= 1
            return node
        if token.kind != "ident":
            raise self.fail("a field name, a function or '('")
        name = token.text
        self.advance()
        if self.current.kind == "lparen" and name.lower() in FUNCTIONS:
            return self.function(name.lower())
        if self.current.kind == "lparen":
            raise QueryError(
                f"unknown function {name!r} at position {token.pos} "
                f"(supported: {', '.join(sorted(FUNCTIONS))})"
            )
        op = self.word()
        if op not in COMPARISONS:
            raise self.fail(f"a comparison operator (eq, ne, gt, ge, lt, le) after {name!r}")
        self.advance()
        return Compare(_path(name), op, self.literal())

    def function(self, name: str) -> Function:
        self.advance()  # the '(' that made primary() call this
        args: list[str] = []
        while True:
            token = self.current
            if token.kind in ("ident", "number", "bare"):
                args.append(token.text)
            elif token.kind == "string":
                args.append(token.text[1:-1].replace("''", "'"))
            else:
                raise self.fail(f"an argument of {name}()")
            self.advance()
            if self.current.kind == "comma":
                self.advance()
                continue
            self.expect("rparen", f"',' or ')' in {name}()")
            break
        if name == "has" and len(args) != 1:
            raise QueryError(f"has() takes exactly one fragment name, got {len(args)}")
        return Function(name, tuple(args))

    def literal(self) -> Literal_:
        token = self.current
        if token.kind == "string":
            self.advance()
            return token.text[1:-1].replace("''", "'")
        if token.kind == "number":
            self.advance()
            text = token.text
            if text[-1] in ("f", "F", "d", "D"):
                return float(text[:-1])
            if "." in text:
                return text  # the platform reads an unsuffixed decimal as a string
            return int(text)
        word = self.word()
        if word in ("true", "false"):
            self.advance()
            return word == "true"
        if word == "null":
            self.advance()
            return None
        if token.kind in ("ident", "bare"):
            # The spec asks for quotes, but the platform also takes an unquoted word
            # (type eq c8y_DeviceSubGroup, name eq abc*), and clients send it that way.
            self.advance()
            return token.text
        raise self.fail("a value ('text', a word, a number, true, false or null)")


def _path(text: str) -> Path:
    return tuple(text.split("."))


def parse_query(text: str) -> ParsedQuery:
    """Parse a ``query`` parameter value.

    Raises:
        QueryError: The expression is not valid; the message names the problem.
    """
    return _Parser(text).query()


# --- evaluation --------------------------------------------------------------------------------


def values_at(document: Any, path: Path) -> list[Any]:
    """Return every value found at ``path``; arrays on the way are searched element by element."""
    current = [document]
    for key in path:
        found: list[Any] = []
        for item in current:
            if isinstance(item, dict):
                if key in item:
                    found.append(item[key])
            elif isinstance(item, list):
                found.extend(el[key] for el in item if isinstance(el, dict) and key in el)
        current = found
        if not current:
            return []
    flat: list[Any] = []
    for value in current:
        if isinstance(value, list):
            flat.extend(value)
        else:
            flat.append(value)
    return flat


def _field_values(document: dict[str, Any], path: Path) -> list[Any]:
    values = values_at(document, path)
    if not values and len(path) > 1 and path[-1] == "date":
        values = values_at(document, path[:-1])  # creationTime.date etc.
    return values


_DATE_START = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T")


def _as_datetime(value: str) -> datetime | None:
    """The instant an ISO 8601 date-time with a UTC offset (or ``Z``) names; None otherwise."""
    if _DATE_START.match(value) is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _ordered(op: str, left: Any, right: Any) -> bool:
    if _is_number(left) and _is_number(right):
        pass
    elif isinstance(left, str) and isinstance(right, str):
        left_dt, right_dt = _as_datetime(left), _as_datetime(right)
        if left_dt is not None and right_dt is not None:
            left, right = left_dt, right_dt
    else:
        return False
    if op == "gt":
        return bool(left > right)
    if op == "ge":
        return bool(left >= right)
    if op == "lt":
        return bool(left < right)
    return bool(left <= right)


def _equals_predicate(path: Path, value: Literal_) -> Predicate:
    if value is None:
        return lambda doc: (
            any(v is None for v in _field_values(doc, path)) or not _field_values(doc, path)
        )
    if isinstance(value, str) and "*" in value:
        pattern = re.compile(
            ".*".join(re.escape(part) for part in value.split("*")), re.IGNORECASE | re.DOTALL
        )
        return lambda doc: any(
            isinstance(v, str) and pattern.fullmatch(v) is not None
            for v in _field_values(doc, path)
        )
    if path == ("id",):
        wanted = str(value)
        return lambda doc: doc.get("id") == wanted
    if isinstance(value, bool):
        return lambda doc: any(v is value for v in _field_values(doc, path))
    if isinstance(value, int | float):
        return lambda doc: any(_is_number(v) and v == value for v in _field_values(doc, path))
    moment = _as_datetime(value)
    if moment is not None:
        # A date matches the same instant written with another UTC offset.
        return lambda doc: any(
            isinstance(v, str) and (v == value or _as_datetime(v) == moment)
            for v in _field_values(doc, path)
        )
    return lambda doc: any(isinstance(v, str) and v == value for v in _field_values(doc, path))


def compile_filter(
    node: Node, *, group_members: IdResolver, hierarchy_members: IdResolver
) -> Predicate:
    """Turn a parsed filter into a predicate over managed object documents (with ``id``).

    Args:
        node: The parsed filter.
        group_members: Returns the ids of the objects assigned to the given groups.
        hierarchy_members: Returns the given ids and the ids of all their descendants.
    """
    if isinstance(node, And):
        parts = [
            compile_filter(n, group_members=group_members, hierarchy_members=hierarchy_members)
            for n in node.items
        ]
        return lambda doc: all(p(doc) for p in parts)
    if isinstance(node, Or):
        parts = [
            compile_filter(n, group_members=group_members, hierarchy_members=hierarchy_members)
            for n in node.items
        ]
        return lambda doc: any(p(doc) for p in parts)
    if isinstance(node, Not):
        inner = compile_filter(
            node.item, group_members=group_members, hierarchy_members=hierarchy_members
        )
        return lambda doc: not inner(doc)
    if isinstance(node, Function):
        if node.name in ("has", "hasany"):
            paths = [_path(arg) for arg in node.args]
            return lambda doc: any(bool(values_at(doc, p)) or _present(doc, p) for p in paths)
        members = (group_members if node.name == "bygroupid" else hierarchy_members)(node.args)
        return lambda doc: doc.get("id") in members
    if node.op in ("eq", "ne"):
        equals = _equals_predicate(node.path, node.value)
        if node.op == "eq":
            return equals
        return lambda doc: not equals(doc)
    path, op, value = node.path, node.op, node.value
    if (
        path == ("id",)
        and isinstance(value, int | str)
        and str(value).isascii()
        and str(value).isdigit()
    ):
        number = int(value)
        return lambda doc: _ordered(op, int(doc["id"]), number)
    return lambda doc: any(_ordered(op, v, value) for v in _field_values(doc, path))


def _present(document: dict[str, Any], path: Path) -> bool:
    current: Any = document
    for key in path:
        if not isinstance(current, dict) or key not in current:
            return False
        current = current[key]
    return True


# Sort order across JSON types: missing and null, numbers, strings, objects, arrays, booleans.
# Within a rank numbers, strings and booleans sort by value; objects and arrays keep id order.
_TYPE_RANK = {type(None): 0, int: 1, float: 1, str: 2, dict: 3, list: 4, bool: 5}
_BY_VALUE = frozenset({int, float, str, bool})


def _sort_key(document: dict[str, Any], path: Path) -> tuple[Any, ...]:
    if path == ("id",):
        return (int(document["id"]),)
    values = _field_values(document, path)
    if not values:
        return (_TYPE_RANK[type(None)],)
    value = values[0]
    kind = type(value)
    return (_TYPE_RANK[kind], value) if kind in _BY_VALUE else (_TYPE_RANK[kind],)


def sort_documents(
    documents: Iterable[dict[str, Any]], order: Sequence[tuple[Path, bool]]
) -> list[dict[str, Any]]:
    """Sort documents by the ``$orderby`` keys (stable: equal keys keep their input order)."""
    result = list(documents)
    for path, descending in reversed(order):
        result.sort(key=lambda doc, p=path: _sort_key(doc, p), reverse=descending)  # type: ignore[misc]
    return result
