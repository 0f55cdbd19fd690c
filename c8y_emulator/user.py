"""User endpoints: the current user (the administrator, or a registered device's user)."""

from __future__ import annotations

from c8y_emulator import media
from c8y_emulator.auth import Authenticator
from c8y_emulator.web import Request, Response, Router, json_response

# The roles an administrator of a fresh tenant holds for the APIs the emulator serves.
EFFECTIVE_ROLES = (
    "ROLE_INVENTORY_READ",
    "ROLE_INVENTORY_CREATE",
    "ROLE_INVENTORY_ADMIN",
    "ROLE_IDENTITY_READ",
    "ROLE_IDENTITY_ADMIN",
    "ROLE_MEASUREMENT_READ",
    "ROLE_MEASUREMENT_ADMIN",
    "ROLE_EVENT_READ",
    "ROLE_EVENT_ADMIN",
    "ROLE_ALARM_READ",
    "ROLE_ALARM_ADMIN",
    "ROLE_DEVICE_CONTROL_READ",
    "ROLE_DEVICE_CONTROL_ADMIN",
    "ROLE_USER_MANAGEMENT_OWN_READ",
    "ROLE_USER_MANAGEMENT_OWN_ADMIN",
)


def register(router: Router, auth: Authenticator) -> None:
    """Add the user routes to ``router``."""

    def get_current_user(request: Request, params: dict[str, str]) -> Response:
        roles = [
            {"id": role, "name": role, "self": request.url(f"/user/roles/{role}")}
            for role in EFFECTIVE_ROLES
        ]
        # The user the request authenticated as (a device user after registration), not
        # always the tenant's administrator.
        name = request.user or auth.username
        document = {
            "self": request.url("/user/currentUser"),
            "id": name,
            "userName": name,
            "shouldResetPassword": False,
            "twoFactorAuthenticationEnabled": False,
            "effectiveRoles": roles,
            "devicePermissions": {},
        }
        return json_response(request, 200, document, media.CURRENT_USER)

    router.add("GET", "/user/currentUser", get_current_user)
