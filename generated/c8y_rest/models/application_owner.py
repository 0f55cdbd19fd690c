from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_owner_tenant import ApplicationOwnerTenant


T = TypeVar("T", bound="ApplicationOwner")


@_attrs_define
class ApplicationOwner:
    """
    Attributes:
        self_ (str | Unset):
        tenant (ApplicationOwnerTenant | Unset):
    """

    self_: str | Unset = UNSET
    tenant: ApplicationOwnerTenant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        tenant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tenant, Unset):
            tenant = self.tenant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_owner_tenant import ApplicationOwnerTenant  # noqa: PLC0415

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        _tenant = d.pop("tenant", UNSET)
        tenant: ApplicationOwnerTenant | Unset
        if isinstance(_tenant, Unset):
            tenant = UNSET
        else:
            tenant = ApplicationOwnerTenant.from_dict(_tenant)

        instance__ = cls(
            self_=self_,
            tenant=tenant,
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
