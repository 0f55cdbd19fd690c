from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_control_api_resource_operations import DeviceControlApiResourceOperations


T = TypeVar("T", bound="DeviceControlApiResource")


@_attrs_define
class DeviceControlApiResource:
    """
    Example:
        {'operations': {'self': 'https://<TENANT_DOMAIN>/devicecontrol/operations', 'operations': []},
            'operationsByStatus': 'https://<TENANT_DOMAIN>/devicecontrol/operations?status={status}', 'operationsByAgentId':
            'https://<TENANT_DOMAIN>/devicecontrol/operations?agentId={agentId}', 'operationsByAgentIdAndStatus':
            'https://<TENANT_DOMAIN>/devicecontrol/operations?agentId={agentId}&status={status}', 'operationsByDeviceId':
            'https://<TENANT_DOMAIN>/devicecontrol/operations?deviceId={deviceId}', 'operationsByDeviceIdAndStatus':
            'https://<TENANT_DOMAIN>/devicecontrol/operations?deviceId={deviceId}&status={status}', 'self':
            'https://<TENANT_DOMAIN>/devicecontrol'}

    Attributes:
        operations (DeviceControlApiResourceOperations | Unset):
        operations_by_status (str | Unset):
        operations_by_agent_id (str | Unset):
        operations_by_agent_id_and_status (str | Unset):
        operations_by_device_id (str | Unset):
        operations_by_device_id_and_status (str | Unset):
        self_ (str | Unset):
    """

    operations: DeviceControlApiResourceOperations | Unset = UNSET
    operations_by_status: str | Unset = UNSET
    operations_by_agent_id: str | Unset = UNSET
    operations_by_agent_id_and_status: str | Unset = UNSET
    operations_by_device_id: str | Unset = UNSET
    operations_by_device_id_and_status: str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operations, Unset):
            operations = self.operations.to_dict()

        operations_by_status = self.operations_by_status

        operations_by_agent_id = self.operations_by_agent_id

        operations_by_agent_id_and_status = self.operations_by_agent_id_and_status

        operations_by_device_id = self.operations_by_device_id

        operations_by_device_id_and_status = self.operations_by_device_id_and_status

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operations is not UNSET:
            field_dict["operations"] = operations
        if operations_by_status is not UNSET:
            field_dict["operationsByStatus"] = operations_by_status
        if operations_by_agent_id is not UNSET:
            field_dict["operationsByAgentId"] = operations_by_agent_id
        if operations_by_agent_id_and_status is not UNSET:
            field_dict["operationsByAgentIdAndStatus"] = operations_by_agent_id_and_status
        if operations_by_device_id is not UNSET:
            field_dict["operationsByDeviceId"] = operations_by_device_id
        if operations_by_device_id_and_status is not UNSET:
            field_dict["operationsByDeviceIdAndStatus"] = operations_by_device_id_and_status
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_control_api_resource_operations import DeviceControlApiResourceOperations  # noqa: PLC0415

        d = dict(src_dict)
        _operations = d.pop("operations", UNSET)
        operations: DeviceControlApiResourceOperations | Unset
        if isinstance(_operations, Unset):
            operations = UNSET
        else:
            operations = DeviceControlApiResourceOperations.from_dict(_operations)

        operations_by_status = d.pop("operationsByStatus", UNSET)

        operations_by_agent_id = d.pop("operationsByAgentId", UNSET)

        operations_by_agent_id_and_status = d.pop("operationsByAgentIdAndStatus", UNSET)

        operations_by_device_id = d.pop("operationsByDeviceId", UNSET)

        operations_by_device_id_and_status = d.pop("operationsByDeviceIdAndStatus", UNSET)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            operations=operations,
            operations_by_status=operations_by_status,
            operations_by_agent_id=operations_by_agent_id,
            operations_by_agent_id_and_status=operations_by_agent_id_and_status,
            operations_by_device_id=operations_by_device_id,
            operations_by_device_id_and_status=operations_by_device_id_and_status,
            self_=self_,
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
