from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_statistics_resources import UsageStatisticsResources


T = TypeVar("T", bound="SummaryTenantUsageStatistics")


@_attrs_define
class SummaryTenantUsageStatistics:
    """
    Attributes:
        alarms_created_count (int | Unset):  Example: 0.
        alarms_updated_count (int | Unset):  Example: 0.
        day (datetime.datetime | Unset):  Example: 2021-09-09T00:00:00.000Z.
        device_count (int | Unset):  Example: 5.
        device_endpoint_count (int | Unset):  Example: 4.
        device_request_count (int | Unset):  Example: 546.
        device_with_children_count (int | Unset):  Example: 5.
        events_created_count (int | Unset):  Example: 0.
        events_updated_count (int | Unset):  Example: 0.
        inventories_created_count (int | Unset):  Example: 6.
        inventories_updated_count (int | Unset):  Example: 4.
        measurements_created_count (int | Unset):  Example: 1.
        operations_created_count (int | Unset):  Example: 3.
        operations_updated_count (int | Unset):  Example: 2.
        request_count (int | Unset):  Example: 2355.
        resources (UsageStatisticsResources | Unset):  Example: {'cpu': 0, 'memory': 0, 'usedBy': []}.
        storage_size (int | Unset):  Example: 34231.
        subscribed_applications (list[str] | Unset):  Example: ['report-agent', 'devicemanagement', 'administration',
            'device-simulator'].
        total_resource_create_and_update_count (int | Unset):  Example: 11.
    """

    alarms_created_count: int | Unset = UNSET
    alarms_updated_count: int | Unset = UNSET
    day: datetime.datetime | Unset = UNSET
    device_count: int | Unset = UNSET
    device_endpoint_count: int | Unset = UNSET
    device_request_count: int | Unset = UNSET
    device_with_children_count: int | Unset = UNSET
    events_created_count: int | Unset = UNSET
    events_updated_count: int | Unset = UNSET
    inventories_created_count: int | Unset = UNSET
    inventories_updated_count: int | Unset = UNSET
    measurements_created_count: int | Unset = UNSET
    operations_created_count: int | Unset = UNSET
    operations_updated_count: int | Unset = UNSET
    request_count: int | Unset = UNSET
    resources: UsageStatisticsResources | Unset = UNSET
    storage_size: int | Unset = UNSET
    subscribed_applications: list[str] | Unset = UNSET
    total_resource_create_and_update_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarms_created_count = self.alarms_created_count

        alarms_updated_count = self.alarms_updated_count

        day: str | Unset = UNSET
        if not isinstance(self.day, Unset):
            day = self.day.isoformat()

        device_count = self.device_count

        device_endpoint_count = self.device_endpoint_count

        device_request_count = self.device_request_count

        device_with_children_count = self.device_with_children_count

        events_created_count = self.events_created_count

        events_updated_count = self.events_updated_count

        inventories_created_count = self.inventories_created_count

        inventories_updated_count = self.inventories_updated_count

        measurements_created_count = self.measurements_created_count

        operations_created_count = self.operations_created_count

        operations_updated_count = self.operations_updated_count

        request_count = self.request_count

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        storage_size = self.storage_size

        subscribed_applications: list[str] | Unset = UNSET
        if not isinstance(self.subscribed_applications, Unset):
            subscribed_applications = self.subscribed_applications

        total_resource_create_and_update_count = self.total_resource_create_and_update_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alarms_created_count is not UNSET:
            field_dict["alarmsCreatedCount"] = alarms_created_count
        if alarms_updated_count is not UNSET:
            field_dict["alarmsUpdatedCount"] = alarms_updated_count
        if day is not UNSET:
            field_dict["day"] = day
        if device_count is not UNSET:
            field_dict["deviceCount"] = device_count
        if device_endpoint_count is not UNSET:
            field_dict["deviceEndpointCount"] = device_endpoint_count
        if device_request_count is not UNSET:
            field_dict["deviceRequestCount"] = device_request_count
        if device_with_children_count is not UNSET:
            field_dict["deviceWithChildrenCount"] = device_with_children_count
        if events_created_count is not UNSET:
            field_dict["eventsCreatedCount"] = events_created_count
        if events_updated_count is not UNSET:
            field_dict["eventsUpdatedCount"] = events_updated_count
        if inventories_created_count is not UNSET:
            field_dict["inventoriesCreatedCount"] = inventories_created_count
        if inventories_updated_count is not UNSET:
            field_dict["inventoriesUpdatedCount"] = inventories_updated_count
        if measurements_created_count is not UNSET:
            field_dict["measurementsCreatedCount"] = measurements_created_count
        if operations_created_count is not UNSET:
            field_dict["operationsCreatedCount"] = operations_created_count
        if operations_updated_count is not UNSET:
            field_dict["operationsUpdatedCount"] = operations_updated_count
        if request_count is not UNSET:
            field_dict["requestCount"] = request_count
        if resources is not UNSET:
            field_dict["resources"] = resources
        if storage_size is not UNSET:
            field_dict["storageSize"] = storage_size
        if subscribed_applications is not UNSET:
            field_dict["subscribedApplications"] = subscribed_applications
        if total_resource_create_and_update_count is not UNSET:
            field_dict["totalResourceCreateAndUpdateCount"] = total_resource_create_and_update_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_statistics_resources import UsageStatisticsResources  # noqa: PLC0415

        d = dict(src_dict)
        alarms_created_count = d.pop("alarmsCreatedCount", UNSET)

        alarms_updated_count = d.pop("alarmsUpdatedCount", UNSET)

        _day = d.pop("day", UNSET)
        day: datetime.datetime | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = datetime.datetime.fromisoformat(_day)

        device_count = d.pop("deviceCount", UNSET)

        device_endpoint_count = d.pop("deviceEndpointCount", UNSET)

        device_request_count = d.pop("deviceRequestCount", UNSET)

        device_with_children_count = d.pop("deviceWithChildrenCount", UNSET)

        events_created_count = d.pop("eventsCreatedCount", UNSET)

        events_updated_count = d.pop("eventsUpdatedCount", UNSET)

        inventories_created_count = d.pop("inventoriesCreatedCount", UNSET)

        inventories_updated_count = d.pop("inventoriesUpdatedCount", UNSET)

        measurements_created_count = d.pop("measurementsCreatedCount", UNSET)

        operations_created_count = d.pop("operationsCreatedCount", UNSET)

        operations_updated_count = d.pop("operationsUpdatedCount", UNSET)

        request_count = d.pop("requestCount", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: UsageStatisticsResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = UsageStatisticsResources.from_dict(_resources)

        storage_size = d.pop("storageSize", UNSET)

        subscribed_applications = cast(list[str], d.pop("subscribedApplications", UNSET))

        total_resource_create_and_update_count = d.pop("totalResourceCreateAndUpdateCount", UNSET)

        instance__ = cls(
            alarms_created_count=alarms_created_count,
            alarms_updated_count=alarms_updated_count,
            day=day,
            device_count=device_count,
            device_endpoint_count=device_endpoint_count,
            device_request_count=device_request_count,
            device_with_children_count=device_with_children_count,
            events_created_count=events_created_count,
            events_updated_count=events_updated_count,
            inventories_created_count=inventories_created_count,
            inventories_updated_count=inventories_updated_count,
            measurements_created_count=measurements_created_count,
            operations_created_count=operations_created_count,
            operations_updated_count=operations_updated_count,
            request_count=request_count,
            resources=resources,
            storage_size=storage_size,
            subscribed_applications=subscribed_applications,
            total_resource_create_and_update_count=total_resource_create_and_update_count,
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
