from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_mapping_when import AccessMappingWhen


T = TypeVar("T", bound="AccessMapping")


@_attrs_define
class AccessMapping:
    """
    Attributes:
        when (AccessMappingWhen | Unset):
        then_applications (list[int] | Unset):  Example: [2].
        then_groups (list[int] | Unset):
    """

    when: AccessMappingWhen | Unset = UNSET
    then_applications: list[int] | Unset = UNSET
    then_groups: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        when: dict[str, Any] | Unset = UNSET
        if not isinstance(self.when, Unset):
            when = self.when.to_dict()

        then_applications: list[int] | Unset = UNSET
        if not isinstance(self.then_applications, Unset):
            then_applications = self.then_applications

        then_groups: list[int] | Unset = UNSET
        if not isinstance(self.then_groups, Unset):
            then_groups = self.then_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if when is not UNSET:
            field_dict["when"] = when
        if then_applications is not UNSET:
            field_dict["thenApplications"] = then_applications
        if then_groups is not UNSET:
            field_dict["thenGroups"] = then_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_mapping_when import AccessMappingWhen  # noqa: PLC0415

        d = dict(src_dict)
        _when = d.pop("when", UNSET)
        when: AccessMappingWhen | Unset
        if isinstance(_when, Unset):
            when = UNSET
        else:
            when = AccessMappingWhen.from_dict(_when)

        then_applications = cast(list[int], d.pop("thenApplications", UNSET))

        then_groups = cast(list[int], d.pop("thenGroups", UNSET))

        instance__ = cls(
            when=when,
            then_applications=then_applications,
            then_groups=then_groups,
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
