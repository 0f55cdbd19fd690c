"""Reading ``multipart/form-data`` request bodies (file uploads).

:func:`parse_form_data` splits a body into its parts by the boundary named in the Content-Type
header. Each part keeps its form field name, the file name and media type it declared, and its
bytes untouched. A body that is not well-formed multipart raises a 400 naming the defect.
"""

from __future__ import annotations

from dataclasses import dataclass

from c8y_emulator.errors import ApiError, bad_request
from c8y_emulator.media import mime


@dataclass(frozen=True, slots=True)
class FormPart:
    """One part of a form.

    Attributes:
        name: The form field name (``name`` of the part's Content-Disposition).
        filename: The ``filename`` of its Content-Disposition, or None.
        content_type: The part's bare, lower-cased media type; empty when it declared none.
        data: The part's content.
    """

    name: str
    filename: str | None
    content_type: str
    data: bytes


def header_parameters(value: str) -> dict[str, str]:
    """Return the ``key=value`` parameters of a header value (names lower-cased, quotes removed).

    ``form-data; name="file"; filename="a;b.txt"`` gives
    ``{"name": "file", "filename": "a;b.txt"}``; the leading token (``form-data``) is not a
    parameter and is left out.
    """
    parameters: dict[str, str] = {}
    position = value.find(";")
    length = len(value)
    while 0 <= position < length:
        position += 1
        equals = value.find("=", position)
        separator = value.find(";", position)
        if equals < 0 or (0 <= separator < equals):
            position = separator  # a parameter without a value: skip it
            continue
        key = value[position:equals].strip().lower()
        position = equals + 1
        while position < length and value[position] == " ":
            position += 1
        if position < length and value[position] == '"':
            chars: list[str] = []
            position += 1
            while position < length and value[position] != '"':
                if value[position] == "\\" and position + 1 < length:
                    position += 1
                chars.append(value[position])
                position += 1
            parameters[key] = "".join(chars)
            position = value.find(";", position)
        else:
            end = value.find(";", position)
            parameters[key] = value[position : end if end >= 0 else length].strip()
            position = end
    return parameters


def is_form_data(content_type_header: str | None) -> bool:
    """Tell whether a Content-Type header value names ``multipart/form-data``."""
    return mime(content_type_header) == "multipart/form-data"


def parse_form_data(body: bytes, content_type_header: str, area: str) -> list[FormPart]:
    """Split a ``multipart/form-data`` body into its parts, in order.

    Args:
        body: The request body.
        content_type_header: The request's Content-Type header (it carries the boundary).
        area: Error area of the resource.

    Raises:
        ApiError: 400 when the boundary is missing or the body is not well-formed.
    """
    boundary = header_parameters(content_type_header).get("boundary", "")
    if not boundary:
        raise bad_request(area, "multipart/form-data request without a boundary parameter")
    delimiter = b"--" + boundary.encode("latin-1")
    start = body.find(delimiter)
    if start < 0:
        raise _malformed(area, "the boundary never occurs in the body")
    parts: list[FormPart] = []
    position = start + len(delimiter)
    closing_mark = b"\n" + delimiter
    # One pass: every search starts at the current offset and stops at the first hit, so each
    # byte of the body is looked at a bounded number of times whatever the number of parts.
    while True:
        if body.startswith(b"--", position):
            return parts
        line_end = _line_end(body, position)
        if line_end is None or body[position:line_end].strip(b" \t"):
            raise _malformed(area, "a boundary line is not followed by a line break")
        head_start = line_end + (2 if body.startswith(b"\r\n", line_end) else 1)
        head_end, content_start = _blank_line(body, head_start)
        if head_end < 0:
            raise _malformed(area, "a part's headers do not end with an empty line")
        closing = body.find(closing_mark, content_start)
        if closing < 0:
            raise _malformed(area, "the last part is not closed by the boundary")
        gap = 1
        if closing > content_start and body[closing - 1] == 0x0D:
            closing, gap = closing - 1, 2  # the line break before a boundary is not content
        parts.append(_part(body[head_start:head_end], body[content_start:closing], area))
        position = closing + gap + len(delimiter)


def _line_end(body: bytes, position: int) -> int | None:
    end = body.find(b"\n", position)
    if end < 0:
        return None
    return end - 1 if end > position and body[end - 1] == 0x0D else end


def _blank_line(body: bytes, position: int) -> tuple[int, int]:
    """Return (end of the header block, start of the content) of a part starting at position.

    The header block ends at the first empty line (CRLF or a bare LF); it is read line by
    line, so the search never runs past it into the content. (-1, -1) when there is none.
    """
    while True:
        end = body.find(b"\n", position)
        if end < 0:
            return -1, -1
        if end == position or (end == position + 1 and body[position] == 0x0D):
            return position, end + 1
        position = end + 1


def _part(head: bytes, data: bytes, area: str) -> FormPart:
    headers: dict[str, str] = {}
    for raw_line in head.decode("utf-8", errors="replace").splitlines():
        if not raw_line.strip():
            continue
        name, colon, value = raw_line.partition(":")
        if not colon:
            raise _malformed(area, f"part header line {raw_line.strip()!r} has no colon")
        headers[name.strip().lower()] = value.strip()
    disposition = headers.get("content-disposition")
    if disposition is None:
        raise _malformed(area, "a part has no Content-Disposition header")
    parameters = header_parameters(disposition)
    if "name" not in parameters:
        raise _malformed(area, "a part's Content-Disposition names no form field")
    return FormPart(
        name=parameters["name"],
        filename=parameters.get("filename"),
        content_type=mime(headers.get("content-type")),
        data=data,
    )


def _malformed(area: str, defect: str) -> ApiError:
    return bad_request(area, f"Malformed multipart/form-data body: {defect}")
