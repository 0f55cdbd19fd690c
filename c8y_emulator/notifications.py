"""Notification 2.0: subscriptions, tokens and the WebSocket consumer endpoint.

REST (every route needs ``ROLE_NOTIFICATION_2_ADMIN``, the platform's only Notification 2.0 role):

- ``POST /notification2/subscriptions`` stores a subscription: ``subscription`` (its name,
  letters and digits), ``context`` (``mo``: the managed object ``source.id`` and, for
  ``alarmsWithChildren`` / ``eventsWithChildren``, its descendants; ``tenant``: everything),
  ``subscriptionFilter.apis`` (default: every API), ``subscriptionFilter.typeFilter`` (one type,
  or several quoted and joined with ``or``: ``'c8y_A' or 'c8y_B'``), ``fragmentsToCopy`` (the
  custom fragments a message keeps; standard members always stay) and ``nonPersistent``. The same
  name, context and source twice is a 409.
- ``GET`` / ``DELETE /notification2/subscriptions/{id}``; ``GET /notification2/subscriptions``
  filtered by ``context``, ``source``, ``subscription`` and ``typeFilter``;
  ``DELETE /notification2/subscriptions?context=&source=`` (emulator rule: at least one of the
  two, so that a bare DELETE does not remove every subscription).
- ``POST /notification2/token`` issues a token for a ``subscriber`` of a ``subscription`` (which
  must exist) valid ``expiresInMinutes`` (default 1440). Tokens are real HS256 JWTs (claims
  ``sub``, ``topic``, ``jti``, ``iat``, ``exp``, ``ten``) signed with a secret kept in the
  database, so they stay valid over a restart. Issuing the first token of a subscriber creates
  it: from then on the subscriber's messages are kept for it (the platform creates the consumer
  on first connection; the emulator starts one step earlier, so that nothing created between
  the token and the connection is missed). Emulator limit: ``shared`` tokens are refused (422).
- ``POST /notification2/unsubscribe?token=`` removes the token's subscriber with its backlog and
  revokes its tokens; it answers ``{"result": "DONE"}``.

WebSocket ``/notification2/consumer/?token=<token>``: an invalid, expired or revoked token is
refused at the handshake (HTTP 403). Each message is one text frame::

    <message id>
    /<tenant>/<api>/<source id>
    CREATE | UPDATE | DELETE
    <empty line>
    <JSON body>

The consumer acknowledges a message by sending its id as a text frame. A persistent subscriber's
messages live in SQLite until acknowledged: after a reconnect (or a restart on the same
database) every unacknowledged one is delivered again, in order; an acknowledged one never is.
At most :data:`WINDOW` messages are in flight unacknowledged per connection (a slow consumer
holds the rest back, as the platform's receiver queue does). A non-persistent subscriber only
gets messages while it is connected. A second connection of the same subscriber replaces the
first (closed with 1008).

Publishing: the write handlers of inventory, alarms, events, measurements and operations call
:meth:`Storage.notify` inside their transaction (changes and deletes by filter once per item);
the hub queues a message for every subscriber whose subscription matches, in that same
transaction, so a rolled-back write publishes nothing. A delete publishes the item's id and
source. Not published: operations a bulk operation creates, inventory heartbeats (a PUT of the
id alone), and, to the ``mo`` subscribers of a deleted managed object, its own deletion (its
subscriptions go with it).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import logging
import re
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import orjson

from c8y_emulator import media
from c8y_emulator.access import require
from c8y_emulator.errors import ApiError, conflict, forbidden, invalid_data, not_found
from c8y_emulator.paging import fetch_page, page_response, parse_page_request
from c8y_emulator.storage import Storage, fetch_raw_text, parse_id
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "notification"
API_PATH = "/notification2"
SUBSCRIPTIONS_PATH = API_PATH + "/subscriptions"
TOKEN_PATH = API_PATH + "/token"
UNSUBSCRIBE_PATH = API_PATH + "/unsubscribe"
CONSUMER_PATH = API_PATH + "/consumer"
INVENTORY_PATH = "/inventory/managedObjects"

ROLE = "ROLE_NOTIFICATION_2_ADMIN"

SUBSCRIPTION = media.vendor("subscription")
SUBSCRIPTION_COLLECTION = media.vendor("subscriptioncollection")
NOTIFICATION_API = media.vendor("notificationapi")

APIS = (
    "alarms",
    "alarmsWithChildren",
    "events",
    "eventsWithChildren",
    "managedobjects",
    "measurements",
    "operations",
    "*",
)
CONTEXTS = ("mo", "tenant")
WINDOW = 1000
"""Messages in flight unacknowledged per connection."""
POLL_SECONDS = 0.2
"""How often a connection looks for new messages when no wake-up arrived (a write of another
thread may commit after its wake-up was seen)."""

_DROPPED = "dropped by the emulator"
_NAME = re.compile(r"[A-Za-z0-9]+")
_TYPE_TERM = re.compile(r"\s*'([^']+)'\s*")
_TYPE_OR = re.compile(r"or(?=[\s'])")
# Members that are not custom fragments: fragmentsToCopy never removes them.
_STANDARD = frozenset(
    {
        "id",
        "self",
        "source",
        "type",
        "time",
        "text",
        "creationTime",
        "lastUpdated",
        "name",
        "owner",
        "status",
        "severity",
        "count",
        "firstOccurrenceTime",
        "deviceId",
        "deviceName",
        "description",
        "bulkOperationId",
        "failureReason",
        "childDevices",
        "childAssets",
        "childAdditions",
        "assetParents",
        "deviceParents",
        "additionParents",
    }
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS notification_subscriptions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    context TEXT NOT NULL,
    source_id INTEGER,
    non_persistent INTEGER NOT NULL,
    type_filter TEXT,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notification_subscriptions_by_name
    ON notification_subscriptions (name, non_persistent);
CREATE TABLE IF NOT EXISTS notification_subscribers (
    subscription TEXT NOT NULL,
    non_persistent INTEGER NOT NULL,
    subscriber TEXT NOT NULL,
    PRIMARY KEY (subscription, non_persistent, subscriber)
);
CREATE TABLE IF NOT EXISTS notification_tokens (
    jti TEXT PRIMARY KEY,
    subscription TEXT NOT NULL,
    non_persistent INTEGER NOT NULL,
    subscriber TEXT NOT NULL,
    expires_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS notification_queue (
    id INTEGER PRIMARY KEY,
    subscription TEXT NOT NULL,
    non_persistent INTEGER NOT NULL,
    subscriber TEXT NOT NULL,
    message BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS notification_queue_by_subscriber
    ON notification_queue (subscription, non_persistent, subscriber, id);
"""

logger = logging.getLogger("c8y_emulator.notifications")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

Topic = tuple[str, int]
"""A subscription name and its variant (1: non-persistent)."""
SubscriberKey = tuple[str, int, str]
"""Topic and subscriber name."""


# --- tokens --------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """What a verified token names."""

    jti: str
    subscription: str
    subscriber: str
    non_persistent: bool
    expires: float


def _secret(storage: Storage) -> bytes:
    with storage.write() as cur:
        row = cur.execute(
            "SELECT value FROM emulator_meta WHERE key = 'notification_secret'"
        ).fetchone()
        if row is not None:
            return bytes.fromhex(str(row[0]))
        secret = secrets.token_bytes(32)
        cur.execute(
            "INSERT INTO emulator_meta (key, value) VALUES ('notification_secret', ?)",
            (secret.hex(),),
        )
        return secret


def _sign(secret: bytes, claims: dict[str, Any]) -> str:
    head = _b64(orjson.dumps({"alg": "HS256", "typ": "JWT"}))
    body = _b64(orjson.dumps(claims))
    mac = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{_b64(mac)}"


def _verify(secret: bytes, token: str) -> dict[str, Any] | None:
    """The claims of a token this tenant signed, or None (malformed or forged)."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    mac = hmac.new(secret, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest()
    try:
        if not hmac.compare_digest(_unb64(parts[2]), mac):
            return None
        claims = orjson.loads(_unb64(parts[1]))
    except (ValueError, orjson.JSONDecodeError):
        return None
    return claims if isinstance(claims, dict) else None


# --- matching ------------------------------------------------------------------------------------


def parse_type_filter(raw: str) -> frozenset[str]:
    """The types a ``typeFilter`` names: ``c8y_A`` or ``'c8y_A' or 'c8y_B'`` (pure).

    Raises:
        ApiError: 422 for an empty or malformed filter.
    """
    text = raw.strip()
    if not text:
        raise invalid_data(AREA, "subscriptionFilter.typeFilter must not be empty")
    if "'" not in text:
        return frozenset({text})
    # Scanned term by term rather than split on "or": a quoted type may itself hold the word.
    types: set[str] = set()
    position = 0
    while True:
        term = _TYPE_TERM.match(text, position)
        if term is None:
            break
        types.add(term.group(1))
        position = term.end()
        if position == len(text):
            return frozenset(types)
        joint = _TYPE_OR.match(text, position)
        if joint is None:
            break
        position = joint.end()
    raise invalid_data(
        AREA,
        f"subscriptionFilter.typeFilter {raw!r}: expected a type or quoted types "
        "joined with 'or', e.g. \"'c8y_A' or 'c8y_B'\"",
    )


@dataclass(frozen=True, slots=True)
class _Subscription:
    name: str
    non_persistent: int
    context: str
    source_id: int | None
    apis: frozenset[str]
    types: frozenset[str] | None
    fragments: tuple[str, ...] | None

    def covers(self, api: str) -> tuple[bool, bool]:
        """Whether the API is subscribed, and whether with children."""
        if "*" in self.apis or api in self.apis:
            return True, False
        if api in ("alarms", "events") and f"{api}WithChildren" in self.apis:
            return True, True
        return False, False


def _item_source(api: str, document: dict[str, Any]) -> int | None:
    if api == "managedobjects":
        raw: Any = document.get("id")
    elif api == "operations":
        raw = document.get("deviceId")
    else:
        source = document.get("source")
        raw = source.get("id") if isinstance(source, dict) else None
    return parse_id(str(raw)) if raw is not None else None


def _descends(cur: sqlite3.Cursor, child: int, ancestor: int) -> bool:
    row = cur.execute(
        "WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT r.parent_id FROM "
        "managed_object_references r JOIN up ON r.child_id = up.id "
        "WHERE r.kind IN ('childAssets', 'childDevices')) SELECT 1 FROM up WHERE id = ?",
        (child, ancestor),
    ).fetchone()
    return row is not None


def _copy_fragments(document: dict[str, Any], fragments: tuple[str, ...]) -> dict[str, Any]:
    keep = set(fragments)
    return {k: v for k, v in document.items() if k in _STANDARD or k in keep}


# --- the hub: publishing and live connections ----------------------------------------------------


@dataclass(eq=False)
class _Connection:
    key: SubscriberKey
    loop: asyncio.AbstractEventLoop
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    closing: str | None = None

    def notify(self) -> None:
        self.loop.call_soon_threadsafe(self.wake.set)


class NotificationHub:
    """Queues published changes per subscriber and serves the consumer WebSocket.

    Args:
        storage: The tenant's database.
        tenant_id: The tenant id (the second header line of a message names it).
    """

    def __init__(self, storage: Storage, tenant_id: str) -> None:
        self.storage = storage
        self.tenant_id = tenant_id
        self._secret = _secret(storage)
        self._lock = threading.Lock()
        self._live: dict[SubscriberKey, _Connection] = {}
        self._subscriptions: list[_Subscription] | None = None
        with storage.write() as cur:
            # A restart loses what non-persistent subscribers had not received yet.
            cur.execute("DELETE FROM notification_queue WHERE non_persistent = 1")
        storage.add_change_hook(self.publish, self.listens)

    # -- tokens --

    def issue_token(
        self, subscription: str, subscriber: str, non_persistent: bool, minutes: int
    ) -> str:
        """Sign a token and create its subscriber (inside one transaction)."""
        now = time.time()
        jti = str(uuid.uuid4())
        expires = now + minutes * 60
        variant = "-np" if non_persistent else ""
        claims = {
            "sub": subscriber,
            "topic": f"{self.tenant_id}/relnotif/{subscription}{variant}",
            "jti": jti,
            "iat": int(now),
            "exp": int(expires),
            "ten": self.tenant_id,
        }
        with self.storage.write() as cur:
            variants = {
                bool(row[0])
                for row in cur.execute(
                    "SELECT DISTINCT non_persistent FROM notification_subscriptions WHERE name = ?",
                    (subscription,),
                )
            }
            if not variants:
                raise not_found(AREA, f"Subscription '{subscription}' does not exist")
            if non_persistent not in variants:
                # Everything after the token is keyed by name and variant: a token for the
                # other variant would make a subscriber that never gets a message.
                wanted = "non-persistent" if non_persistent else "persistent"
                raise not_found(
                    AREA,
                    f"Subscription '{subscription}' has no {wanted} variant "
                    f"(nonPersistent={str(non_persistent).lower()})",
                )
            # Expired tokens are of no use any more: forget them.
            cur.execute("DELETE FROM notification_tokens WHERE expires_ms <= ?", (int(now * 1000),))
            cur.execute(
                "INSERT INTO notification_tokens (jti, subscription, non_persistent, subscriber, "
                "expires_ms) VALUES (?, ?, ?, ?, ?)",
                (jti, subscription, int(non_persistent), subscriber, int(expires * 1000)),
            )
            cur.execute(
                "INSERT OR IGNORE INTO notification_subscribers (subscription, non_persistent, "
                "subscriber) VALUES (?, ?, ?)",
                (subscription, int(non_persistent), subscriber),
            )
        return _sign(self._secret, claims)

    def check_token(self, token: str) -> TokenClaims | None:
        """The token's claims when it is valid now (signed here, unexpired, not revoked)."""
        claims = _verify(self._secret, token)
        if claims is None or not isinstance(claims.get("jti"), str):
            return None
        with self.storage.read() as cur:
            row = cur.execute(
                "SELECT subscription, non_persistent, subscriber, expires_ms "
                "FROM notification_tokens WHERE jti = ?",
                (claims["jti"],),
            ).fetchone()
        if row is None or row[3] <= time.time() * 1000:
            return None
        return TokenClaims(claims["jti"], row[0], row[2], bool(row[1]), row[3] / 1000)

    def unsubscribe(self, claims: TokenClaims) -> None:
        """Remove the token's subscriber, its backlog and its tokens; close its connection."""
        key = (claims.subscription, int(claims.non_persistent), claims.subscriber)
        with self.storage.write() as cur:
            self._drop_subscriber(cur, key)
        self.close_subscriber(key, "unsubscribed")

    def _drop_subscriber(self, cur: sqlite3.Cursor, key: SubscriberKey) -> None:
        cur.execute(
            "DELETE FROM notification_subscribers WHERE subscription = ? AND non_persistent = ? "
            "AND subscriber = ?",
            key,
        )
        cur.execute(
            "DELETE FROM notification_queue WHERE subscription = ? AND non_persistent = ? "
            "AND subscriber = ?",
            key,
        )
        cur.execute(  # revoked: a token verifies only while its row exists
            "DELETE FROM notification_tokens WHERE subscription = ? "
            "AND non_persistent = ? AND subscriber = ?",
            key,
        )

    def remove_subscriptions(
        self, cur: sqlite3.Cursor, where: str, args: list[Any]
    ) -> tuple[int, list[SubscriberKey]]:
        """Delete the subscriptions `where` selects (table alias ``s``), in the caller's write.

        Subscribers of a topic left without subscriptions go with them; the caller closes
        their connections (`close_subscriber`) once the transaction is committed.

        Returns:
            How many subscriptions were deleted, and the subscribers dropped.
        """
        topics = {
            (str(r[0]), int(r[1]))
            for r in cur.execute(
                f"SELECT name, non_persistent FROM notification_subscriptions s WHERE {where}",
                args,
            ).fetchall()
        }
        if not topics:
            return 0, []
        removed = cur.execute(
            f"DELETE FROM notification_subscriptions AS s WHERE {where}", args
        ).rowcount
        self.subscriptions_changed()
        return removed, self.topic_removed(cur, topics)

    def topic_removed(self, cur: sqlite3.Cursor, topics: set[Topic]) -> list[SubscriberKey]:
        """Drop the subscribers of topics that lost their last subscription; return them."""
        dropped: list[SubscriberKey] = []
        for name, variant in topics:
            left = cur.execute(
                "SELECT 1 FROM notification_subscriptions WHERE name = ? AND non_persistent = ?",
                (name, variant),
            ).fetchone()
            if left is not None:
                continue
            for (subscriber,) in cur.execute(
                "SELECT subscriber FROM notification_subscribers WHERE subscription = ? "
                "AND non_persistent = ?",
                (name, variant),
            ).fetchall():
                key = (name, variant, str(subscriber))
                self._drop_subscriber(cur, key)
                dropped.append(key)
        return dropped

    def reset(self) -> None:
        """After the database was emptied: close every connection, take a new signing secret."""
        self.drop_connections(abrupt=False)
        self._secret = _secret(self.storage)
        self.subscriptions_changed()

    def subscriptions_changed(self) -> None:
        """Forget the cached subscriptions (after a create or delete)."""
        with self._lock:
            self._subscriptions = None

    # -- publishing --

    def _load_subscriptions(self, cur: sqlite3.Cursor) -> list[_Subscription]:
        with self._lock:
            cached = self._subscriptions
        if cached is not None:
            return cached
        loaded: list[_Subscription] = []
        for name, variant, context, source_id, type_filter, body in cur.execute(
            "SELECT name, non_persistent, context, source_id, type_filter, body "
            "FROM notification_subscriptions ORDER BY id"
        ).fetchall():
            document = orjson.loads(body)
            apis = (document.get("subscriptionFilter") or {}).get("apis") or ["*"]
            fragments = document.get("fragmentsToCopy")
            loaded.append(
                _Subscription(
                    str(name),
                    int(variant),
                    str(context),
                    None if source_id is None else int(source_id),
                    frozenset(apis),
                    None if type_filter is None else parse_type_filter(str(type_filter)),
                    tuple(fragments) if fragments else None,
                )
            )
        with self._lock:
            self._subscriptions = loaded
        return loaded

    def listens(self, cur: sqlite3.Cursor, api: str) -> bool:
        """Whether some subscription covers the API (a change interest of the storage)."""
        return any(sub.covers(api)[0] for sub in self._load_subscriptions(cur))

    def publish(self, cur: sqlite3.Cursor, api: str, action: str, body: bytes) -> None:
        """Queue one change for every subscriber of a matching subscription (a change hook)."""
        # Parse the item only when some subscription takes its API.
        covering: list[tuple[_Subscription, bool]] = []
        for sub in self._load_subscriptions(cur):
            covered, with_children = sub.covers(api)
            if covered:
                covering.append((sub, with_children))
        if not covering:
            return
        document = orjson.loads(body)
        if not isinstance(document, dict):
            return
        source_id = _item_source(api, document)
        item_type = document.get("type")
        source = "" if source_id is None else str(source_id)
        head = f"/{self.tenant_id}/{api}/{source}\n{action}\n\n".encode()
        done: set[Topic] = set()
        for sub, with_children in covering:
            topic = (sub.name, sub.non_persistent)
            if topic in done:
                continue
            if sub.types is not None and action != "DELETE" and item_type not in sub.types:
                continue
            if sub.context == "mo":
                if source_id is None or sub.source_id is None:
                    continue
                if source_id != sub.source_id and not (
                    with_children and _descends(cur, source_id, sub.source_id)
                ):
                    continue
            done.add(topic)
            sent = document if sub.fragments is None else _copy_fragments(document, sub.fragments)
            message = head + (body if sent is document else orjson.dumps(sent))
            self._enqueue(cur, topic, message)

    def _enqueue(self, cur: sqlite3.Cursor, topic: Topic, message: bytes) -> None:
        name, variant = topic
        subscribers = [
            str(r[0])
            for r in cur.execute(
                "SELECT subscriber FROM notification_subscribers WHERE subscription = ? "
                "AND non_persistent = ?",
                topic,
            ).fetchall()
        ]
        with self._lock:
            live = [self._live.get((name, variant, subscriber)) for subscriber in subscribers]
        for subscriber, connection in zip(subscribers, live, strict=True):
            if variant and connection is None:
                continue  # non-persistent: only while connected
            # Message ids come from the global counter: never reused, so a late acknowledgement
            # cannot remove a newer message, nor a listener mistake one for an old one.
            cur.execute(
                "INSERT INTO notification_queue (id, subscription, non_persistent, subscriber, "
                "message) VALUES (?, ?, ?, ?, ?)",
                (self.storage.next_id(cur), name, variant, subscriber, message),
            )
            if connection is not None:
                connection.notify()

    # -- live connections --

    def close_subscriber(self, key: SubscriberKey, reason: str) -> None:
        """Close the live connection of a subscriber, if it has one."""
        with self._lock:
            connection = self._live.get(key)
        if connection is not None:
            connection.closing = reason
            connection.notify()

    def drop_connections(self, *, abrupt: bool = True) -> int:
        """Close every consumer connection now (a test fault); returns how many.

        Args:
            abrupt: Cut the socket without a closing handshake (under uvicorn); False: close
                with code 1008.
        """
        with self._lock:
            connections = list(self._live.values())
        for connection in connections:
            connection.closing = _DROPPED if abrupt else "closed by the emulator"
            connection.notify()
        return len(connections)

    def connected(self) -> int:
        """How many consumer connections are open."""
        with self._lock:
            return len(self._live)

    def subscribers(self, subscription: str, non_persistent: bool = False) -> list[str]:
        """The names of a subscription's subscribers, sorted."""
        with self.storage.read() as cur:
            rows = cur.execute(
                "SELECT subscriber FROM notification_subscribers WHERE subscription = ? "
                "AND non_persistent = ? ORDER BY subscriber",
                (subscription, int(non_persistent)),
            ).fetchall()
        return [str(r[0]) for r in rows]

    def backlog(self, subscription: str, subscriber: str, non_persistent: bool = False) -> int:
        """How many messages of a subscriber wait unacknowledged."""
        with self.storage.read() as cur:
            row = cur.execute(
                "SELECT COUNT(*) FROM notification_queue WHERE subscription = ? "
                "AND non_persistent = ? AND subscriber = ?",
                (subscription, int(non_persistent), subscriber),
            ).fetchone()
        return int(row[0])

    async def serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one WebSocket connection (ASGI ``websocket`` scope)."""
        first = await receive()
        if first["type"] != "websocket.connect":
            return
        path = scope["path"].rstrip("/")
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        token = (query.get("token") or [""])[0]
        claims = self.check_token(token) if path == CONSUMER_PATH and token else None
        if claims is None:
            # Before the accept: the client sees the handshake refused with HTTP 403.
            await send({"type": "websocket.close", "code": 1008})
            return
        key = (claims.subscription, int(claims.non_persistent), claims.subscriber)
        connection = _Connection(key, asyncio.get_running_loop())
        with self._lock:
            previous = self._live.get(key)
            self._live[key] = connection
        if previous is not None:
            previous.closing = "replaced by a new connection of the subscriber"
            previous.notify()
        await send({"type": "websocket.accept"})
        inflight: set[int] = set()
        acked = asyncio.Event()
        sender = asyncio.create_task(self._send_loop(connection, send, inflight, acked))
        try:
            # Acknowledgements until the client leaves; a closing sender ends the socket, and
            # with it this loop.
            while True:
                message = await receive()
                if message["type"] == "websocket.disconnect":
                    break
                text = message.get("text")
                if text is None and message.get("bytes") is not None:
                    text = message["bytes"].decode("utf-8", "replace")
                if text:
                    self._ack(key, text.strip(), inflight)
                    acked.set()
        finally:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sender
            # Only the live connection of its key cleans up: a replaced one would otherwise
            # delete what is queued for the connection that took its place.
            with self._lock:
                current = self._live.get(key) is connection
                if current:
                    del self._live[key]
            if claims.non_persistent and current:
                with self.storage.write() as cur:
                    cur.execute(
                        "DELETE FROM notification_queue WHERE subscription = ? "
                        "AND non_persistent = 1 AND subscriber = ?",
                        (claims.subscription, claims.subscriber),
                    )

    @staticmethod
    async def _end(connection: _Connection, send: Send) -> None:
        transport = getattr(getattr(send, "__self__", None), "transport", None)
        if connection.closing == _DROPPED and isinstance(transport, asyncio.Transport):
            # uvicorn's protocol object holds the socket (see app._transport): cut it.
            transport.abort()
            return
        with contextlib.suppress(Exception):  # the socket may be gone already
            await send({"type": "websocket.close", "code": 1008, "reason": connection.closing})

    def _ack(self, key: SubscriberKey, text: str, inflight: set[int]) -> None:
        message_id = parse_id(text)
        if message_id is None:
            logger.info("ignored an acknowledgement that names no message: %r", text[:80])
            return
        inflight.discard(message_id)
        with self.storage.write() as cur:
            cur.execute(
                "DELETE FROM notification_queue WHERE id = ? AND subscription = ? "
                "AND non_persistent = ? AND subscriber = ?",
                (message_id, *key),
            )

    async def _send_loop(
        self, connection: _Connection, send: Send, inflight: set[int], acked: asyncio.Event
    ) -> None:
        last = 0
        while connection.closing is None:
            connection.wake.clear()
            room = WINDOW - len(inflight)
            rows: list[Any] = []
            if room > 0:
                with self.storage.read() as cur:
                    # message is a BLOB: it comes back as bytes.
                    rows = cur.execute(
                        "SELECT id, message FROM notification_queue WHERE subscription = ? "
                        "AND non_persistent = ? AND subscriber = ? AND id > ? ORDER BY id LIMIT ?",
                        (*connection.key, last, min(room, 200)),
                    ).fetchall()
            for message_id, message in rows:
                inflight.add(int(message_id))
                last = int(message_id)
                await send({"type": "websocket.send", "text": f"{message_id}\n{message.decode()}"})
            if rows:
                continue
            acked.clear()
            waiters = [asyncio.ensure_future(connection.wake.wait())]
            if room <= 0:
                waiters.append(asyncio.ensure_future(acked.wait()))
            try:
                await asyncio.wait(waiters, timeout=POLL_SECONDS, return_when="FIRST_COMPLETED")
            finally:
                for waiter in waiters:
                    waiter.cancel()
        await self._end(connection, send)


# --- REST handlers -------------------------------------------------------------------------------


def _subscription_body(
    request: Request, sub_id: int, document: dict[str, Any], source_name: str | None
) -> dict[str, Any]:
    out: dict[str, Any] = {"id": str(sub_id), "self": request.url(f"{SUBSCRIPTIONS_PATH}/{sub_id}")}
    out.update(document)
    source = document.get("source")
    if isinstance(source, dict) and document.get("context") == "mo":
        rendered = {"id": source["id"], "self": request.url(f"{INVENTORY_PATH}/{source['id']}")}
        if source_name is not None:
            rendered["name"] = source_name
        out["source"] = rendered
    return out


def _string_list(value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise invalid_data(AREA, f"{name} must be a list of non-empty strings, got {value!r}")
    return value


def _validate(cur: sqlite3.Cursor, document: dict[str, Any], tenant_id: str) -> dict[str, Any]:
    name = document.get("subscription")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise invalid_data(
            AREA, f"subscription must be a non-empty name of letters and digits, got {name!r}"
        )
    context = document.get("context")
    if context not in CONTEXTS:
        raise invalid_data(AREA, f"context must be one of mo, tenant, got {context!r}")
    clean: dict[str, Any] = {"subscription": name, "context": context}
    source = document.get("source")
    if context == "mo":
        raw = source.get("id") if isinstance(source, dict) else None
        if isinstance(raw, int) and not isinstance(raw, bool):
            raw = str(raw)
        source_id = parse_id(raw) if isinstance(raw, str) else None
        if (
            source_id is None
            or not cur.execute(
                "SELECT 1 FROM managed_objects WHERE id = ?", (source_id,)
            ).fetchone()
        ):
            raise invalid_data(
                AREA,
                f'A subscription in the mo context needs source {{"id": ...}} of an '
                f"existing managed object, got {source!r}",
            )
        clean["source"] = {"id": str(source_id)}
    else:
        # The platform names the tenant as the source of a tenant subscription (c8y_api's
        # Subscription.from_json reads source.id of every subscription).
        clean["source"] = {"id": tenant_id}
    known = {"subscription", "context", "source", "subscriptionFilter", "fragmentsToCopy"}
    known |= {"nonPersistent", "id", "self"}
    unknown = sorted(set(document) - known)
    if unknown:
        raise invalid_data(AREA, f"Unknown subscription members: {', '.join(unknown)}")
    filters = document.get("subscriptionFilter")
    if filters is not None:
        if not isinstance(filters, dict) or set(filters) - {"apis", "typeFilter"}:
            raise invalid_data(
                AREA, f"subscriptionFilter takes apis and typeFilter only, got {filters!r}"
            )
        clean_filter: dict[str, Any] = {}
        if filters.get("apis") is not None:
            apis = _string_list(filters["apis"], "subscriptionFilter.apis")
            wrong = [a for a in apis if a not in APIS]
            if wrong or not apis:
                raise invalid_data(
                    AREA,
                    f"subscriptionFilter.apis must list some of {', '.join(APIS)}, got {apis!r}",
                )
            clean_filter["apis"] = apis
        if filters.get("typeFilter") is not None:
            if not isinstance(filters["typeFilter"], str):
                raise invalid_data(AREA, "subscriptionFilter.typeFilter must be a string")
            parse_type_filter(filters["typeFilter"])
            clean_filter["typeFilter"] = filters["typeFilter"]
        if clean_filter:
            clean["subscriptionFilter"] = clean_filter
    if document.get("fragmentsToCopy") is not None:
        clean["fragmentsToCopy"] = _string_list(document["fragmentsToCopy"], "fragmentsToCopy")
    non_persistent = document.get("nonPersistent", False)
    if not isinstance(non_persistent, bool):
        raise invalid_data(AREA, f"nonPersistent must be true or false, got {non_persistent!r}")
    clean["nonPersistent"] = non_persistent
    return clean


_ROW_SQL = (
    "SELECT s.id, s.body, m.name FROM notification_subscriptions s "
    "LEFT JOIN managed_objects m ON m.id = s.source_id"
)


class _NotificationApi:
    def __init__(self, hub: NotificationHub, storage: Storage, tenant_id: str) -> None:
        self.hub = hub
        self.storage = storage
        self.tenant_id = tenant_id

    def _render(self, request: Request, rows: list[Any]) -> list[bytes]:
        return [
            orjson.dumps(
                _subscription_body(
                    request,
                    int(sub_id),
                    orjson.loads(body),
                    name.decode() if isinstance(name, bytes) else name,
                )
            )
            for sub_id, body, name in rows
        ]

    def get_api(self, request: Request, params: dict[str, str]) -> Response:
        document = {
            "self": request.url(API_PATH),
            "subscriptions": request.url(SUBSCRIPTIONS_PATH),
            "tokens": request.url(TOKEN_PATH),
        }
        return json_response(request, 200, document, NOTIFICATION_API)

    def create_subscription(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        with self.storage.write() as cur:
            clean = _validate(cur, document, self.tenant_id)
            source_id = int(clean["source"]["id"]) if clean["context"] == "mo" else None
            duplicate = cur.execute(
                "SELECT id FROM notification_subscriptions WHERE name = ? AND context = ? "
                "AND source_id IS ?",
                (clean["subscription"], clean["context"], source_id),
            ).fetchone()
            if duplicate is not None:
                raise conflict(
                    AREA,
                    f"Subscription '{clean['subscription']}' for this context and source exists "
                    f"already (id {duplicate[0]})",
                )
            sub_id = self.storage.next_id(cur)
            type_filter = (clean.get("subscriptionFilter") or {}).get("typeFilter")
            cur.execute(
                "INSERT INTO notification_subscriptions (id, name, context, source_id, "
                "non_persistent, type_filter, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    sub_id,
                    clean["subscription"],
                    clean["context"],
                    source_id,
                    int(clean["nonPersistent"]),
                    type_filter,
                    orjson.dumps(clean).decode(),
                ),
            )
            rows = fetch_raw_text(cur, _ROW_SQL + " WHERE s.id = ?", (sub_id,))
        self.hub.subscriptions_changed()
        body = self._render(request, rows)[0]
        response = write_response(request, 201, body, SUBSCRIPTION)
        response.headers.append(
            (b"location", request.url(f"{SUBSCRIPTIONS_PATH}/{sub_id}").encode())
        )
        return response

    def get_subscription(self, request: Request, params: dict[str, str]) -> Response:
        sub_id = parse_id(params["id"])
        with self.storage.read() as cur:
            rows = (
                fetch_raw_text(cur, _ROW_SQL + " WHERE s.id = ?", (sub_id,))
                if sub_id is not None
                else []
            )
        if not rows:
            raise _missing(params["id"])
        return Response(
            200, self._render(request, rows)[0], media.negotiate(request.headers, SUBSCRIPTION)
        )

    def _where(self, request: Request, names: tuple[str, ...]) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        context = request.param("context")
        if "context" in names and context:
            if context not in CONTEXTS:
                raise invalid_data(
                    AREA, f"Query parameter context must be mo or tenant, got {context!r}"
                )
            clauses.append("s.context = ?")
            args.append(context)
        source = request.param("source")
        if "source" in names and source:
            clauses.append("s.source_id = ?")
            args.append(parse_id(source.strip()) or -1)
        name = request.param("subscription")
        if "subscription" in names and name:
            clauses.append("s.name = ?")
            args.append(name)
        type_filter = request.param("typeFilter")
        if "typeFilter" in names and type_filter:
            clauses.append("s.type_filter = ?")
            args.append(type_filter)
        return (" AND ".join(clauses) or "1"), args

    def list_subscriptions(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        where, args = self._where(request, ("context", "source", "subscription", "typeFilter"))
        with self.storage.read() as cur:
            found = fetch_page(
                cur,
                page,
                select=f"{_ROW_SQL} WHERE {where} ORDER BY s.id",
                count=f"SELECT COUNT(*) FROM notification_subscriptions s WHERE {where}",
                args=args,
            )
        return page_response(
            request,
            page,
            key="subscriptions",
            items=self._render(request, found.rows),
            has_more=found.has_more,
            total=found.total,
            media_type=SUBSCRIPTION_COLLECTION,
        )

    def _delete_where(self, where: str, args: list[Any]) -> int:
        with self.storage.write() as cur:
            removed, dropped = self.hub.remove_subscriptions(cur, where, args)
        for key in dropped:
            self.hub.close_subscriber(key, "subscription deleted")
        return removed

    def delete_subscription(self, request: Request, params: dict[str, str]) -> Response:
        sub_id = parse_id(params["id"])
        if sub_id is None or self._delete_where("s.id = ?", [sub_id]) == 0:
            raise _missing(params["id"])
        return Response(204)

    def delete_subscriptions(self, request: Request, params: dict[str, str]) -> Response:
        if not (request.param("context") or request.param("source")):
            raise invalid_data(
                AREA, "Deleting subscriptions by filter needs the context or the source parameter"
            )
        where, args = self._where(request, ("context", "source"))
        self._delete_where(where, args)
        return Response(204)

    def create_token(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        unknown = sorted(
            set(document)
            - {"subscriber", "subscription", "expiresInMinutes", "type", "signed", "shared"}
            - {"nonPersistent"}
        )
        if unknown:
            raise invalid_data(AREA, f"Unknown token members: {', '.join(unknown)}")
        subscriber = document.get("subscriber")
        if not isinstance(subscriber, str) or not _NAME.fullmatch(subscriber):
            raise invalid_data(
                AREA,
                f"subscriber must be a non-empty name of letters and digits, got {subscriber!r}",
            )
        subscription = document.get("subscription")
        if not isinstance(subscription, str) or not subscription:
            raise invalid_data(
                AREA, f"subscription must be a subscription name, got {subscription!r}"
            )
        minutes = document.get("expiresInMinutes", 1440)
        if isinstance(minutes, float) and minutes.is_integer():
            minutes = int(minutes)
        if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 1:
            raise invalid_data(
                AREA,
                f"expiresInMinutes must be a whole number of minutes, 1 or more, got {minutes!r}",
            )
        if document.get("type", "notification") != "notification":
            raise invalid_data(AREA, f"type must be notification, got {document.get('type')!r}")
        for flag in ("signed", "shared", "nonPersistent"):
            if flag in document and not isinstance(document[flag], bool):
                raise invalid_data(AREA, f"{flag} must be true or false, got {document[flag]!r}")
        if document.get("shared"):
            raise invalid_data(AREA, "Shared tokens are not supported by the emulator")
        token = self.hub.issue_token(
            subscription, subscriber, bool(document.get("nonPersistent", False)), minutes
        )
        return json_response(request, 200, {"token": token}, media.JSON)

    def unsubscribe(self, request: Request, params: dict[str, str]) -> Response:
        token = request.param("token")
        if not token:
            raise invalid_data(AREA, "Query parameter token is required")
        claims = self.hub.check_token(token)
        if claims is None:
            raise forbidden("The notification token is invalid, expired or revoked")
        self.hub.unsubscribe(claims)
        return json_response(request, 200, {"result": "DONE"}, media.JSON)


def _missing(raw_id: str) -> ApiError:
    return not_found(AREA, f"Subscription with id '{raw_id}' not found")


def register(router: Router, storage: Storage, tenant_id: str) -> NotificationHub:
    """Add the Notification 2.0 routes; return the hub the app serves WebSockets with."""
    hub = NotificationHub(storage, tenant_id)
    api = _NotificationApi(hub, storage, tenant_id)
    admin = require(ROLE)
    router.add("GET", API_PATH, api.get_api, access=admin)
    router.add("GET", SUBSCRIPTIONS_PATH, api.list_subscriptions, access=admin)
    router.add("POST", SUBSCRIPTIONS_PATH, api.create_subscription, access=admin)
    router.add("DELETE", SUBSCRIPTIONS_PATH, api.delete_subscriptions, access=admin)
    router.add("GET", SUBSCRIPTIONS_PATH + "/{id}", api.get_subscription, access=admin)
    router.add("DELETE", SUBSCRIPTIONS_PATH + "/{id}", api.delete_subscription, access=admin)
    router.add("POST", TOKEN_PATH, api.create_token, access=admin)
    router.add("POST", UNSUBSCRIBE_PATH, api.unsubscribe, access=admin)

    def source_deleted(cur: sqlite3.Cursor, ids: list[int]) -> None:
        # The platform removes the mo-context subscriptions of a deleted managed object.
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            _, dropped = hub.remove_subscriptions(
                cur, f"s.context = 'mo' AND s.source_id IN ({marks})", chunk
            )
            for key in dropped:
                hub.close_subscriber(key, "subscription deleted")

    storage.add_source_deleted_hook(source_deleted)
    return hub
