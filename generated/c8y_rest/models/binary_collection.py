from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.binary import Binary
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="BinaryCollection")


@_attrs_define
class BinaryCollection:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/inventory/binaries?pageSize=5&currentPage=1', 'managedObjects':
            [{'c8y_IsBinary': {}, 'contentType': 'text/plain', 'id': '123153092', 'lastUpdated': '2020-10-15T22:15:17.267Z',
            'length': 365, 'name': 'HelloWorld', 'owner': 'manga', 'self':
            'https://<TENANT_DOMAIN>/inventory/binaries/123153092', 'type': 'text/plain'}], 'statistics': {'totalPages': 1,
            'pageSize': 5, 'currentPage': 1}}

    Attributes:
        managed_objects (list[Binary] | Unset):
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
    """

    managed_objects: list[Binary] | Unset = UNSET
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managed_objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.managed_objects, Unset):
            managed_objects = []
            for managed_objects_item_data in self.managed_objects:
                managed_objects_item = managed_objects_item_data.to_dict()
                managed_objects.append(managed_objects_item)

        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if managed_objects is not UNSET:
            field_dict["managedObjects"] = managed_objects
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
        from ..models.binary import Binary  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        _managed_objects = d.pop("managedObjects", UNSET)
        managed_objects: list[Binary] | Unset = UNSET
        if _managed_objects is not UNSET:
            managed_objects = []
            for managed_objects_item_data in _managed_objects:
                managed_objects_item = Binary.from_dict(managed_objects_item_data)

                managed_objects.append(managed_objects_item)

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
            managed_objects=managed_objects,
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
