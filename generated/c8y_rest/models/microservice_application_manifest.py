from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.microservice_application_manifest_billing_mode import MicroserviceApplicationManifestBillingMode
from ..models.microservice_application_manifest_isolation import MicroserviceApplicationManifestIsolation
from ..models.microservice_application_manifest_scale import MicroserviceApplicationManifestScale
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_settings import ApplicationSettings
    from ..models.microservice_application_manifest_extensions_item import MicroserviceApplicationManifestExtensionsItem
    from ..models.microservice_application_manifest_liveness_probe import MicroserviceApplicationManifestLivenessProbe
    from ..models.microservice_application_manifest_provider import MicroserviceApplicationManifestProvider
    from ..models.microservice_application_manifest_readiness_probe import MicroserviceApplicationManifestReadinessProbe
    from ..models.microservice_application_manifest_request_resources import (
        MicroserviceApplicationManifestRequestResources,
    )
    from ..models.microservice_application_manifest_resources import MicroserviceApplicationManifestResources


T = TypeVar("T", bound="MicroserviceApplicationManifest")


@_attrs_define
class MicroserviceApplicationManifest:
    """
    Attributes:
        api_version (str | Unset):  Example: 1.
        billing_mode (MicroserviceApplicationManifestBillingMode | Unset):  Default:
            MicroserviceApplicationManifestBillingMode.RESOURCES. Example: RESOURCES.
        context_path (str | Unset):  Example: devicemanagement.
        extensions (list[MicroserviceApplicationManifestExtensionsItem] | Unset):
        isolation (MicroserviceApplicationManifestIsolation | Unset):  Example: PER_TENANT.
        liveness_probe (MicroserviceApplicationManifestLivenessProbe | Unset):
        provider (MicroserviceApplicationManifestProvider | Unset):
        readiness_probe (MicroserviceApplicationManifestReadinessProbe | Unset):
        request_resources (MicroserviceApplicationManifestRequestResources | Unset):
        resources (MicroserviceApplicationManifestResources | Unset):
        roles (list[str] | Unset):
        required_roles (list[str] | Unset):
        scale (MicroserviceApplicationManifestScale | Unset):  Default: MicroserviceApplicationManifestScale.NONE.
            Example: AUTO.
        settings (ApplicationSettings | Unset):  Example: {'hostkey-autosave': 'true',
            'jwt.cache.guava.expireInSeconds': '10'}.
        settings_category (str | Unset):
        version (str | Unset):  Example: 1006.6.8.
    """

    api_version: str | Unset = UNSET
    billing_mode: MicroserviceApplicationManifestBillingMode | Unset = (
        MicroserviceApplicationManifestBillingMode.RESOURCES
    )
    context_path: str | Unset = UNSET
    extensions: list[MicroserviceApplicationManifestExtensionsItem] | Unset = UNSET
    isolation: MicroserviceApplicationManifestIsolation | Unset = UNSET
    liveness_probe: MicroserviceApplicationManifestLivenessProbe | Unset = UNSET
    provider: MicroserviceApplicationManifestProvider | Unset = UNSET
    readiness_probe: MicroserviceApplicationManifestReadinessProbe | Unset = UNSET
    request_resources: MicroserviceApplicationManifestRequestResources | Unset = UNSET
    resources: MicroserviceApplicationManifestResources | Unset = UNSET
    roles: list[str] | Unset = UNSET
    required_roles: list[str] | Unset = UNSET
    scale: MicroserviceApplicationManifestScale | Unset = MicroserviceApplicationManifestScale.NONE
    settings: ApplicationSettings | Unset = UNSET
    settings_category: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        billing_mode: str | Unset = UNSET
        if not isinstance(self.billing_mode, Unset):
            billing_mode = self.billing_mode.value

        context_path = self.context_path

        extensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = []
            for extensions_item_data in self.extensions:
                extensions_item = extensions_item_data.to_dict()
                extensions.append(extensions_item)

        isolation: str | Unset = UNSET
        if not isinstance(self.isolation, Unset):
            isolation = self.isolation.value

        liveness_probe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liveness_probe, Unset):
            liveness_probe = self.liveness_probe.to_dict()

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        readiness_probe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.readiness_probe, Unset):
            readiness_probe = self.readiness_probe.to_dict()

        request_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_resources, Unset):
            request_resources = self.request_resources.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        required_roles: list[str] | Unset = UNSET
        if not isinstance(self.required_roles, Unset):
            required_roles = self.required_roles

        scale: str | Unset = UNSET
        if not isinstance(self.scale, Unset):
            scale = self.scale.value

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        settings_category = self.settings_category

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if billing_mode is not UNSET:
            field_dict["billingMode"] = billing_mode
        if context_path is not UNSET:
            field_dict["contextPath"] = context_path
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if isolation is not UNSET:
            field_dict["isolation"] = isolation
        if liveness_probe is not UNSET:
            field_dict["livenessProbe"] = liveness_probe
        if provider is not UNSET:
            field_dict["provider"] = provider
        if readiness_probe is not UNSET:
            field_dict["readinessProbe"] = readiness_probe
        if request_resources is not UNSET:
            field_dict["requestResources"] = request_resources
        if resources is not UNSET:
            field_dict["resources"] = resources
        if roles is not UNSET:
            field_dict["roles"] = roles
        if required_roles is not UNSET:
            field_dict["requiredRoles"] = required_roles
        if scale is not UNSET:
            field_dict["scale"] = scale
        if settings is not UNSET:
            field_dict["settings"] = settings
        if settings_category is not UNSET:
            field_dict["settingsCategory"] = settings_category
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_settings import ApplicationSettings  # noqa: PLC0415
        from ..models.microservice_application_manifest_extensions_item import (
            MicroserviceApplicationManifestExtensionsItem,  # noqa: PLC0415
        )
        from ..models.microservice_application_manifest_liveness_probe import (
            MicroserviceApplicationManifestLivenessProbe,  # noqa: PLC0415
        )
        from ..models.microservice_application_manifest_provider import MicroserviceApplicationManifestProvider  # noqa: PLC0415
        from ..models.microservice_application_manifest_readiness_probe import (
            MicroserviceApplicationManifestReadinessProbe,  # noqa: PLC0415
        )
        from ..models.microservice_application_manifest_request_resources import (
            MicroserviceApplicationManifestRequestResources,  # noqa: PLC0415
        )
        from ..models.microservice_application_manifest_resources import MicroserviceApplicationManifestResources  # noqa: PLC0415

        d = dict(src_dict)
        api_version = d.pop("apiVersion", UNSET)

        _billing_mode = d.pop("billingMode", UNSET)
        billing_mode: MicroserviceApplicationManifestBillingMode | Unset
        if isinstance(_billing_mode, Unset):
            billing_mode = UNSET
        else:
            billing_mode = MicroserviceApplicationManifestBillingMode(_billing_mode)

        context_path = d.pop("contextPath", UNSET)

        _extensions = d.pop("extensions", UNSET)
        extensions: list[MicroserviceApplicationManifestExtensionsItem] | Unset = UNSET
        if _extensions is not UNSET:
            extensions = []
            for extensions_item_data in _extensions:
                extensions_item = MicroserviceApplicationManifestExtensionsItem.from_dict(extensions_item_data)

                extensions.append(extensions_item)

        _isolation = d.pop("isolation", UNSET)
        isolation: MicroserviceApplicationManifestIsolation | Unset
        if isinstance(_isolation, Unset):
            isolation = UNSET
        else:
            isolation = MicroserviceApplicationManifestIsolation(_isolation)

        _liveness_probe = d.pop("livenessProbe", UNSET)
        liveness_probe: MicroserviceApplicationManifestLivenessProbe | Unset
        if isinstance(_liveness_probe, Unset):
            liveness_probe = UNSET
        else:
            liveness_probe = MicroserviceApplicationManifestLivenessProbe.from_dict(_liveness_probe)

        _provider = d.pop("provider", UNSET)
        provider: MicroserviceApplicationManifestProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = MicroserviceApplicationManifestProvider.from_dict(_provider)

        _readiness_probe = d.pop("readinessProbe", UNSET)
        readiness_probe: MicroserviceApplicationManifestReadinessProbe | Unset
        if isinstance(_readiness_probe, Unset):
            readiness_probe = UNSET
        else:
            readiness_probe = MicroserviceApplicationManifestReadinessProbe.from_dict(_readiness_probe)

        _request_resources = d.pop("requestResources", UNSET)
        request_resources: MicroserviceApplicationManifestRequestResources | Unset
        if isinstance(_request_resources, Unset):
            request_resources = UNSET
        else:
            request_resources = MicroserviceApplicationManifestRequestResources.from_dict(_request_resources)

        _resources = d.pop("resources", UNSET)
        resources: MicroserviceApplicationManifestResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = MicroserviceApplicationManifestResources.from_dict(_resources)

        roles = cast(list[str], d.pop("roles", UNSET))

        required_roles = cast(list[str], d.pop("requiredRoles", UNSET))

        _scale = d.pop("scale", UNSET)
        scale: MicroserviceApplicationManifestScale | Unset
        if isinstance(_scale, Unset):
            scale = UNSET
        else:
            scale = MicroserviceApplicationManifestScale(_scale)

        _settings = d.pop("settings", UNSET)
        settings: ApplicationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ApplicationSettings.from_dict(_settings)

        settings_category = d.pop("settingsCategory", UNSET)

        version = d.pop("version", UNSET)

        instance__ = cls(
            api_version=api_version,
            billing_mode=billing_mode,
            context_path=context_path,
            extensions=extensions,
            isolation=isolation,
            liveness_probe=liveness_probe,
            provider=provider,
            readiness_probe=readiness_probe,
            request_resources=request_resources,
            resources=resources,
            roles=roles,
            required_roles=required_roles,
            scale=scale,
            settings=settings,
            settings_category=settings_category,
            version=version,
        )

        instance__.additional_properties = d
        return instance__

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
