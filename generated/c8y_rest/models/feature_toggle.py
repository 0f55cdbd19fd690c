from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_toggle_phase import FeatureTogglePhase
from ..models.feature_toggle_strategy import FeatureToggleStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureToggle")


@_attrs_define
class FeatureToggle:
    """
    Attributes:
        key (str | Unset):
        phase (FeatureTogglePhase | Unset):
        active (bool | Unset):
        strategy (FeatureToggleStrategy | Unset):
    """

    key: str | Unset = UNSET
    phase: FeatureTogglePhase | Unset = UNSET
    active: bool | Unset = UNSET
    strategy: FeatureToggleStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        active = self.active

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if phase is not UNSET:
            field_dict["phase"] = phase
        if active is not UNSET:
            field_dict["active"] = active
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _phase = d.pop("phase", UNSET)
        phase: FeatureTogglePhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = FeatureTogglePhase(_phase)

        active = d.pop("active", UNSET)

        _strategy = d.pop("strategy", UNSET)
        strategy: FeatureToggleStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = FeatureToggleStrategy(_strategy)

        instance__ = cls(
            key=key,
            phase=phase,
            active=active,
            strategy=strategy,
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
