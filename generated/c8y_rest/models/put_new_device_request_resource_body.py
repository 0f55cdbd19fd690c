from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_device_request_status import NewDeviceRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PutNewDeviceRequestResourceBody")


@_attrs_define
class PutNewDeviceRequestResourceBody:
    """
    Attributes:
        status (NewDeviceRequestStatus):
        id (str | Unset):
        group_id (str | Unset):
        type_ (str | Unset):
        tenant_id (str | Unset):
        self_ (str | Unset):
        owner (str | Unset):
        creation_time (datetime.datetime | Unset):
        security_token (str | Unset):
        enrollment_token (str | Unset):
    """

    status: NewDeviceRequestStatus
    id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    self_: str | Unset = UNSET
    owner: str | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    security_token: str | Unset = UNSET
    enrollment_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        id = self.id

        group_id = self.group_id

        type_ = self.type_

        tenant_id = self.tenant_id

        self_ = self.self_

        owner = self.owner

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        security_token = self.security_token

        enrollment_token = self.enrollment_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if self_ is not UNSET:
            field_dict["self"] = self_
        if owner is not UNSET:
            field_dict["owner"] = owner
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if security_token is not UNSET:
            field_dict["securityToken"] = security_token
        if enrollment_token is not UNSET:
            field_dict["enrollmentToken"] = enrollment_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = NewDeviceRequestStatus(d.pop("status"))

        id = d.pop("id", UNSET)

        group_id = d.pop("groupId", UNSET)

        type_ = d.pop("type", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        self_ = d.pop("self", UNSET)

        owner = d.pop("owner", UNSET)

        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        security_token = d.pop("securityToken", UNSET)

        enrollment_token = d.pop("enrollmentToken", UNSET)

        instance__ = cls(
            status=status,
            id=id,
            group_id=group_id,
            type_=type_,
            tenant_id=tenant_id,
            self_=self_,
            owner=owner,
            creation_time=creation_time,
            security_token=security_token,
            enrollment_token=enrollment_token,
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
