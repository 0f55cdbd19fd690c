"""Media types of the platform and the content negotiation rules the emulator applies.

The platform names every representation with a vendor media type
(``application/vnd.com.nsn.cumulocity.<type>+json``) and answers with ``;charset=UTF-8;ver=0.9``
appended. Plain ``application/json`` is accepted on requests; a response uses it only when the
client's ``Accept`` header asks for it and not for the vendor type.

POST and PUT answers carry the written object only when the request had an ``Accept`` header;
without one the body is empty (the documented rule of the platform).
"""

from __future__ import annotations

from collections.abc import Mapping

VENDOR_PREFIX = "application/vnd.com.nsn.cumulocity."
JSON = "application/json"


def vendor(name: str) -> str:
    """Return the vendor media type ``application/vnd.com.nsn.cumulocity.<name>+json``."""
    return f"{VENDOR_PREFIX}{name}+json"


ERROR = vendor("error")
MANAGED_OBJECT = vendor("managedobject")
MANAGED_OBJECT_COLLECTION = vendor("managedobjectcollection")
MANAGED_OBJECT_REFERENCE = vendor("managedobjectreference")
MANAGED_OBJECT_REFERENCE_COLLECTION = vendor("managedobjectreferencecollection")
MANAGED_OBJECT_USER = vendor("managedobjectuser")
EXTERNAL_ID = vendor("externalid")
EXTERNAL_ID_COLLECTION = vendor("externalidcollection")
INVENTORY_API = vendor("inventoryapi")
IDENTITY_API = vendor("identityapi")
CURRENT_USER = vendor("currentuser")
CURRENT_TENANT = vendor("currenttenant")

_CONTENT_TYPE_CACHE: dict[str, bytes] = {}


def content_type(media_type: str) -> bytes:
    """Return the Content-Type header value the platform sends for ``media_type``."""
    cached = _CONTENT_TYPE_CACHE.get(media_type)
    if cached is None:
        if media_type.startswith(VENDOR_PREFIX):
            cached = f"{media_type};charset=UTF-8;ver=0.9".encode()
        else:
            cached = f"{media_type};charset=UTF-8".encode()
        _CONTENT_TYPE_CACHE[media_type] = cached
    return cached


def mime(value: str | None) -> str:
    """Return the bare, lower-cased media type of a header value (parameters dropped)."""
    if not value:
        return ""
    return value.split(";", 1)[0].strip().lower()


def accepted_types(headers: Mapping[str, str]) -> list[str]:
    """Return the bare media types listed in the ``Accept`` header, in order."""
    accept = headers.get("accept", "")
    return [mime(part) for part in accept.split(",") if part.strip()]


def negotiate(headers: Mapping[str, str], media_type: str) -> str:
    """Choose the response media type for a resource whose own type is ``media_type``.

    The vendor type is the answer unless the client listed ``application/json`` but neither
    the vendor type nor a wildcard.
    """
    accepted = accepted_types(headers)
    if JSON in accepted and not any(t in (media_type, "*/*", "application/*") for t in accepted):
        return JSON
    return media_type


def wants_body(headers: Mapping[str, str]) -> bool:
    """Tell whether a POST/PUT answer carries the written object (an Accept header was sent)."""
    return bool(headers.get("accept", "").strip())
