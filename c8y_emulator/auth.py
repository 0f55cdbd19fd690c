"""Authentication of the emulated tenant's users.

The configured user (constructor arguments) is always known; :attr:`Authenticator.verifier`
adds the users the user management API keeps (:mod:`c8y_emulator.users`).

Accepted credentials: HTTP Basic as ``<tenant>/<user>:<password>`` or ``<user>:<password>``;
a bearer token from ``POST /tenant/oauth/token``; the ``authorization`` cookie from
``POST /tenant/oauth`` together with the matching ``X-XSRF-TOKEN`` header. Tokens live in memory
and end with the process; each token belongs to the user who logged in, and
:meth:`Authenticator.revoke_tokens` ends all of one user's tokens (a changed password does),
:meth:`Authenticator.revoke_all_tokens` everyone's (logging out all users does).
"""

from __future__ import annotations

import base64
import hmac
import secrets
import threading
from collections.abc import Callable, Mapping
from http.cookies import CookieError, SimpleCookie

from c8y_emulator.errors import unauthorized

Verifier = Callable[[str, str], bool | None]
"""``(username, password)`` -> True (valid), False (refused), None (not a user it keeps)."""


def decode_basic(credentials: str) -> str:
    """Decode the base64 part of an HTTP Basic ``Authorization`` header (``login:password``).

    Raises:
        ApiError: 401 when it is not base64 of UTF-8 text.
    """
    try:
        return base64.b64decode(credentials.strip(), validate=True).decode()
    except ValueError:  # binascii.Error, UnicodeDecodeError, or non-ASCII text
        raise unauthorized("Malformed Basic credentials") from None


class Authenticator:
    """Checks a request's credentials against the tenant's users.

    Args:
        tenant_id: The tenant id (accepted as the ``<tenant>/`` prefix of a Basic user name).
        username: The user name.
        password: The password.
    """

    def __init__(self, tenant_id: str, username: str, password: str) -> None:
        self.tenant_id = tenant_id
        self.username = username
        self.password = password
        self._lock = threading.Lock()
        self._tokens: dict[str, tuple[str, str]] = {}  # access token -> (user, XSRF token)
        self.verifier: Verifier | None = None

    def check_password(self, login: str, password: str) -> str:
        """Return the user name when ``login`` (with or without tenant prefix) and password match.

        Raises:
            ApiError: 401 for anything else.
        """
        tenant, _, user = login.rpartition("/")
        if tenant and tenant != self.tenant_id:
            raise unauthorized()
        if self.verifier is not None:
            verdict = self.verifier(user, password)
            if verdict is True:
                return user
            if verdict is False:
                raise unauthorized()
        user_ok = hmac.compare_digest(user.encode(), self.username.encode())
        password_ok = hmac.compare_digest(password.encode(), self.password.encode())
        if not (user_ok and password_ok):
            raise unauthorized()
        return self.username

    def issue_token(self, username: str | None = None) -> tuple[str, str]:
        """Create an access token and its XSRF token for ``username`` (default: configured user)."""
        token = "emu." + secrets.token_urlsafe(32)
        xsrf = secrets.token_urlsafe(16)
        with self._lock:
            self._tokens[token] = (username or self.username, xsrf)
        return token, xsrf

    def revoke_tokens(self, username: str) -> None:
        """End every access token (and login cookie) of ``username``."""
        with self._lock:
            for token in [t for t, (user, _) in self._tokens.items() if user == username]:
                del self._tokens[token]

    def owns_token(self, token: str) -> bool:
        """Whether ``token`` is a live access token of this tenant (multi-tenant routing)."""
        with self._lock:
            return token in self._tokens

    def revoke_all_tokens(self) -> None:
        """End every access token (and login cookie) of every user of the tenant."""
        with self._lock:
            self._tokens.clear()

    def authenticate(self, headers: Mapping[str, str]) -> str:
        """Return the authenticated user name of a request.

        Raises:
            ApiError: 401 when no valid credentials are present.
        """
        authorization = headers.get("authorization", "")
        scheme, _, credentials = authorization.partition(" ")
        scheme = scheme.lower()
        if scheme == "basic":
            login, sep, password = decode_basic(credentials).partition(":")
            if not sep:
                raise unauthorized("Malformed Basic credentials")
            return self.check_password(login, password)
        if scheme == "bearer":
            with self._lock:
                entry = self._tokens.get(credentials.strip())
            if entry is None:
                raise unauthorized("Invalid or expired access token")
            return entry[0]
        cookie_header = headers.get("cookie")
        if cookie_header:
            try:
                cookies = SimpleCookie(cookie_header)
            except CookieError:
                raise unauthorized("Malformed cookie header") from None
            morsel = cookies.get("authorization")
            if morsel is not None:
                with self._lock:
                    entry = self._tokens.get(morsel.value)
                if entry is None:
                    raise unauthorized("Invalid or expired access token")
                owner, xsrf = entry
                # Bytes, not str: compare_digest raises TypeError on non-ASCII text, and a
                # header may carry any byte (decoded as Latin-1).
                sent = headers.get("x-xsrf-token", "").encode()
                if not hmac.compare_digest(sent, xsrf.encode()):
                    raise unauthorized("Cookie authentication needs the matching X-XSRF-TOKEN")
                return owner
        raise unauthorized("Full authentication is required to access this resource")
