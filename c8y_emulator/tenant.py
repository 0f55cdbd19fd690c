"""Tenant endpoints: the current tenant, the login options and the login token endpoints.

``GET /tenant/loginOptions`` answers without credentials (login pages and clients ask before they
log in): the tenant offers the OAuth internal login (the two forms below) and Basic auth.
``management=true`` and ``tenantId`` (which must name this tenant, else 400) are accepted.

``POST /tenant/oauth/token`` takes a form (``grant_type=PASSWORD``, ``username``, ``password``)
and answers ``{"access_token": ...}`` for use as a bearer token. ``POST /tenant/oauth`` takes the
same form and sets the ``authorization`` and ``XSRF-TOKEN`` cookies instead.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from c8y_emulator import media
from c8y_emulator.access import ANY_USER
from c8y_emulator.auth import Authenticator
from c8y_emulator.errors import bad_request, invalid_data, unauthorized
from c8y_emulator.web import Request, Response, Router, json_response

AREA = "tenant"
LOGIN_OPTION_COLLECTION = media.vendor("loginoptioncollection")


def register(router: Router, auth: Authenticator) -> None:
    """Add the tenant routes to ``router``."""
    api = _TenantApi(auth)
    router.add("GET", "/tenant/currentTenant", api.get_current_tenant, access=ANY_USER)
    router.add("GET", "/tenant/loginOptions", api.get_login_options, public=True)
    router.add("POST", "/tenant/oauth/token", api.post_token, public=True)
    router.add("POST", "/tenant/oauth", api.post_cookie_login, public=True)


class _TenantApi:
    def __init__(self, auth: Authenticator) -> None:
        self.auth = auth

    def get_current_tenant(self, request: Request, params: dict[str, str]) -> Response:
        host = request.base_url.split("://", 1)[-1].rsplit(":", 1)[0].strip("[]")
        document = {
            "name": self.auth.tenant_id,
            "domainName": host,
            "allowCreateTenants": False,
            "customProperties": {},
            "self": request.url("/tenant/currentTenant"),
            "applications": {"references": []},
        }
        return json_response(request, 200, document, media.CURRENT_TENANT)

    def get_login_options(self, request: Request, params: dict[str, str]) -> Response:
        management = (request.param("management") or "false").lower()
        if management not in ("true", "false"):
            raise bad_request(
                AREA, f"Query parameter management must be true or false, got {management!r}"
            )
        tenant = request.param("tenantId")
        if tenant and tenant != self.auth.tenant_id:
            raise bad_request(AREA, f"Unknown tenant {tenant!r}")
        own = request.url("/tenant/loginOptions")
        options = [
            {
                "id": "oauth2-internal",
                "type": "OAUTH2_INTERNAL",
                "grantType": "PASSWORD",
                "userManagementSource": "INTERNAL",
                "visibleOnLoginPage": True,
                "initRequest": request.url(f"/tenant/oauth?tenant_id={self.auth.tenant_id}"),
                "self": own + "/oauth2-internal",
            },
            {
                "id": "basic",
                "type": "BASIC",
                "grantType": "PASSWORD",
                "userManagementSource": "INTERNAL",
                "visibleOnLoginPage": False,
                "self": own + "/basic",
            },
        ]
        document = {"self": own, "loginOptions": options}
        return json_response(request, 200, document, LOGIN_OPTION_COLLECTION)

    def _login(self, request: Request) -> str:
        if request.content_type not in ("application/x-www-form-urlencoded", ""):
            raise invalid_data(AREA, "The login form must be application/x-www-form-urlencoded")
        try:
            form = dict(parse_qsl(request.body.decode(), keep_blank_values=True))
        except UnicodeDecodeError:
            raise invalid_data(AREA, "The login form is not valid UTF-8") from None
        grant = form.get("grant_type", "PASSWORD").upper()
        if grant != "PASSWORD":
            raise unauthorized(f"The emulator supports grant_type PASSWORD only, got {grant}")
        tenant = request.param("tenant_id")
        if tenant and tenant != self.auth.tenant_id:
            raise unauthorized(f"Unknown tenant {tenant}")
        username, password = form.get("username", ""), form.get("password", "")
        if not username:
            raise unauthorized("The login form needs username and password")
        return self.auth.check_password(username, password)

    def post_token(self, request: Request, params: dict[str, str]) -> Response:
        token, _ = self.auth.issue_token(self._login(request))
        return json_response(request, 200, {"access_token": token}, media.JSON)

    def post_cookie_login(self, request: Request, params: dict[str, str]) -> Response:
        token, xsrf = self.auth.issue_token(self._login(request))
        return Response(
            200,
            headers=[
                (b"set-cookie", f"authorization={token}; Path=/; HttpOnly".encode()),
                (b"set-cookie", f"XSRF-TOKEN={xsrf}; Path=/".encode()),
            ],
        )
