from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_manifest_probe_http_get import ApplicationManifestProbeHttpGet


T = TypeVar("T", bound="MicroserviceApplicationManifestLivenessProbe")


@_attrs_define
class MicroserviceApplicationManifestLivenessProbe:
    """
    Attributes:
        failure_threshold (int | Unset):
        period_seconds (int | Unset):
        timeout_seconds (int | Unset):
        success_threshold (int | Unset):
        initial_delay_seconds (int | Unset):
        http_get (ApplicationManifestProbeHttpGet | Unset):
    """

    failure_threshold: int | Unset = UNSET
    period_seconds: int | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    success_threshold: int | Unset = UNSET
    initial_delay_seconds: int | Unset = UNSET
    http_get: ApplicationManifestProbeHttpGet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure_threshold = self.failure_threshold

        period_seconds = self.period_seconds

        timeout_seconds = self.timeout_seconds

        success_threshold = self.success_threshold

        initial_delay_seconds = self.initial_delay_seconds

        http_get: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_get, Unset):
            http_get = self.http_get.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failure_threshold is not UNSET:
            field_dict["failureThreshold"] = failure_threshold
        if period_seconds is not UNSET:
            field_dict["periodSeconds"] = period_seconds
        if timeout_seconds is not UNSET:
            field_dict["timeoutSeconds"] = timeout_seconds
        if success_threshold is not UNSET:
            field_dict["successThreshold"] = success_threshold
        if initial_delay_seconds is not UNSET:
            field_dict["initialDelaySeconds"] = initial_delay_seconds
        if http_get is not UNSET:
            field_dict["httpGet"] = http_get

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_manifest_probe_http_get import ApplicationManifestProbeHttpGet  # noqa: PLC0415

        d = dict(src_dict)
        failure_threshold = d.pop("failureThreshold", UNSET)

        period_seconds = d.pop("periodSeconds", UNSET)

        timeout_seconds = d.pop("timeoutSeconds", UNSET)

        success_threshold = d.pop("successThreshold", UNSET)

        initial_delay_seconds = d.pop("initialDelaySeconds", UNSET)

        _http_get = d.pop("httpGet", UNSET)
        http_get: ApplicationManifestProbeHttpGet | Unset
        if isinstance(_http_get, Unset):
            http_get = UNSET
        else:
            http_get = ApplicationManifestProbeHttpGet.from_dict(_http_get)

        instance__ = cls(
            failure_threshold=failure_threshold,
            period_seconds=period_seconds,
            timeout_seconds=timeout_seconds,
            success_threshold=success_threshold,
            initial_delay_seconds=initial_delay_seconds,
            http_get=http_get,
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
