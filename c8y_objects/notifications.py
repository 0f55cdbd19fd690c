"""Notification 2.0: subscriptions, tokens and a listener that keeps a service fed for weeks.

Objects: `Subscription` (with its labels `SubscriptionContext` and `SubscriptionApi`, also
reachable as ``Subscription.Context`` / ``Subscription.ApiFilter``). Main API classes:
`Subscriptions` (``/notification2/subscriptions``) and `Tokens` (``/notification2/token``,
``/notification2/unsubscribe`` and the consumer WebSocket's address).

`NotificationListener` reads a subscription over the consumer WebSocket (the `websockets`
library): an async iterator (``async for message in listener``) or a callback
(``await listener.listen(callback)``). Each `Notification` is acknowledged once handled (by
default when the loop asks for the next one, or when the callback returned). The platform
delivers every message it has not seen acknowledged again after a reconnect; the listener:

- reconnects after a dropped connection or a restarted server, waiting a capped exponential
  backoff with jitter between attempts;
- asks for a new token before the current one is about to expire, and after a refused
  handshake;
- hands each message over at most once after its acknowledgement was sent: an acknowledgement
  lost with a dropped connection makes the platform send the message again, and the listener
  drops that copy (it remembers the last `NotificationListener.remembered` acknowledged ids);
- stops cleanly with `NotificationListener.stop` (the callback in progress finishes first).
"""

from __future__ import annotations

import asyncio
import base64
import builtins
import contextlib
import logging
import random
import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping, Sequence
from enum import StrEnum
from types import TracebackType
from typing import Any, ClassVar, Self, TypedDict, Unpack
from urllib.parse import quote, urlsplit

import orjson
import websockets
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from c8y_objects._api import CumulocityResource, ExtraParams, Progress, _object_id
from c8y_objects._base import CumulocityObject, Field, ReferenceField, check_choice
from c8y_objects._http import CumulocityConnection
from c8y_objects._query import QuerySpec, declared
from c8y_objects._wire import ResourceOperations
from c8y_objects.errors import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    ObjectStateError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
)
from c8y_rest import wire

__all__ = [
    "Notification",
    "NotificationCallback",
    "NotificationListener",
    "Subscription",
    "SubscriptionApi",
    "SubscriptionContext",
    "SubscriptionFilters",
    "Subscriptions",
    "Tokens",
]

log: logging.Logger = logging.getLogger(__name__)

SUBSCRIPTIONS_OPERATIONS = ResourceOperations(
    list=wire.GET_NOTIFICATION_SUBSCRIPTION_COLLECTION_RESOURCE,
    create=wire.POST_NOTIFICATION_SUBSCRIPTION_RESOURCE,
    read=wire.GET_NOTIFICATION_SUBSCRIPTION_RESOURCE,
    delete=wire.DELETE_NOTIFICATION_SUBSCRIPTION_RESOURCE,
)
# The consumer WebSocket is not in the REST spec; it sits below the API's root.
CONSUMER_PATH = wire.GET_NOTIFICATION_API_RESOURCE.path + "/consumer/"
_TOKEN_PARAM = declared(
    "c8y_objects.notifications._TOKEN_PARAM",
    wire.POST_NOTIFICATION_TOKEN_UNSUBSCRIBE_RESOURCE,
    "token",
)[0]


class SubscriptionContext(StrEnum):
    """What a subscription watches: one managed object, or the whole tenant."""

    MANAGED_OBJECT = "mo"
    TENANT = "tenant"


class SubscriptionApi(StrEnum):
    """The APIs a subscription can filter on (``*``: all of them)."""

    ANY = "*"
    ALARMS = "alarms"
    ALARMS_WITH_CHILDREN = "alarmsWithChildren"
    EVENTS = "events"
    EVENTS_WITH_CHILDREN = "eventsWithChildren"
    MANAGED_OBJECTS = "managedobjects"
    MEASUREMENTS = "measurements"
    OPERATIONS = "operations"


class Subscription(CumulocityObject):
    """A Notification 2.0 subscription: which changes of which source a named topic carries.

    Args:
        c8y: The connection used by `create` and `delete`.
        name: The subscription's name (letters and digits); tokens name it.
        context: ``mo`` (one managed object, `source_id`) or ``tenant``.
        source_id: The managed object of an ``mo`` subscription.
        api_filter: The APIs to watch (`SubscriptionApi`); None: all.
        type_filter: Only items of this type (the platform also takes ``"'a' or 'b'"``).
        fragments: The custom fragments a message keeps (None: the whole item).
        non_persistent: Whether the subscription is the non-persistent variant.

    Raises:
        ConfigurationError: A context or API that the platform does not know.
    """

    __slots__ = ()

    Context = SubscriptionContext
    ApiFilter = SubscriptionApi

    _operations: ClassVar[ResourceOperations] = SUBSCRIPTIONS_OPERATIONS

    name: Field[str] = Field("subscription")
    non_persistent: Field[bool] = Field("nonPersistent")
    fragments: Field[list[str]] = Field("fragmentsToCopy")
    source_id: ReferenceField = ReferenceField("source")
    """The ID of the managed object an ``mo`` subscription watches."""

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        name: str | None = None,
        context: SubscriptionContext | str | None = None,
        source_id: CumulocityObject | str | int | None = None,
        api_filter: Sequence[SubscriptionApi | str] | None = None,
        type_filter: str | None = None,
        fragments: Sequence[str] | None = None,
        non_persistent: bool | None = None,
    ) -> None:
        super().__init__(c8y)
        self.name = name
        self.context = context
        self.source_id = source_id
        self.api_filter = api_filter
        self.type_filter = type_filter
        self.fragments = list(fragments) if fragments is not None else None
        self.non_persistent = non_persistent

    @property
    def context(self) -> str | None:
        """``mo`` or ``tenant``."""
        value = self._json.get("context")
        return None if value is None else str(value)

    @context.setter
    def context(self, value: SubscriptionContext | str | None) -> None:
        self._write(
            "context",
            None if value is None else check_choice(SubscriptionContext, value, field="context"),
        )

    def _filter(self) -> dict[str, Any]:
        current = self._json.get("subscriptionFilter")
        return dict(current) if isinstance(current, dict) else {}

    @property
    def api_filter(self) -> list[str] | None:
        """The APIs the subscription watches (None: all)."""
        apis = self._filter().get("apis")
        return list(apis) if apis is not None else None

    @api_filter.setter
    def api_filter(self, value: Sequence[SubscriptionApi | str] | None) -> None:
        current = self._filter()
        if value is None:
            current.pop("apis", None)
        else:
            if isinstance(value, str):
                raise ConfigurationError(f"api_filter: expected a list of APIs, got {value!r}")
            current["apis"] = [check_choice(SubscriptionApi, v, field="api_filter") for v in value]
        self._write("subscriptionFilter", current or None)

    @property
    def type_filter(self) -> str | None:
        """Only items of this type (or of the quoted types joined with ``or``)."""
        value = self._filter().get("typeFilter")
        return None if value is None else str(value)

    @type_filter.setter
    def type_filter(self, value: str | None) -> None:
        current = self._filter()
        if value is None:
            current.pop("typeFilter", None)
        else:
            current["typeFilter"] = value
        self._write("subscriptionFilter", current or None)

    def _check_creatable(self) -> None:
        if not self.name:
            raise ObjectStateError("Subscription needs a name")
        if self.context is None:
            raise ObjectStateError("Subscription needs a context (mo or tenant)")
        if self.context == SubscriptionContext.MANAGED_OBJECT and self.source_id is None:
            raise ObjectStateError("Subscription in the mo context needs a source_id")

    def to_json(self) -> dict[str, Any]:
        """The document to create (a tenant subscription leaves the source out)."""
        body = super().to_json()
        if self.context == SubscriptionContext.TENANT:
            body.pop("source", None)
        return body

    async def create(self) -> Self:
        """Create the subscription (``POST /notification2/subscriptions``).

        Returns:
            A fresh Subscription as the platform stored it.

        Raises:
            ObjectStateError: No name, context, or (``mo``) source; nothing is sent.
            ConflictError: The same name, context and source exist already.
            APIError: The platform refused the subscription.
        """
        self._check_creatable()
        return await self._create()

    async def delete(self) -> None:
        """Delete the subscription (``DELETE /notification2/subscriptions/{id}``).

        Raises:
            ObjectStateError: No ID or no connection.
            NotFoundError: No such subscription.
        """
        await self._delete()


class SubscriptionFilters(TypedDict, total=False):
    """The filters of a subscription query: `Subscriptions.select`, `get_all`, `get_count`."""

    context: SubscriptionContext | str | None
    source: CumulocityObject | str | int | None
    """The managed object (or its ID) of ``mo`` subscriptions."""
    subscription: str | None
    """The subscription's name."""
    type_filter: str | None


class SubscriptionDeleteFilters(TypedDict, total=False):
    """The filters of `Subscriptions.delete_by` (``DELETE /notification2/subscriptions``)."""

    context: SubscriptionContext | str | None
    source: CumulocityObject | str | int | None


_CONVERT = {
    "source": _object_id,
    "context": lambda v: check_choice(SubscriptionContext, v, field="context"),
}
_LIST_QUERY = QuerySpec(
    "c8y_objects.notifications.SubscriptionFilters",
    wire.GET_NOTIFICATION_SUBSCRIPTION_COLLECTION_RESOURCE,
    SubscriptionFilters.__optional_keys__,
    convert=_CONVERT,
)
_DELETE_QUERY = QuerySpec(
    "c8y_objects.notifications.SubscriptionDeleteFilters",
    wire.DELETE_NOTIFICATION_SUBSCRIPTION_BY_SOURCE_RESOURCE,
    SubscriptionDeleteFilters.__optional_keys__,
    convert=_CONVERT,
)


class Subscriptions(CumulocityResource[Subscription]):
    """The Notification 2.0 subscriptions API: create, find and delete subscriptions.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = SUBSCRIPTIONS_OPERATIONS
    _collection_key: ClassVar[str] = "subscriptions"
    _object_class: builtins.type[Subscription] = Subscription

    async def get(self, subscription_id: str | int) -> Subscription:
        """Read one subscription (``GET /notification2/subscriptions/{id}``).

        Raises:
            InvalidIdError: The ID cannot be a path segment (nothing is sent).
            NotFoundError: No subscription has this ID.
        """
        return await self._get_object(_object_id(subscription_id))

    def _params(
        self,
        expression: str | None,
        filters: Mapping[str, Any],
        extra_params: ExtraParams | None,
        call: str,
    ) -> dict[str, Any]:
        return _LIST_QUERY.query(expression, filters, call=call, extra_params=extra_params)

    def select(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        page_size: int | None = None,
        page_number: int | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[SubscriptionFilters],
    ) -> AsyncIterator[Subscription]:
        """Iterate over the matching subscriptions (``GET /notification2/subscriptions``, paged).

        Args:
            expression: A raw query string, sent as it is (then no filters).
            limit: Stop after this many results (None: all).
            page_size: Results per request (default: derived from `limit`).
            page_number: Read only this page.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters no filter covers.
            **filters: The filters of `SubscriptionFilters`.

        Raises:
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: An argument is out of range or malformed.
        """
        params = self._params(expression, filters, extra_params, "select")
        return self._select(
            params,
            limit=limit,
            include=None,
            exclude=None,
            page_size=page_size,
            page_number=page_number,
            as_values=None,
            workers=workers,
            progress=progress,
        )

    async def get_all(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        page_size: int | None = None,
        page_number: int | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[SubscriptionFilters],
    ) -> list[Subscription]:
        """`select` into a list (same arguments)."""
        return [
            s
            async for s in self.select(
                expression,
                limit=limit,
                page_size=page_size,
                page_number=page_number,
                workers=workers,
                progress=progress,
                extra_params=extra_params,
                **filters,
            )
        ]

    async def get_count(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[SubscriptionFilters],
    ) -> int:
        """Count the matching subscriptions (one request for the total only).

        Raises:
            UnknownFilterError: A keyword that is not a filter.
        """
        return await self._get_count(self._params(expression, filters, extra_params, "get_count"))

    async def create(
        self,
        *subscriptions: Subscription,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Create subscriptions (one ``POST /notification2/subscriptions`` each).

        Raises:
            ObjectStateError: A subscription lacks its name, context or source (nothing sent).
            BulkError: A request failed; names the subscription.
        """
        for subscription in subscriptions:
            subscription._check_creatable()
        await self._create_many(subscriptions, workers=workers, progress=progress)

    async def delete(
        self,
        *subscriptions: Subscription | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete subscriptions by object or ID (``DELETE /notification2/subscriptions/{id}``).

        Args:
            *subscriptions: The subscriptions, or their IDs.
            workers: Requests in flight at once (None: one after the other).
            progress: Called as ``progress(done, total)`` after each subscription.

        Raises:
            BulkError: A request failed; names the subscription.
        """
        await self._delete_many(subscriptions, params=None, workers=workers, progress=progress)

    async def delete_by(self, **filters: Unpack[SubscriptionDeleteFilters]) -> None:
        """Delete the subscriptions of a context and/or source
        (``DELETE /notification2/subscriptions?context=&source=``).

        Raises:
            ConfigurationError: Neither context nor source (that would delete every
                subscription; delete them by ID instead).
            UnknownFilterError: A keyword that is not a filter.
        """
        params = _DELETE_QUERY.build(filters, call="delete_by")
        if not params:
            raise ConfigurationError("delete_by() needs context or source")
        await self.c8y.send(wire.DELETE_NOTIFICATION_SUBSCRIPTION_BY_SOURCE_RESOURCE, params=params)


def _default_subscriber() -> str:
    return "c8yobjects" + uuid.uuid5(uuid.NAMESPACE_URL, "c8y-objects/notifications").hex


class Tokens:
    """The Notification 2.0 tokens API: tokens for a subscriber, unsubscribing, the consumer URL.

    Args:
        c8y: The connection.
    """

    default_subscriber: ClassVar[str] = _default_subscriber()
    """The subscriber name used when none is given (stable across runs)."""

    def __init__(self, c8y: CumulocityConnection) -> None:
        self.c8y = c8y

    async def generate(
        self,
        subscription: str,
        expires: int = 1440,
        subscriber: str | None = None,
        signed: bool | None = None,
        shared: bool | None = None,
        non_persistent: bool | None = None,
    ) -> str:
        """Get a token for a subscriber of a subscription (``POST /notification2/token``).

        Args:
            subscription: The subscription's name.
            expires: Validity in minutes (1 or more).
            subscriber: The subscriber's name (default: `default_subscriber`).
            signed: Whether the token is signed.
            shared: Whether several consumers share the subscriber.
            non_persistent: Whether the token reads the non-persistent variant.

        Returns:
            The token (a JWT).

        Raises:
            ConfigurationError: `expires` below 1 or not a whole number (nothing is sent).
            NotFoundError: No subscription of that name.
            ResponseDecodeError: The answer carries no token.
        """
        if isinstance(expires, bool) or not isinstance(expires, int) or expires < 1:
            raise ConfigurationError(f"expires must be 1 or more minutes, got {expires!r}")
        body: dict[str, Any] = {
            "subscriber": subscriber or self.default_subscriber,
            "subscription": subscription,
            "expiresInMinutes": expires,
        }
        for key, value in (
            ("signed", signed),
            ("shared", shared),
            ("nonPersistent", non_persistent),
        ):
            if value is not None:
                body[key] = value
        answer = await self.c8y.call(wire.POST_NOTIFICATION_TOKEN_RESOURCE, json=body)
        token = answer.get("token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise ResponseDecodeError(
                f"token answer without a token: {answer!r}",
                method="POST",
                url=wire.POST_NOTIFICATION_TOKEN_RESOURCE.path,
                status_code=200,
            )
        return token

    async def unsubscribe(self, token: str) -> None:
        """Remove the token's subscriber and its backlog (``POST /notification2/unsubscribe``).

        Raises:
            APIError: The platform refused (e.g. an invalid or expired token).
            ResponseDecodeError: The platform did not answer ``DONE``.
        """
        answer = await self.c8y.call(
            wire.POST_NOTIFICATION_TOKEN_UNSUBSCRIBE_RESOURCE, params={_TOKEN_PARAM: token}
        )
        result = answer.get("result") if isinstance(answer, dict) else None
        if result not in ("DONE", "SCHEDULED"):
            raise ResponseDecodeError(
                f"unexpected unsubscribe answer: {answer!r}",
                method="POST",
                url=wire.POST_NOTIFICATION_TOKEN_UNSUBSCRIBE_RESOURCE.path,
                status_code=200,
            )

    def build_websocket_uri(self, token: str, consumer: str | None = None) -> str:
        """The consumer WebSocket's URL for a token (``ws(s)://<host>/notification2/consumer/``).

        Args:
            token: The subscriber's token.
            consumer: A consumer name (for shared subscribers).
        """
        parts = urlsplit(self.c8y.base_url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        base = parts.path.rstrip("/")
        query = "token=" + quote(token, safe="")
        if consumer:
            query += "&consumer=" + quote(consumer, safe="")
        return f"{scheme}://{parts.netloc}{base}{CONSUMER_PATH}?{query}"


def token_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (epoch seconds) without checking it, or None (pure)."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = orjson.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, orjson.JSONDecodeError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


class Notification:
    """One message of a subscription: its id, source, action and JSON body.

    Attributes:
        id: The message id (what an acknowledgement sends back).
        source: The second header line, ``/<tenant>/<api>/<source id>``.
        action: ``CREATE``, ``UPDATE`` or ``DELETE``.
        body: The JSON body as text.
        raw: The whole frame.
    """

    __slots__ = ("_listener", "action", "body", "id", "raw", "source")

    def __init__(self, raw: str, listener: NotificationListener | None = None) -> None:
        head, sep, body = raw.partition("\n\n")
        lines = head.split("\n")
        if not sep or len(lines) < 3 or not lines[0]:
            raise ValueError(f"not a Notification 2.0 message: {raw[:80]!r}")
        self.raw: str = raw
        self.id: str = lines[0]
        self.source: str = lines[1]
        self.action: str = lines[2]
        self.body: str = body
        self._listener: NotificationListener | None = listener

    @property
    def api(self) -> str:
        """The API of the item (``alarms``, ``managedobjects``, ...)."""
        parts = self.source.split("/")
        return parts[2] if len(parts) > 2 else ""

    @property
    def json(self) -> Any:
        """The body, parsed."""
        return orjson.loads(self.body)

    async def ack(self) -> bool:
        """Acknowledge the message (see `NotificationListener.ack`)."""
        if self._listener is None:
            raise ObjectStateError("this notification has no listener to acknowledge through")
        return await self._listener.ack(self)

    def __repr__(self) -> str:
        return f"Notification(id={self.id!r}, source={self.source!r}, action={self.action!r})"


NotificationCallback = Callable[[Notification], Awaitable[None]]
"""``await callback(notification)``: what a `NotificationListener` calls for each message."""

# Failures worth another attempt: the network, the server restarting or overloaded. A 4xx of the
# token request (the subscription was deleted, the user lost the role) ends the listener.
_RETRYABLE = (
    OSError,
    TimeoutError,
    InvalidHandshake,
    APIConnectionError,
    ResponseDecodeError,
    ServerError,
    RateLimitError,
)


class NotificationListener:
    """Reads one subscriber of a subscription over the consumer WebSocket, reconnecting as needed.

    Use it as an async iterator (``async with listener: async for message in listener: ...``) or
    with a callback (``await listener.listen(callback)`` or ``listener.start(callback)``).

    Args:
        c8y: The connection (tokens are requested through it).
        subscription: The subscription's name.
        subscriber: The subscriber's name (default: the subscription's name). A subscriber's
            unacknowledged messages wait for it between connections.
        non_persistent: Read the non-persistent variant of the subscription.
        auto_ack: Acknowledge each message once handled: when the iterator is asked for the
            next message, or when the callback returned without an exception.
        unsubscribe_on_stop: Unsubscribe the subscriber when stopped (drops its backlog).
        token_minutes: Validity of the tokens requested.
        token_refresh: Seconds before expiry at which a new token is requested.
        backoff_initial: First wait before reconnecting, seconds.
        backoff_max: Longest wait before reconnecting, seconds.
        backoff_factor: Growth of the wait per failed attempt.
        jitter: Share of the wait drawn at random (0: none; 0.5: 50-100 % of it).
        ping_interval: Seconds between WebSocket pings (None: no pings).
        max_attempts: Failed connection attempts in a row before giving up (None: never).

    Raises:
        ConfigurationError: A setting out of range.
    """

    remembered: ClassVar[int] = 10_000
    """How many acknowledged message ids a listener remembers to drop redelivered copies."""

    def __init__(
        self,
        c8y: CumulocityConnection,
        subscription: str,
        subscriber: str | None = None,
        *,
        non_persistent: bool = False,
        auto_ack: bool = True,
        unsubscribe_on_stop: bool = False,
        token_minutes: int = 1440,
        token_refresh: float = 60.0,
        backoff_initial: float = 0.1,
        backoff_max: float = 30.0,
        backoff_factor: float = 2.0,
        jitter: float = 0.5,
        ping_interval: float | None = 20.0,
        max_attempts: int | None = None,
    ) -> None:
        if not subscription:
            raise ConfigurationError("subscription is empty")
        if not 0 <= jitter <= 1:
            raise ConfigurationError(f"jitter must be between 0 and 1, got {jitter!r}")
        if backoff_initial <= 0 or backoff_max < backoff_initial or backoff_factor < 1:
            raise ConfigurationError(
                "backoff: need 0 < backoff_initial <= backoff_max and backoff_factor >= 1"
            )
        if max_attempts is not None and max_attempts < 1:
            raise ConfigurationError(f"max_attempts must be None or 1 or more, got {max_attempts}")
        self.c8y = c8y
        self.tokens: Tokens = Tokens(c8y)
        self.subscription = subscription
        self.subscriber: str = subscriber or subscription
        self.non_persistent = non_persistent
        self.auto_ack = auto_ack
        self.unsubscribe_on_stop = unsubscribe_on_stop
        self.token_minutes = token_minutes
        self.token_refresh = token_refresh
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.backoff_factor = backoff_factor
        self.jitter = jitter
        self.ping_interval = ping_interval
        self.max_attempts = max_attempts
        self.connections: int = 0
        """How many times a connection was opened."""
        self._token: str | None = None
        self._token_expires = 0.0
        # A token was issued, so the subscriber exists: kept when a refused handshake clears
        # _token, so unsubscribe_on_stop still removes the subscriber.
        self._subscribed = False
        self._ws: ClientConnection | None = None
        self._stopping = asyncio.Event()
        self._connected = asyncio.Event()
        self._running = False
        # Acknowledged ids, oldest first (a dict keeps insertion order), at most `remembered`.
        self._acked: dict[str, None] = {}
        self._task: asyncio.Task[None] | None = None

    # -- tokens and connections --

    async def _fresh_token(self) -> str:
        if self._token is not None and self._token_expires - time.time() > self.token_refresh:
            return self._token
        token = await self.tokens.generate(
            self.subscription,
            expires=self.token_minutes,
            subscriber=self.subscriber,
            non_persistent=self.non_persistent or None,
        )
        expiry = token_expiry(token)
        self._token = token
        self._subscribed = True
        self._token_expires = (
            expiry if expiry is not None else time.time() + self.token_minutes * 60
        )
        log.debug("new token for %s/%s", self.subscription, self.subscriber)
        return token

    def backoff(self, attempt: int) -> float:
        """The wait before reconnect attempt number `attempt` (1, 2, ...), with jitter."""
        delay = min(self.backoff_max, self.backoff_initial * self.backoff_factor ** (attempt - 1))
        return delay * (1 - self.jitter * random.random())

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    async def _connect(self) -> ClientConnection:
        token = await self._fresh_token()
        uri = self.tokens.build_websocket_uri(token)
        try:
            return await websockets.connect(
                uri, ping_interval=self.ping_interval, max_queue=256, open_timeout=10
            )
        except InvalidStatus as exc:
            if exc.response.status_code in (401, 403):
                self._token = None  # refused: ask for a new token next time
            raise

    async def _messages(self) -> AsyncGenerator[Notification, None]:
        """Every message of the subscriber, across reconnects, until stopped."""
        attempt = 0  # picks the backoff: grows with every reconnect until one succeeds
        failures = 0  # failed connection attempts in a row, for max_attempts
        while not self._stopping.is_set():
            try:
                ws = await self._connect()
            except _RETRYABLE as exc:
                if self._stopping.is_set():
                    break
                attempt += 1
                failures += 1
                if self.max_attempts is not None and failures >= self.max_attempts:
                    raise
                wait = self.backoff(attempt)
                log.info("notification connection failed (%s); retry in %.2f s", exc, wait)
                await self._pause(wait)
                continue
            if self._stopping.is_set():  # stop() ran while connecting: it saw no socket
                with contextlib.suppress(Exception):
                    await ws.close()
                break
            attempt = failures = 0
            self._ws = ws
            self.connections += 1
            self._connected.set()
            try:
                async for frame in ws:
                    if self._stopping.is_set():
                        break
                    text = frame if isinstance(frame, str) else frame.decode("utf-8", "replace")
                    try:
                        message = Notification(text, self)
                    except ValueError:
                        log.warning("dropped a frame that is no notification: %r", text[:80])
                        continue
                    if message.id in self._acked:
                        await self._send_ack(message.id)  # acknowledged before: not again
                        continue
                    yield message
            except ConnectionClosed as exc:
                log.info("notification connection closed: %s", exc)
            finally:
                self._ws = None
                self._connected.clear()
                with contextlib.suppress(Exception):
                    await ws.close()
            if not self._stopping.is_set():
                attempt += 1
                await self._pause(self.backoff(attempt))

    @property
    def is_connected(self) -> bool:
        """Whether a consumer connection is open now."""
        return self._connected.is_set()

    async def wait_connected(self, seconds: float | None = None) -> None:
        """Wait until a consumer connection is open (the platform keeps messages from then on).

        Raises:
            TimeoutError: Not connected within `seconds`.
        """
        await asyncio.wait_for(self._connected.wait(), seconds)

    # -- acknowledgements --

    async def _send_ack(self, message_id: str) -> bool:
        ws = self._ws
        if ws is None:
            return False
        try:
            await ws.send(message_id)
        except ConnectionClosed:
            return False
        return True

    async def ack(self, message: Notification | str) -> bool:
        """Acknowledge a message: the platform will not send it again.

        Returns:
            Whether the acknowledgement was sent now. Without a connection it was not: the
            platform delivers the message again after the reconnect, and the listener then
            acknowledges that copy instead of handing it over.
        """
        message_id = message.id if isinstance(message, Notification) else message
        sent = await self._send_ack(message_id)
        # Remembered even when not sent: the copy the platform sends again is acknowledged
        # then and not handed over a second time.
        if message_id not in self._acked:
            self._acked[message_id] = None
            if len(self._acked) > self.remembered:
                del self._acked[next(iter(self._acked))]
        return sent

    # -- the two interfaces --

    def _begin(self) -> None:
        # Called synchronously where a run begins (start, listen, __aiter__): a stop() that
        # comes before the run's task gets to run is then not undone.
        if self._running:
            raise ObjectStateError("the listener is running already")
        self._running = True
        self._stopping.clear()

    async def _end(self) -> None:
        self._running = False
        if self.unsubscribe_on_stop and self._subscribed:
            try:
                await self.tokens.unsubscribe(await self._fresh_token())
                # The subscriber is gone and the token revoked with it.
                self._subscribed = False
                self._token = None
            except APIError as exc:
                log.warning("unsubscribing %s failed: %s", self.subscriber, exc)

    def __aiter__(self) -> AsyncIterator[Notification]:
        self._begin()
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Notification]:
        messages = self._messages()
        try:
            async for message in messages:
                yield message
                if self.auto_ack:
                    await self.ack(message)
        finally:
            await messages.aclose()
            await self._end()

    async def listen(self, callback: NotificationCallback) -> None:
        """Hand every message to `callback`, one after the other, until `stop`.

        A message whose callback raised is not acknowledged (the platform delivers it again
        after the next reconnect); the exception is logged and listening goes on.

        Raises:
            ObjectStateError: The listener is running already.
        """
        self._begin()
        await self._listen(callback)

    async def _listen(self, callback: NotificationCallback) -> None:
        messages = self._messages()
        try:
            async for message in messages:
                try:
                    await callback(message)
                except Exception:
                    log.exception("notification callback failed for message %s", message.id)
                    continue
                if self.auto_ack:
                    await self.ack(message)
        finally:
            await messages.aclose()
            await self._end()

    def start(self, callback: NotificationCallback) -> asyncio.Task[None]:
        """Run `listen` in a task and return it.

        Raises:
            ObjectStateError: The listener is running already.
        """
        self._begin()
        self._task = asyncio.create_task(self._listen(callback))
        return self._task

    async def stop(self) -> None:
        """Stop listening: the callback in progress finishes, the connection closes."""
        self._stopping.set()
        ws = self._ws
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()
        if self._task is not None and self._task is not asyncio.current_task():
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
            self._running = False  # also when the task was cancelled before it ever ran

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
