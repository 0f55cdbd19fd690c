from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscribed_application_reference_application import SubscribedApplicationReferenceApplication


T = TypeVar("T", bound="SubscribedApplicationReference")


@_attrs_define
class SubscribedApplicationReference:
    """
    Attributes:
        application (SubscribedApplicationReferenceApplication):
    """

    application: SubscribedApplicationReferenceApplication
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscribed_application_reference_application import SubscribedApplicationReferenceApplication  # noqa: PLC0415

        d = dict(src_dict)
        application = SubscribedApplicationReferenceApplication.from_dict(d.pop("application"))

        instance__ = cls(
            application=application,
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
