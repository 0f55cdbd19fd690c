from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_representation_method import RequestRepresentationMethod
from ..models.request_representation_operation import RequestRepresentationOperation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_representation_headers import RequestRepresentationHeaders
    from ..models.request_representation_request_params import RequestRepresentationRequestParams


T = TypeVar("T", bound="AuthConfigLogoutRequest")


@_attrs_define
class AuthConfigLogoutRequest:
    """
    Attributes:
        body (str | Unset):
        headers (RequestRepresentationHeaders | Unset):
        method (RequestRepresentationMethod | Unset):
        operation (RequestRepresentationOperation | Unset):
        request_params (RequestRepresentationRequestParams | Unset):
        url (str | Unset):
    """

    body: str | Unset = UNSET
    headers: RequestRepresentationHeaders | Unset = UNSET
    method: RequestRepresentationMethod | Unset = UNSET
    operation: RequestRepresentationOperation | Unset = UNSET
    request_params: RequestRepresentationRequestParams | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        request_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_params, Unset):
            request_params = self.request_params.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if headers is not UNSET:
            field_dict["headers"] = headers
        if method is not UNSET:
            field_dict["method"] = method
        if operation is not UNSET:
            field_dict["operation"] = operation
        if request_params is not UNSET:
            field_dict["requestParams"] = request_params
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_representation_headers import RequestRepresentationHeaders  # noqa: PLC0415
        from ..models.request_representation_request_params import RequestRepresentationRequestParams  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: RequestRepresentationHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = RequestRepresentationHeaders.from_dict(_headers)

        _method = d.pop("method", UNSET)
        method: RequestRepresentationMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = RequestRepresentationMethod(_method)

        _operation = d.pop("operation", UNSET)
        operation: RequestRepresentationOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = RequestRepresentationOperation(_operation)

        _request_params = d.pop("requestParams", UNSET)
        request_params: RequestRepresentationRequestParams | Unset
        if isinstance(_request_params, Unset):
            request_params = UNSET
        else:
            request_params = RequestRepresentationRequestParams.from_dict(_request_params)

        url = d.pop("url", UNSET)

        instance__ = cls(
            body=body,
            headers=headers,
            method=method,
            operation=operation,
            request_params=request_params,
            url=url,
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
