from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_device_request import NewDeviceRequest
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="NewDeviceRequestCollection")


@_attrs_define
class NewDeviceRequestCollection:
    """
    Example:
        {'prev': 'https://<TENANT_DOMAIN>/devicecontrol/newDeviceRequests?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/devicecontrol/newDeviceRequests?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/devicecontrol/newDeviceRequests?pageSize=1&currentPage=3', 'newDeviceRequests': [{'id':
            '54545454', 'self': 'https://<TENANT_DOMAIN>/devicecontrol/newDeviceRequests/54545454', 'status':
            'WAITING_FOR_CONNECTION'}], 'statistics': {'total': 3, 'currentPage': 2, 'pageSize': 1}}

    Attributes:
        new_device_requests (list[NewDeviceRequest] | Unset):
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
    """

    new_device_requests: list[NewDeviceRequest] | Unset = UNSET
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_device_requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new_device_requests, Unset):
            new_device_requests = []
            for new_device_requests_item_data in self.new_device_requests:
                new_device_requests_item = new_device_requests_item_data.to_dict()
                new_device_requests.append(new_device_requests_item)

        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_device_requests is not UNSET:
            field_dict["newDeviceRequests"] = new_device_requests
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if self_ is not UNSET:
            field_dict["self"] = self_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_device_request import NewDeviceRequest  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        _new_device_requests = d.pop("newDeviceRequests", UNSET)
        new_device_requests: list[NewDeviceRequest] | Unset = UNSET
        if _new_device_requests is not UNSET:
            new_device_requests = []
            for new_device_requests_item_data in _new_device_requests:
                new_device_requests_item = NewDeviceRequest.from_dict(new_device_requests_item_data)

                new_device_requests.append(new_device_requests_item)

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        self_ = d.pop("self", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: PageStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = PageStatistics.from_dict(_statistics)

        instance__ = cls(
            new_device_requests=new_device_requests,
            next_=next_,
            prev=prev,
            self_=self_,
            statistics=statistics,
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
