"""The multipart/form-data reader behind uploads: parts, parameters, line endings, defects."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from c8y_emulator.errors import ApiError
from c8y_emulator.multipart import FormPart, header_parameters, is_form_data, parse_form_data


def test_parts_come_back_in_order_with_their_metadata() -> None:
    request = httpx.Request(
        "POST",
        "http://x",
        data={"object": '{"name": "n"}'},
        files={"file": ("a b;c.bin", b"\r\n--not-the-boundary\r\n\x00\xff", "image/PNG")},
    )
    parts = parse_form_data(request.read(), request.headers["content-type"], "inventory")
    assert parts == [
        FormPart(name="object", filename=None, content_type="", data=b'{"name": "n"}'),
        FormPart(
            name="file",
            filename="a b;c.bin",
            content_type="image/png",
            data=b"\r\n--not-the-boundary\r\n\x00\xff",
        ),
    ]


def test_bare_line_feeds_preamble_and_epilogue_are_accepted() -> None:
    body = (
        b'preamble\n--XyZ\nContent-Disposition: form-data; name="a"\n\nfirst\n'
        b'--XyZ\ncontent-disposition: form-data; name=b; filename="q\\"uote.txt"\n'
        b"Content-Type: text/plain; charset=utf-8\n\nsecond\n--XyZ--\nepilogue"
    )
    parts = parse_form_data(body, 'multipart/form-data; boundary="XyZ"', "event")
    assert [(p.name, p.filename, p.content_type, p.data) for p in parts] == [
        ("a", None, "", b"first"),
        ("b", 'q"uote.txt', "text/plain", b"second"),
    ]


def test_a_part_without_headers_lines_is_still_read() -> None:
    body = b'--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n\r\n--b--'
    assert parse_form_data(body, "multipart/form-data; boundary=b", "event")[0].data == b""


@pytest.mark.parametrize(
    ("body", "header", "needle"),
    [
        (b"--b\r\n", "multipart/form-data", "boundary parameter"),
        (b"nothing here", "multipart/form-data; boundary=b", "never occurs"),
        (b"--b", "multipart/form-data; boundary=b", "line break"),
        (b"--bx\r\n", "multipart/form-data; boundary=b", "line break"),
        (
            b'--b\r\nContent-Disposition: form-data; name="a"',
            "multipart/form-data; boundary=b",
            "empty line",
        ),
        (b"--b\r\nbroken header\r\n\r\nx\r\n--b--", "multipart/form-data; boundary=b", "no colon"),
        (
            b"--b\r\nContent-Type: a/b\r\n\r\nx\r\n--b--",
            "multipart/form-data; boundary=b",
            "Content-Disposition",
        ),
        (
            b"--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--",
            "multipart/form-data; boundary=b",
            "names no form field",
        ),
        (
            b'--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nopen',
            "multipart/form-data; boundary=b",
            "not closed",
        ),
    ],
)
def test_malformed_bodies_raise_400_naming_the_defect(
    body: bytes, header: str, needle: str
) -> None:
    with pytest.raises(ApiError) as raised:
        parse_form_data(body, header, "inventory")
    assert raised.value.status == 400
    assert raised.value.error == "inventory/Bad Request"
    assert needle in raised.value.message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('form-data; name="file"; filename="a;b.txt"', {"name": "file", "filename": "a;b.txt"}),
        ("form-data; NAME=plain ; filename = spaced", {"name": "plain", "filename": "spaced"}),
        ('attachment; flag; filename="x\\\\y"', {"filename": "x\\y"}),
        ("form-data", {}),
        ("", {}),
        ('a; b="unterminated', {"b": "unterminated"}),
    ],
)
def test_header_parameters(value: str, expected: dict[str, str]) -> None:
    assert header_parameters(value) == expected


def test_is_form_data() -> None:
    assert is_form_data("Multipart/Form-Data; boundary=x")
    assert not is_form_data("multipart/mixed; boundary=x")
    assert not is_form_data(None)


_PIECES = st.sampled_from(
    [
        b"--b",
        b"--b--",
        b"\r\n",
        b"\n",
        b'Content-Disposition: form-data; name="file"; filename="f"',
        b"Content-Type: text/plain",
        b"data",
        b":",
        b"",
    ]
)


@settings(max_examples=300, deadline=None)
@given(body=st.lists(_PIECES | st.binary(max_size=8), max_size=12).map(b"".join))
def test_any_body_parses_or_raises_400(body: bytes) -> None:
    status = 200
    parts: list[FormPart] = []
    try:
        parts = parse_form_data(body, "multipart/form-data; boundary=b", "inventory")
    except ApiError as exc:
        status = exc.status
    assert status in (200, 400)
    for part in parts:
        assert b"\r\n--b" not in part.data


def test_each_part_ends_at_the_first_boundary_line_whatever_its_line_break() -> None:
    body = (
        b'--b\nContent-Disposition: form-data; name="a"\n\nfirst\n--b\r\n'
        b'Content-Disposition: form-data; name="c"\r\n\r\nsecond\r\n--b--'
    )
    parts = parse_form_data(body, "multipart/form-data; boundary=b", "event")
    assert [(p.name, p.data) for p in parts] == [("a", b"first"), ("c", b"second")]


def test_a_header_block_ends_at_its_first_empty_line_of_either_kind() -> None:
    # LF after the last header, then CRLF as the empty line: read line by line, not by
    # searching the rest of the body for "\r\n\r\n" or "\n\n".
    body = (
        b'--b\r\nContent-Disposition: form-data; name="a"\n\r\nfirst\r\n--b\r\n'
        b'Content-Disposition: form-data; name="c"\r\n\r\nsecond\n\nmore\r\n--b--'
    )
    parts = parse_form_data(body, "multipart/form-data; boundary=b", "event")
    assert [(p.name, p.data) for p in parts] == [("a", b"first"), ("c", b"second\n\nmore")]


_FIELD_NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-", min_size=1, max_size=8)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    files=st.lists(
        st.tuples(_FIELD_NAMES, _FIELD_NAMES, st.binary(max_size=300)), min_size=1, max_size=6
    )
)
def test_parts_agree_with_python_multipart(files: list[tuple[str, str, bytes]]) -> None:
    from python_multipart import MultipartParser

    request = httpx.Request(
        "POST",
        "http://x",
        files=[(name, (filename, data, "text/plain")) for name, filename, data in files],
    )
    body, content_type = request.read(), request.headers["content-type"]
    theirs: list[bytes] = []
    chunks: list[bytes] = []

    def on_part_data(data: bytes, start: int, end: int) -> None:
        chunks.append(data[start:end])

    def on_part_end() -> None:
        theirs.append(b"".join(chunks))
        chunks.clear()

    parser = MultipartParser(
        header_parameters(content_type)["boundary"],
        {"on_part_data": on_part_data, "on_part_end": on_part_end},
    )
    parser.write(body)
    parser.finalize()
    ours = parse_form_data(body, content_type, "inventory")
    assert [part.data for part in ours] == theirs == [data for _, _, data in files]
    assert [(part.name, part.filename) for part in ours] == [(n, f) for n, f, _ in files]
