from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarms_api_resource import AlarmsApiResource
    from ..models.audit_api_resource import AuditApiResource
    from ..models.device_control_api_resource import DeviceControlApiResource
    from ..models.events_api_resource import EventsApiResource
    from ..models.identity_api_resource import IdentityApiResource
    from ..models.inventory_api_resource import InventoryApiResource
    from ..models.measurement_api_resource import MeasurementApiResource
    from ..models.tenant_api_resource import TenantApiResource
    from ..models.user_api_resource import UserApiResource


T = TypeVar("T", bound="PlatformApiResource")


@_attrs_define
class PlatformApiResource:
    """
    Attributes:
        self_ (str | Unset):  Example: https://<TENANT_DOMAIN>/platform.
        alarm (AlarmsApiResource | Unset):  Example: {'alarms': {'self': 'https://<TENANT_DOMAIN>/alarm/alarms',
            'alarms': []}, 'alarmsForSource': 'https://<TENANT_DOMAIN>/alarm/alarms?source={source}', 'alarmsForStatus':
            'https://<TENANT_DOMAIN>/alarm/alarms?status={status}', 'alarmsForSourceAndStatusAndTime':
            'https://<TENANT_DOMAIN>/alarm/alarms?source={source}&status={status}&dateFrom={dateFrom}&dateTo={dateTo}',
            'alarmsForStatusAndTime':
            'https://<TENANT_DOMAIN>/alarm/alarms?status={status}&dateFrom={dateFrom}&dateTo={dateTo}',
            'alarmsForSourceAndTime':
            'https://<TENANT_DOMAIN>/alarm/alarms?source={source}&dateFrom={dateFrom}&dateTo={dateTo}', 'alarmsForTime':
            'https://<TENANT_DOMAIN>/alarm/alarms?dateFrom={dateFrom}&dateTo={dateTo}', 'alarmsForSourceAndStatus':
            'https://<TENANT_DOMAIN>/alarm/alarms?source={source}&status={status}', 'self':
            'https://<TENANT_DOMAIN>/alarm'}.
        audit (AuditApiResource | Unset):  Example: {'auditRecords': {'self':
            'https://<TENANT_DOMAIN>/audit/auditRecords', 'auditRecords': []}, 'auditRecordsForApplication':
            'https://<TENANT_DOMAIN>/audit/auditRecords?application={application}', 'auditRecordsForType':
            'https://<TENANT_DOMAIN>/audit/auditRecords?type={type}', 'auditRecordsForUser':
            'https://<TENANT_DOMAIN>/audit/auditRecords?user={user}', 'auditRecordsForTypeAndApplication':
            'https://<TENANT_DOMAIN>/audit/auditRecords?type={type}&application={application}',
            'auditRecordsForTypeAndUserAndApplication':
            'https://<TENANT_DOMAIN>/audit/auditRecords?type={type}&user={user}&application={application}',
            'auditRecordsForUserAndApplication':
            'https://<TENANT_DOMAIN>/audit/auditRecords?user={user}&application={application}',
            'auditRecordsForUserAndType': 'https://<TENANT_DOMAIN>/audit/auditRecords?user={user}&type={type}', 'self':
            'https://<TENANT_DOMAIN>/audit'}.
        device_control (DeviceControlApiResource | Unset):  Example: {'operations': {'self':
            'https://<TENANT_DOMAIN>/devicecontrol/operations', 'operations': []}, 'operationsByStatus':
            'https://<TENANT_DOMAIN>/devicecontrol/operations?status={status}', 'operationsByAgentId':
            'https://<TENANT_DOMAIN>/devicecontrol/operations?agentId={agentId}', 'operationsByAgentIdAndStatus':
            'https://<TENANT_DOMAIN>/devicecontrol/operations?agentId={agentId}&status={status}', 'operationsByDeviceId':
            'https://<TENANT_DOMAIN>/devicecontrol/operations?deviceId={deviceId}', 'operationsByDeviceIdAndStatus':
            'https://<TENANT_DOMAIN>/devicecontrol/operations?deviceId={deviceId}&status={status}', 'self':
            'https://<TENANT_DOMAIN>/devicecontrol'}.
        event (EventsApiResource | Unset):  Example: {'events': {'self': 'https://<TENANT_DOMAIN>/event/events',
            'events': []}, 'eventsForSource': 'https://<TENANT_DOMAIN>/event/events?source={source}',
            'eventsForSourceAndType': 'https://<TENANT_DOMAIN>/event/events?source={source}&type={type}', 'eventsForType':
            'https://<TENANT_DOMAIN>/event/events?type={type}', 'eventsForFragmentType':
            'https://<TENANT_DOMAIN>/event/events?fragmentType={fragmentType}', 'eventsForTime':
            'https://<TENANT_DOMAIN>/event/events?dateFrom={dateFrom}&dateTo={dateTo}', 'eventsForSourceAndTime':
            'https://<TENANT_DOMAIN>/event/events?source={source}&dateFrom={dateFrom}&dateTo={dateTo}', 'self':
            'https://<TENANT_DOMAIN>/event'}.
        identity (IdentityApiResource | Unset):  Example: {'externalId':
            'https://<TENANT_DOMAIN>/identity/externalIds/{type}/{externaId}', 'externalIdsOfGlobalId':
            'https://<TENANT_DOMAIN>/identity/globalIds/{managedObjectId}/externalIds', 'self':
            'https://<TENANT_DOMAIN>/identity'}.
        inventory (InventoryApiResource | Unset):  Example: {'managedObjectsForFragmentType':
            'https://<TENANT_DOMAIN>/inventory/managedObjects?fragmentType={fragmentType}', 'managedObjectsForType':
            'https://<TENANT_DOMAIN>/inventory/managedObjects?type={type}', 'managedObjectsForListOfIds':
            'https://<TENANT_DOMAIN>/inventory/managedObjects?ids={ids}', 'managedObjects': {'references': [], 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects'}, 'self': 'https://<TENANT_DOMAIN>/inventory'}.
        measurement (MeasurementApiResource | Unset):  Example: {'measurements': {'self':
            'https://<TENANT_DOMAIN>/measurement/measurements', 'measurements': []}, 'measurementsForSource':
            'https://<TENANT_DOMAIN>/measurement/measurements?source={source}', 'measurementsForSourceAndType':
            'https://<TENANT_DOMAIN>/measurement/measurements?source={source}&type={type}', 'measurementsForType':
            'https://<TENANT_DOMAIN>/measurement/measurements?type={type}', 'measurementsForValueFragmentType':
            'https://<TENANT_DOMAIN>/measurement/measurements?valueFragmentType={valueFragmentType}', 'measurementsForDate':
            'https://<TENANT_DOMAIN>/measurement/measurements?dateFrom={dateFrom}&dateTo={dateTo}',
            'measurementsForSourceAndDate':
            'https://<TENANT_DOMAIN>/measurement/measurements?source={source}&dateFrom={dateFrom}&dateTo={dateTo}',
            'measurementsForDateAndFragmentType': 'https://<TENANT_DOMAIN>/measurement/measurements?dateFrom={dateFrom}&date
            To={dateTo}&fragmentType={fragmentType}', 'measurementsForSourceAndValueFragmentTypeAndValueFragmentSeries': 'ht
            tps://<TENANT_DOMAIN>/measurement/measurements?source={source}&valueFragmentType={valueFragmentType}&valueFragme
            ntSeries={valueFragmentSeries}&type={type}', 'self': 'https://<TENANT_DOMAIN>/measurement'}.
        tenant (TenantApiResource | Unset):  Example: {'self': 'https://<TENANT_DOMAIN>/tenant', 'options': {'self':
            'https://<TENANT_DOMAIN>/tenant/options', 'options': []}, 'tenants': {'self':
            'https://<TENANT_DOMAIN>/tenant/tenants', 'tenants': []}, 'tenantApplications':
            'https://<TENANT_DOMAIN>/tenant/tenants/{tenantId}/applications', 'tenantApplicationForId':
            'https://<TENANT_DOMAIN>/tenant/tenants/{tenantId}/applications/{applicationId}', 'tenantForId':
            'https://<TENANT_DOMAIN>/tenant/tenants/{tenantId}', 'tenantOptionsForCategory':
            'https://<TENANT_DOMAIN>/tenant/options/{category}', 'tenantOptionForCategoryAndKey':
            'https://<TENANT_DOMAIN>/tenant/options/{category}/{key}', 'tenantSystemOptions':
            'https://<TENANT_DOMAIN>/tenant/system/options', 'tenantSystemOptionsForCategoryAndKey':
            'https://<TENANT_DOMAIN>/tenant/system/options/{category}/{key}'}.
        user (UserApiResource | Unset):  Example: {'self': 'https://<TENANT_DOMAIN>/user', 'users':
            'https://<TENANT_DOMAIN>/user/{tenantId}/users', 'userByName':
            'https://<TENANT_DOMAIN>/user/{tenantId}/userByName/{username}', 'currentUser':
            'https://<TENANT_DOMAIN>/user/currentUser', 'groups': 'https://<TENANT_DOMAIN>/user/{tenantId}/groups',
            'groupByName': 'https://<TENANT_DOMAIN>/user/{tenantId}/groupByName/{groupName}', 'roles':
            'https://<TENANT_DOMAIN>/user/roles'}.
    """

    self_: str | Unset = UNSET
    alarm: AlarmsApiResource | Unset = UNSET
    audit: AuditApiResource | Unset = UNSET
    device_control: DeviceControlApiResource | Unset = UNSET
    event: EventsApiResource | Unset = UNSET
    identity: IdentityApiResource | Unset = UNSET
    inventory: InventoryApiResource | Unset = UNSET
    measurement: MeasurementApiResource | Unset = UNSET
    tenant: TenantApiResource | Unset = UNSET
    user: UserApiResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        alarm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alarm, Unset):
            alarm = self.alarm.to_dict()

        audit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit, Unset):
            audit = self.audit.to_dict()

        device_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_control, Unset):
            device_control = self.device_control.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        measurement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.measurement, Unset):
            measurement = self.measurement.to_dict()

        tenant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tenant, Unset):
            tenant = self.tenant.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if alarm is not UNSET:
            field_dict["alarm"] = alarm
        if audit is not UNSET:
            field_dict["audit"] = audit
        if device_control is not UNSET:
            field_dict["deviceControl"] = device_control
        if event is not UNSET:
            field_dict["event"] = event
        if identity is not UNSET:
            field_dict["identity"] = identity
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if measurement is not UNSET:
            field_dict["measurement"] = measurement
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alarms_api_resource import AlarmsApiResource  # noqa: PLC0415
        from ..models.audit_api_resource import AuditApiResource  # noqa: PLC0415
        from ..models.device_control_api_resource import DeviceControlApiResource  # noqa: PLC0415
        from ..models.events_api_resource import EventsApiResource  # noqa: PLC0415
        from ..models.identity_api_resource import IdentityApiResource  # noqa: PLC0415
        from ..models.inventory_api_resource import InventoryApiResource  # noqa: PLC0415
        from ..models.measurement_api_resource import MeasurementApiResource  # noqa: PLC0415
        from ..models.tenant_api_resource import TenantApiResource  # noqa: PLC0415
        from ..models.user_api_resource import UserApiResource  # noqa: PLC0415

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        _alarm = d.pop("alarm", UNSET)
        alarm: AlarmsApiResource | Unset
        if isinstance(_alarm, Unset):
            alarm = UNSET
        else:
            alarm = AlarmsApiResource.from_dict(_alarm)

        _audit = d.pop("audit", UNSET)
        audit: AuditApiResource | Unset
        if isinstance(_audit, Unset):
            audit = UNSET
        else:
            audit = AuditApiResource.from_dict(_audit)

        _device_control = d.pop("deviceControl", UNSET)
        device_control: DeviceControlApiResource | Unset
        if isinstance(_device_control, Unset):
            device_control = UNSET
        else:
            device_control = DeviceControlApiResource.from_dict(_device_control)

        _event = d.pop("event", UNSET)
        event: EventsApiResource | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = EventsApiResource.from_dict(_event)

        _identity = d.pop("identity", UNSET)
        identity: IdentityApiResource | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = IdentityApiResource.from_dict(_identity)

        _inventory = d.pop("inventory", UNSET)
        inventory: InventoryApiResource | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = InventoryApiResource.from_dict(_inventory)

        _measurement = d.pop("measurement", UNSET)
        measurement: MeasurementApiResource | Unset
        if isinstance(_measurement, Unset):
            measurement = UNSET
        else:
            measurement = MeasurementApiResource.from_dict(_measurement)

        _tenant = d.pop("tenant", UNSET)
        tenant: TenantApiResource | Unset
        if isinstance(_tenant, Unset):
            tenant = UNSET
        else:
            tenant = TenantApiResource.from_dict(_tenant)

        _user = d.pop("user", UNSET)
        user: UserApiResource | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserApiResource.from_dict(_user)

        instance__ = cls(
            self_=self_,
            alarm=alarm,
            audit=audit,
            device_control=device_control,
            event=event,
            identity=identity,
            inventory=inventory,
            measurement=measurement,
            tenant=tenant,
            user=user,
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
