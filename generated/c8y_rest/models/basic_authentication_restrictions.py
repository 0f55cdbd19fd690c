from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasicAuthenticationRestrictions")


@_attrs_define
class BasicAuthenticationRestrictions:
    """
    Attributes:
        forbidden_clients (list[str] | Unset):
        forbidden_user_agents (list[str] | Unset):
        trusted_user_agents (list[str] | Unset):
    """

    forbidden_clients: list[str] | Unset = UNSET
    forbidden_user_agents: list[str] | Unset = UNSET
    trusted_user_agents: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forbidden_clients: list[str] | Unset = UNSET
        if not isinstance(self.forbidden_clients, Unset):
            forbidden_clients = self.forbidden_clients

        forbidden_user_agents: list[str] | Unset = UNSET
        if not isinstance(self.forbidden_user_agents, Unset):
            forbidden_user_agents = self.forbidden_user_agents

        trusted_user_agents: list[str] | Unset = UNSET
        if not isinstance(self.trusted_user_agents, Unset):
            trusted_user_agents = self.trusted_user_agents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forbidden_clients is not UNSET:
            field_dict["forbiddenClients"] = forbidden_clients
        if forbidden_user_agents is not UNSET:
            field_dict["forbiddenUserAgents"] = forbidden_user_agents
        if trusted_user_agents is not UNSET:
            field_dict["trustedUserAgents"] = trusted_user_agents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forbidden_clients = cast(list[str], d.pop("forbiddenClients", UNSET))

        forbidden_user_agents = cast(list[str], d.pop("forbiddenUserAgents", UNSET))

        trusted_user_agents = cast(list[str], d.pop("trustedUserAgents", UNSET))

        instance__ = cls(
            forbidden_clients=forbidden_clients,
            forbidden_user_agents=forbidden_user_agents,
            trusted_user_agents=trusted_user_agents,
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
