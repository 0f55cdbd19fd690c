"""Feature toggles: the platform's switches the emulator honours, and their endpoints.

The emulator knows the toggles listed in :data:`KNOWN_TOGGLES`; today that is
``core.inventory.without.children``, which decides the default of ``withChildren`` in the
inventory (off, as on existing tenants: children are listed unless ``withChildren=false``).

A toggle's value is its default (from the app's settings: ``EmulatorApp(feature_toggles=...)``,
the ``--inventory-without-children`` flag or the ``C8Y_EMULATOR_INVENTORY_WITHOUT_CHILDREN``
variable) unless the tenant overrides it:

- ``GET /features`` lists every known toggle with its value and ``strategy`` (``DEFAULT`` or
  ``TENANT`` when overridden); ``GET /features/{featureKey}`` answers one (404 for an unknown key).
- ``GET /features/{featureKey}/by-tenant`` lists the tenant overrides of a toggle.
- ``PUT /features/{featureKey}/by-tenant`` (``{"active": true|false}``) sets the override of the
  current tenant, ``DELETE`` removes it (200 without a body, as the spec documents);
  ``.../by-tenant/{tenantId}`` does the same for a named tenant, which must be the emulated one
  (404 otherwise).

Overrides are stored in the database, so they survive a restart like the tenant's data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from c8y_emulator import media
from c8y_emulator.access import ANY_USER, require
from c8y_emulator.errors import invalid_data, not_found
from c8y_emulator.storage import Storage
from c8y_emulator.web import Request, Response, Router, json_response

AREA = "featureToggle"
BASE_PATH = "/features"
INVENTORY_WITHOUT_CHILDREN = "core.inventory.without.children"
INVENTORY_WITHOUT_CHILDREN_ENV = "C8Y_EMULATOR_INVENTORY_WITHOUT_CHILDREN"


@dataclass(frozen=True, slots=True)
class ToggleDefinition:
    """A toggle the emulator knows: its rollout phase and its default value."""

    phase: str
    default: bool


KNOWN_TOGGLES: Mapping[str, ToggleDefinition] = {
    INVENTORY_WITHOUT_CHILDREN: ToggleDefinition("GENERALLY_AVAILABLE", False),
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS feature_toggle_overrides (
    feature TEXT NOT NULL,
    tenant TEXT NOT NULL,
    active INTEGER NOT NULL,
    PRIMARY KEY (feature, tenant)
) WITHOUT ROWID;
"""


class FeatureToggles:
    """The toggle values of the emulated tenant.

    Args:
        storage: The database holding the tenant overrides.
        tenant_id: The emulated tenant.
        defaults: Default values replacing those of :data:`KNOWN_TOGGLES` (by key).

    Raises:
        ValueError: When ``defaults`` names a toggle the emulator does not know.
    """

    def __init__(
        self, storage: Storage, tenant_id: str, defaults: Mapping[str, bool] | None = None
    ) -> None:
        unknown = sorted(set(defaults or {}) - set(KNOWN_TOGGLES))
        if unknown:
            raise ValueError(
                f"Unknown feature toggle(s) {', '.join(unknown)}; "
                f"the emulator knows {', '.join(KNOWN_TOGGLES)}"
            )
        self.storage = storage
        self.tenant_id = tenant_id
        self.defaults = {key: d.default for key, d in KNOWN_TOGGLES.items()}
        self.defaults.update(defaults or {})

    def override(self, key: str) -> bool | None:
        """Return the tenant's override of toggle ``key``, or None."""
        with self.storage.read() as cur:
            row = cur.execute(
                "SELECT active FROM feature_toggle_overrides WHERE feature = ? AND tenant = ?",
                (key, self.tenant_id),
            ).fetchone()
        return None if row is None else bool(row[0])

    def is_active(self, key: str) -> bool:
        """Return the value of toggle ``key`` for the tenant (override, else default)."""
        override = self.override(key)
        return self.defaults[key] if override is None else override

    def children_by_default(self) -> bool:
        """Whether inventory answers list children without ``withChildren`` (toggle off)."""
        return not self.is_active(INVENTORY_WITHOUT_CHILDREN)


# Reading toggles is open to every user; changing a tenant's value takes tenant management.
_ADMIN = require("ROLE_TENANT_MANAGEMENT_ADMIN")


def register(router: Router, toggles: FeatureToggles) -> None:
    """Add the feature toggle routes to ``router``."""
    api = _FeatureApi(toggles)
    router.add("GET", BASE_PATH, api.list_features, access=ANY_USER)
    router.add("GET", BASE_PATH + "/{featureKey}", api.get_feature, access=ANY_USER)
    router.add(
        "GET", BASE_PATH + "/{featureKey}/by-tenant", api.list_tenant_values, access=ANY_USER
    )
    router.add("PUT", BASE_PATH + "/{featureKey}/by-tenant", api.set_current, access=_ADMIN)
    router.add("DELETE", BASE_PATH + "/{featureKey}/by-tenant", api.unset_current, access=_ADMIN)
    router.add(
        "PUT", BASE_PATH + "/{featureKey}/by-tenant/{tenantId}", api.set_given, access=_ADMIN
    )
    router.add(
        "DELETE", BASE_PATH + "/{featureKey}/by-tenant/{tenantId}", api.unset_given, access=_ADMIN
    )


class _FeatureApi:
    def __init__(self, toggles: FeatureToggles) -> None:
        self.toggles = toggles

    def _known(self, key: str) -> str:
        if key not in KNOWN_TOGGLES:
            raise not_found(AREA, f"Feature toggle '{key}' is unknown to this tenant")
        return key

    def _tenant(self, tenant_id: str) -> str:
        if tenant_id != self.toggles.tenant_id:
            raise not_found(AREA, f"Tenant '{tenant_id}' does not exist")
        return tenant_id

    def _document(self, key: str) -> dict[str, Any]:
        override = self.toggles.override(key)
        return {
            "key": key,
            "phase": KNOWN_TOGGLES[key].phase,
            "active": self.toggles.defaults[key] if override is None else override,
            "strategy": "DEFAULT" if override is None else "TENANT",
        }

    def list_features(self, request: Request, params: dict[str, str]) -> Response:
        return json_response(request, 200, [self._document(k) for k in KNOWN_TOGGLES], media.JSON)

    def get_feature(self, request: Request, params: dict[str, str]) -> Response:
        key = self._known(params["featureKey"])
        return json_response(request, 200, self._document(key), media.JSON)

    def list_tenant_values(self, request: Request, params: dict[str, str]) -> Response:
        key = self._known(params["featureKey"])
        override = self.toggles.override(key)
        values = (
            [] if override is None else [{"tenantId": self.toggles.tenant_id, "active": override}]
        )
        return json_response(request, 200, values, media.JSON)

    def _set(self, request: Request, key: str, tenant_id: str) -> Response:
        document = request.json_object(AREA)
        active = document.get("active")
        if not isinstance(active, bool) or set(document) != {"active"}:
            raise invalid_data(
                AREA, f'The body must be {{"active": true|false}}, got {document!r:.80}'
            )
        with self.toggles.storage.write() as cur:
            cur.execute(
                "INSERT OR REPLACE INTO feature_toggle_overrides (feature, tenant, active) "
                "VALUES (?, ?, ?)",
                (key, tenant_id, int(active)),
            )
        return Response(200)

    def _unset(self, key: str, tenant_id: str) -> Response:
        with self.toggles.storage.write() as cur:
            cur.execute(
                "DELETE FROM feature_toggle_overrides WHERE feature = ? AND tenant = ?",
                (key, tenant_id),
            )
        return Response(200)

    def set_current(self, request: Request, params: dict[str, str]) -> Response:
        return self._set(request, self._known(params["featureKey"]), self.toggles.tenant_id)

    def unset_current(self, request: Request, params: dict[str, str]) -> Response:
        return self._unset(self._known(params["featureKey"]), self.toggles.tenant_id)

    def set_given(self, request: Request, params: dict[str, str]) -> Response:
        key = self._known(params["featureKey"])
        return self._set(request, key, self._tenant(params["tenantId"]))

    def unset_given(self, request: Request, params: dict[str, str]) -> Response:
        key = self._known(params["featureKey"])
        return self._unset(key, self._tenant(params["tenantId"]))
