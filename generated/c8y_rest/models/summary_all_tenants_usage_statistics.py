from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_properties import CustomProperties
    from ..models.usage_statistics_resources import UsageStatisticsResources


T = TypeVar("T", bound="SummaryAllTenantsUsageStatistics")


@_attrs_define
class SummaryAllTenantsUsageStatistics:
    """
    Attributes:
        alarms_created_count (int | Unset):  Example: 0.
        alarms_updated_count (int | Unset):  Example: 0.
        creation_time (datetime.datetime | Unset):  Example: 2020-11-26T12:38:51.443Z.
        device_count (int | Unset):  Example: 5.
        device_endpoint_count (int | Unset):  Example: 4.
        device_request_count (int | Unset):  Example: 546.
        device_with_children_count (int | Unset):  Example: 5.
        external_reference (str | Unset):
        events_created_count (int | Unset):  Example: 0.
        events_updated_count (int | Unset):  Example: 0.
        inventories_created_count (int | Unset):  Example: 6.
        inventories_updated_count (int | Unset):  Example: 4.
        measurements_created_count (int | Unset):  Example: 1.
        operations_created_count (int | Unset):  Example: 3.
        operations_updated_count (int | Unset):  Example: 2.
        parent_tenant_id (str | Unset):  Example: management.
        peak_device_count (int | Unset):  Example: 5.
        peak_device_with_children_count (int | Unset):  Example: 5.
        peak_storage_size (int | Unset):  Example: 43084.
        request_count (int | Unset):  Example: 2355.
        resources (UsageStatisticsResources | Unset):  Example: {'cpu': 0, 'memory': 0, 'usedBy': []}.
        storage_size (int | Unset):  Example: 34231.
        subscribed_applications (list[str] | Unset):  Example: ['report-agent', 'devicemanagement', 'administration',
            'device-simulator'].
        tenant_company (str | Unset):  Example: ACME AG.
        tenant_custom_properties (CustomProperties | Unset):  Example: {'language': 'en', 'userOrigin': 'BASIC'}.
        tenant_domain (str | Unset):  Example: mytenant.cumulocity.com.
        tenant_id (str | Unset):  Example: t07007007.
        total_resource_create_and_update_count (int | Unset):  Example: 11.
    """

    alarms_created_count: int | Unset = UNSET
    alarms_updated_count: int | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    device_count: int | Unset = UNSET
    device_endpoint_count: int | Unset = UNSET
    device_request_count: int | Unset = UNSET
    device_with_children_count: int | Unset = UNSET
    external_reference: str | Unset = UNSET
    events_created_count: int | Unset = UNSET
    events_updated_count: int | Unset = UNSET
    inventories_created_count: int | Unset = UNSET
    inventories_updated_count: int | Unset = UNSET
    measurements_created_count: int | Unset = UNSET
    operations_created_count: int | Unset = UNSET
    operations_updated_count: int | Unset = UNSET
    parent_tenant_id: str | Unset = UNSET
    peak_device_count: int | Unset = UNSET
    peak_device_with_children_count: int | Unset = UNSET
    peak_storage_size: int | Unset = UNSET
    request_count: int | Unset = UNSET
    resources: UsageStatisticsResources | Unset = UNSET
    storage_size: int | Unset = UNSET
    subscribed_applications: list[str] | Unset = UNSET
    tenant_company: str | Unset = UNSET
    tenant_custom_properties: CustomProperties | Unset = UNSET
    tenant_domain: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    total_resource_create_and_update_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarms_created_count = self.alarms_created_count

        alarms_updated_count = self.alarms_updated_count

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        device_count = self.device_count

        device_endpoint_count = self.device_endpoint_count

        device_request_count = self.device_request_count

        device_with_children_count = self.device_with_children_count

        external_reference = self.external_reference

        events_created_count = self.events_created_count

        events_updated_count = self.events_updated_count

        inventories_created_count = self.inventories_created_count

        inventories_updated_count = self.inventories_updated_count

        measurements_created_count = self.measurements_created_count

        operations_created_count = self.operations_created_count

        operations_updated_count = self.operations_updated_count

        parent_tenant_id = self.parent_tenant_id

        peak_device_count = self.peak_device_count

        peak_device_with_children_count = self.peak_device_with_children_count

        peak_storage_size = self.peak_storage_size

        request_count = self.request_count

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        storage_size = self.storage_size

        subscribed_applications: list[str] | Unset = UNSET
        if not isinstance(self.subscribed_applications, Unset):
            subscribed_applications = self.subscribed_applications

        tenant_company = self.tenant_company

        tenant_custom_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tenant_custom_properties, Unset):
            tenant_custom_properties = self.tenant_custom_properties.to_dict()

        tenant_domain = self.tenant_domain

        tenant_id = self.tenant_id

        total_resource_create_and_update_count = self.total_resource_create_and_update_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alarms_created_count is not UNSET:
            field_dict["alarmsCreatedCount"] = alarms_created_count
        if alarms_updated_count is not UNSET:
            field_dict["alarmsUpdatedCount"] = alarms_updated_count
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if device_count is not UNSET:
            field_dict["deviceCount"] = device_count
        if device_endpoint_count is not UNSET:
            field_dict["deviceEndpointCount"] = device_endpoint_count
        if device_request_count is not UNSET:
            field_dict["deviceRequestCount"] = device_request_count
        if device_with_children_count is not UNSET:
            field_dict["deviceWithChildrenCount"] = device_with_children_count
        if external_reference is not UNSET:
            field_dict["externalReference"] = external_reference
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
        if parent_tenant_id is not UNSET:
            field_dict["parentTenantId"] = parent_tenant_id
        if peak_device_count is not UNSET:
            field_dict["peakDeviceCount"] = peak_device_count
        if peak_device_with_children_count is not UNSET:
            field_dict["peakDeviceWithChildrenCount"] = peak_device_with_children_count
        if peak_storage_size is not UNSET:
            field_dict["peakStorageSize"] = peak_storage_size
        if request_count is not UNSET:
            field_dict["requestCount"] = request_count
        if resources is not UNSET:
            field_dict["resources"] = resources
        if storage_size is not UNSET:
            field_dict["storageSize"] = storage_size
        if subscribed_applications is not UNSET:
            field_dict["subscribedApplications"] = subscribed_applications
        if tenant_company is not UNSET:
            field_dict["tenantCompany"] = tenant_company
        if tenant_custom_properties is not UNSET:
            field_dict["tenantCustomProperties"] = tenant_custom_properties
        if tenant_domain is not UNSET:
            field_dict["tenantDomain"] = tenant_domain
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if total_resource_create_and_update_count is not UNSET:
            field_dict["totalResourceCreateAndUpdateCount"] = total_resource_create_and_update_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_properties import CustomProperties  # noqa: PLC0415
        from ..models.usage_statistics_resources import UsageStatisticsResources  # noqa: PLC0415

        d = dict(src_dict)
        alarms_created_count = d.pop("alarmsCreatedCount", UNSET)

        alarms_updated_count = d.pop("alarmsUpdatedCount", UNSET)

        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        device_count = d.pop("deviceCount", UNSET)

        device_endpoint_count = d.pop("deviceEndpointCount", UNSET)

        device_request_count = d.pop("deviceRequestCount", UNSET)

        device_with_children_count = d.pop("deviceWithChildrenCount", UNSET)

        external_reference = d.pop("externalReference", UNSET)

        events_created_count = d.pop("eventsCreatedCount", UNSET)

        events_updated_count = d.pop("eventsUpdatedCount", UNSET)

        inventories_created_count = d.pop("inventoriesCreatedCount", UNSET)

        inventories_updated_count = d.pop("inventoriesUpdatedCount", UNSET)

        measurements_created_count = d.pop("measurementsCreatedCount", UNSET)

        operations_created_count = d.pop("operationsCreatedCount", UNSET)

        operations_updated_count = d.pop("operationsUpdatedCount", UNSET)

        parent_tenant_id = d.pop("parentTenantId", UNSET)

        peak_device_count = d.pop("peakDeviceCount", UNSET)

        peak_device_with_children_count = d.pop("peakDeviceWithChildrenCount", UNSET)

        peak_storage_size = d.pop("peakStorageSize", UNSET)

        request_count = d.pop("requestCount", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: UsageStatisticsResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = UsageStatisticsResources.from_dict(_resources)

        storage_size = d.pop("storageSize", UNSET)

        subscribed_applications = cast(list[str], d.pop("subscribedApplications", UNSET))

        tenant_company = d.pop("tenantCompany", UNSET)

        _tenant_custom_properties = d.pop("tenantCustomProperties", UNSET)
        tenant_custom_properties: CustomProperties | Unset
        if isinstance(_tenant_custom_properties, Unset):
            tenant_custom_properties = UNSET
        else:
            tenant_custom_properties = CustomProperties.from_dict(_tenant_custom_properties)

        tenant_domain = d.pop("tenantDomain", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        total_resource_create_and_update_count = d.pop("totalResourceCreateAndUpdateCount", UNSET)

        instance__ = cls(
            alarms_created_count=alarms_created_count,
            alarms_updated_count=alarms_updated_count,
            creation_time=creation_time,
            device_count=device_count,
            device_endpoint_count=device_endpoint_count,
            device_request_count=device_request_count,
            device_with_children_count=device_with_children_count,
            external_reference=external_reference,
            events_created_count=events_created_count,
            events_updated_count=events_updated_count,
            inventories_created_count=inventories_created_count,
            inventories_updated_count=inventories_updated_count,
            measurements_created_count=measurements_created_count,
            operations_created_count=operations_created_count,
            operations_updated_count=operations_updated_count,
            parent_tenant_id=parent_tenant_id,
            peak_device_count=peak_device_count,
            peak_device_with_children_count=peak_device_with_children_count,
            peak_storage_size=peak_storage_size,
            request_count=request_count,
            resources=resources,
            storage_size=storage_size,
            subscribed_applications=subscribed_applications,
            tenant_company=tenant_company,
            tenant_custom_properties=tenant_custom_properties,
            tenant_domain=tenant_domain,
            tenant_id=tenant_id,
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
