from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_operation import BulkOperation
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="BulkOperationCollection")


@_attrs_define
class BulkOperationCollection:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/devicecontrol/bulkoperations?pageSize=5&currentPage=1', 'bulkOperations':
            [{'self': 'https://<TENANT_DOMAIN>/devicecontrol/bulkoperations/1237', 'id': '1237', 'groupId': '12359',
            'startDate': '2022-05-01T22:21:22', 'creationRamp': 15, 'operationPrototype': {'description': 'Restart device',
            'c8y_Restart': {}}, 'status': 'IN_PROGRESS'}], 'statistics': {'totalPages': 1, 'pageSize': 5, 'currentPage': 1}}

    Attributes:
        bulk_operations (list[BulkOperation] | Unset):
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
    """

    bulk_operations: list[BulkOperation] | Unset = UNSET
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_operations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bulk_operations, Unset):
            bulk_operations = []
            for bulk_operations_item_data in self.bulk_operations:
                bulk_operations_item = bulk_operations_item_data.to_dict()
                bulk_operations.append(bulk_operations_item)

        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulk_operations is not UNSET:
            field_dict["bulkOperations"] = bulk_operations
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
        from ..models.bulk_operation import BulkOperation  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        _bulk_operations = d.pop("bulkOperations", UNSET)
        bulk_operations: list[BulkOperation] | Unset = UNSET
        if _bulk_operations is not UNSET:
            bulk_operations = []
            for bulk_operations_item_data in _bulk_operations:
                bulk_operations_item = BulkOperation.from_dict(bulk_operations_item_data)

                bulk_operations.append(bulk_operations_item)

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
            bulk_operations=bulk_operations,
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
