from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_no_microservice_manifest_availability import ApplicationNoMicroserviceManifestAvailability
from ..models.application_no_microservice_manifest_type import ApplicationNoMicroserviceManifestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_owner import ApplicationOwner
    from ..models.web_application_manifest import WebApplicationManifest


T = TypeVar("T", bound="ApplicationNoMicroserviceManifest")


@_attrs_define
class ApplicationNoMicroserviceManifest:
    """
    Example:
        {'availability': 'PRIVATE', 'contextPath': 'myapplication', 'id': '20200301', 'key': 'my-application-key',
            'name': 'my-application', 'owner': {'self': 'https://<TENANT_DOMAIN>/tenant/tenants/t07007007', 'tenant': {'id':
            't07007007'}}, 'self': 'https://<TENANT_DOMAIN>/application/applications/20200301', 'type': 'HOSTED'}

    Attributes:
        availability (ApplicationNoMicroserviceManifestAvailability | Unset):  Default:
            ApplicationNoMicroserviceManifestAvailability.PRIVATE.
        context_path (str | Unset):
        description (str | Unset):
        id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        owner (ApplicationOwner | Unset):
        self_ (str | Unset):
        type_ (ApplicationNoMicroserviceManifestType | Unset):
        manifest (WebApplicationManifest | Unset):
        roles (list[str] | Unset):
        required_roles (list[str] | Unset):
        breadcrumbs (bool | Unset):
        content_security_policy (str | Unset):
        dynamic_options_url (str | Unset):  Example: /apps/public/public-options/options.json.
        global_title (str | Unset):  Example: Cumulocity.
        legacy (bool | Unset):
        right_drawer (bool | Unset):
        upgrade (bool | Unset):
        active_version_id (str | Unset):
        resources_url (str | Unset):
    """

    availability: ApplicationNoMicroserviceManifestAvailability | Unset = (
        ApplicationNoMicroserviceManifestAvailability.PRIVATE
    )
    context_path: str | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    owner: ApplicationOwner | Unset = UNSET
    self_: str | Unset = UNSET
    type_: ApplicationNoMicroserviceManifestType | Unset = UNSET
    manifest: WebApplicationManifest | Unset = UNSET
    roles: list[str] | Unset = UNSET
    required_roles: list[str] | Unset = UNSET
    breadcrumbs: bool | Unset = UNSET
    content_security_policy: str | Unset = UNSET
    dynamic_options_url: str | Unset = UNSET
    global_title: str | Unset = UNSET
    legacy: bool | Unset = UNSET
    right_drawer: bool | Unset = UNSET
    upgrade: bool | Unset = UNSET
    active_version_id: str | Unset = UNSET
    resources_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.value

        context_path = self.context_path

        description = self.description

        id = self.id

        key = self.key

        name = self.name

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        self_ = self.self_

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manifest, Unset):
            manifest = self.manifest.to_dict()

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        required_roles: list[str] | Unset = UNSET
        if not isinstance(self.required_roles, Unset):
            required_roles = self.required_roles

        breadcrumbs = self.breadcrumbs

        content_security_policy = self.content_security_policy

        dynamic_options_url = self.dynamic_options_url

        global_title = self.global_title

        legacy = self.legacy

        right_drawer = self.right_drawer

        upgrade = self.upgrade

        active_version_id = self.active_version_id

        resources_url = self.resources_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability is not UNSET:
            field_dict["availability"] = availability
        if context_path is not UNSET:
            field_dict["contextPath"] = context_path
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if self_ is not UNSET:
            field_dict["self"] = self_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if manifest is not UNSET:
            field_dict["manifest"] = manifest
        if roles is not UNSET:
            field_dict["roles"] = roles
        if required_roles is not UNSET:
            field_dict["requiredRoles"] = required_roles
        if breadcrumbs is not UNSET:
            field_dict["breadcrumbs"] = breadcrumbs
        if content_security_policy is not UNSET:
            field_dict["contentSecurityPolicy"] = content_security_policy
        if dynamic_options_url is not UNSET:
            field_dict["dynamicOptionsUrl"] = dynamic_options_url
        if global_title is not UNSET:
            field_dict["globalTitle"] = global_title
        if legacy is not UNSET:
            field_dict["legacy"] = legacy
        if right_drawer is not UNSET:
            field_dict["rightDrawer"] = right_drawer
        if upgrade is not UNSET:
            field_dict["upgrade"] = upgrade
        if active_version_id is not UNSET:
            field_dict["activeVersionId"] = active_version_id
        if resources_url is not UNSET:
            field_dict["resourcesUrl"] = resources_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_owner import ApplicationOwner  # noqa: PLC0415
        from ..models.web_application_manifest import WebApplicationManifest  # noqa: PLC0415

        d = dict(src_dict)
        _availability = d.pop("availability", UNSET)
        availability: ApplicationNoMicroserviceManifestAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = ApplicationNoMicroserviceManifestAvailability(_availability)

        context_path = d.pop("contextPath", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        key = d.pop("key", UNSET)

        name = d.pop("name", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: ApplicationOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = ApplicationOwner.from_dict(_owner)

        self_ = d.pop("self", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApplicationNoMicroserviceManifestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApplicationNoMicroserviceManifestType(_type_)

        _manifest = d.pop("manifest", UNSET)
        manifest: WebApplicationManifest | Unset
        if isinstance(_manifest, Unset):
            manifest = UNSET
        else:
            manifest = WebApplicationManifest.from_dict(_manifest)

        roles = cast(list[str], d.pop("roles", UNSET))

        required_roles = cast(list[str], d.pop("requiredRoles", UNSET))

        breadcrumbs = d.pop("breadcrumbs", UNSET)

        content_security_policy = d.pop("contentSecurityPolicy", UNSET)

        dynamic_options_url = d.pop("dynamicOptionsUrl", UNSET)

        global_title = d.pop("globalTitle", UNSET)

        legacy = d.pop("legacy", UNSET)

        right_drawer = d.pop("rightDrawer", UNSET)

        upgrade = d.pop("upgrade", UNSET)

        active_version_id = d.pop("activeVersionId", UNSET)

        resources_url = d.pop("resourcesUrl", UNSET)

        instance__ = cls(
            availability=availability,
            context_path=context_path,
            description=description,
            id=id,
            key=key,
            name=name,
            owner=owner,
            self_=self_,
            type_=type_,
            manifest=manifest,
            roles=roles,
            required_roles=required_roles,
            breadcrumbs=breadcrumbs,
            content_security_policy=content_security_policy,
            dynamic_options_url=dynamic_options_url,
            global_title=global_title,
            legacy=legacy,
            right_drawer=right_drawer,
            upgrade=upgrade,
            active_version_id=active_version_id,
            resources_url=resources_url,
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
