"""The platform's operations: one module per operation, in one package per tag."""

from typing import Protocol

import httpx


class AsyncApiClient(Protocol):
    """What the ``asyncio`` and ``asyncio_detailed`` functions use of the client they are given.

    `AuthenticatedClient` and `Client` have both members; so has a client that holds nothing
    but an ``httpx.AsyncClient`` and cannot send a request synchronously (c8y_objects' ``c8y.rest``),
    which is why only the async functions take this type: the ``sync`` and ``sync_detailed``
    functions still need a generated client.
    """

    @property
    def raise_on_unexpected_status(self) -> bool:
        """Whether a status the spec does not document raises `errors.UnexpectedStatus`."""
        ...

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async HTTP client the request is sent with."""
        ...
