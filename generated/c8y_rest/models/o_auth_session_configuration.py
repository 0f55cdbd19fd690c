from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthSessionConfiguration")


@_attrs_define
class OAuthSessionConfiguration:
    """
    Attributes:
        absolute_timeout_millis (int | Unset):
        maximum_number_of_parallel_sessions (int | Unset):
        renewal_timeout_millis (int | Unset):
        user_agent_validation_required (bool | Unset):
    """

    absolute_timeout_millis: int | Unset = UNSET
    maximum_number_of_parallel_sessions: int | Unset = UNSET
    renewal_timeout_millis: int | Unset = UNSET
    user_agent_validation_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        absolute_timeout_millis = self.absolute_timeout_millis

        maximum_number_of_parallel_sessions = self.maximum_number_of_parallel_sessions

        renewal_timeout_millis = self.renewal_timeout_millis

        user_agent_validation_required = self.user_agent_validation_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if absolute_timeout_millis is not UNSET:
            field_dict["absoluteTimeoutMillis"] = absolute_timeout_millis
        if maximum_number_of_parallel_sessions is not UNSET:
            field_dict["maximumNumberOfParallelSessions"] = maximum_number_of_parallel_sessions
        if renewal_timeout_millis is not UNSET:
            field_dict["renewalTimeoutMillis"] = renewal_timeout_millis
        if user_agent_validation_required is not UNSET:
            field_dict["userAgentValidationRequired"] = user_agent_validation_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        absolute_timeout_millis = d.pop("absoluteTimeoutMillis", UNSET)

        maximum_number_of_parallel_sessions = d.pop("maximumNumberOfParallelSessions", UNSET)

        renewal_timeout_millis = d.pop("renewalTimeoutMillis", UNSET)

        user_agent_validation_required = d.pop("userAgentValidationRequired", UNSET)

        instance__ = cls(
            absolute_timeout_millis=absolute_timeout_millis,
            maximum_number_of_parallel_sessions=maximum_number_of_parallel_sessions,
            renewal_timeout_millis=renewal_timeout_millis,
            user_agent_validation_required=user_agent_validation_required,
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
