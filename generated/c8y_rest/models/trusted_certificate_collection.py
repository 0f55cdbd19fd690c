from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_statistics import PageStatistics
    from ..models.trusted_certificate import TrustedCertificate


T = TypeVar("T", bound="TrustedCertificateCollection")


@_attrs_define
class TrustedCertificateCollection:
    """
    Example:
        {'certificates': [{'algorithmName': 'SHA256withRSA', 'version': 3, 'autoRegistrationEnabled': True, 'issuer':
            'CN=CertificateName, OU=Dusseldorf, O=Cumulocity, C=DE', 'name': 'My Certificate', 'fingerprint':
            'df9c19e0433c6861fak899078b76fe56a3e7dd14', 'notAfter': '2041-08-29T07:42:00.000Z', 'notBefore':
            '2021-09-03T07:42:00.000Z', 'serialNumber': '304307049989715896618044547121406628655049752690', 'subject':
            'CN=CertificateName, OU=Dusseldorf, O=Cumulocity, C=DE', 'self':
            'https://<TENANT_DOMAIN>/tenant/tenants/t07007007/trusted-
            certificates/df9c19e0433c6861fak899078b76fe56a3e7dd14', 'status': 'ENABLED', 'certInPemFormat':
            'MIIFezCCA2OgAwIBAgIUNU2ZnXIdu9aq+O7x2emLTgXgQEowDQYJKoZIhvcNAQEL\\nBQAwRTEL
            MAkGA1UEBhMCUEwxDzANBgNVBAoMBmluZXR1bTEPMA0GA1UECwwGbHVi\\nbGluMRQwEgYDVQQDD
            AtiYXNpY0NvbW1vbjAeFw0yMTA5MDMwNzQyMDBaFw00MTA4\\nMjkwNzQyMDBaMEUxCzAJBgNVBA
            YTAlBMMQ8wDQYDVQQKDAZpbmV0dW0xDzANBgNV\\nBAsMBmx1YmxpbjEUMBIGA1UEAwwLYmFzaWN
            Db21tb24wggIiMA0GCSqGSIb3DQEB\\nAQUAA4ICDwAwggIKAoICAQDEc1NevRvKaIDs5CsGbIc/
            ETm3gHmG3OP9Z8ULQv1y\\nW1VzdjSKfgoVWVEsbhuhaRaWyIuaFh6dsWpWEcXpHkq+DiRuQGifB
            mUNFURZQ8Aw\\nUOrQ4F10UuzulEYauYh218rGSynLnIXCO3UHXGjWX+iiXPjbesFcnLPaarmLmQ
            U9\\nAAh9MpBb3ztMzh5wRGcyVpuDxZ7e0HDBlI7hNMEqCFO/brJsILtv5q0j4JoShyWX\\nNVV8
            tX8P+biMlyMcVoZJazBfYuYErxmxdXtORxOkfge815ltGoMI9V4YSSex3/Fv\\n/PBavpF4iueqc
            rWQF3dhctAViPEzpMoefTu+cFtB/40wx/NHiBF5x5rjcT2s/+6W\\nb9OGLxLLf84XpYlHWtucfF
            LzznPMiXNegfkJpU0dMuMh1GT5WNTfmcPV3LiasbI0\\nGNq6mWKLgcRHX95pw16vw0CqzPnFTAS
            ztnI12mIYm6D0oQ+tHjLoPrW3fiZEeF67\\nfVA8LNWJwCkzHlnnNl5HP15K+GoscyzyMKj7ViAq
            N+XZaCRpRqYNZGkGXB9mSVQn\\n0oK6eRX8oQ4NQQW49VNoho9I8DhcCdMglMj9bhciIy2LrSwB8
            Sx9nB1C9wiHDbCA\\nfTy1nxEJS9gUGg7LNmRxlpQFBuQ0ndq87UEUdjchvbmJD7T5ZYM0LgDopJ
            ypBsqF\\ngQIDAQABo2MwYTAdBgNVHQ4EFgQUUS08257ro38KOB1a8pqYL3P2NvAwHwYDVR0j\\n
            BBgwFoAUUS08257ro38KOB1a8pqYL3P2NvAwEgYDVR0TAQH/BAgwBgEB/wIBCjAL\\nBgNVHQ8EB
            AMCAYYwDQYJKoZIhvcNAQELBQADggIBAGtYjON+CFzVGRkajHK1RKZS\\nJ4kAfQlrXq1vG2b4jW
            YSLgrNw4o93xx0yLK0HVHO12juFhUrmlfhCB/iGI9iL2IO\\nh7v+PQ4L5wQJWfxZNWDZpqbF3S7
            UyDGAFx1J3MwjIhkoPpaIB0km+sQCJxn5Vt36\\nOPCKmORm4tplBHNauP9PpS418HAC9uyrew/h
            /0BLLaPF9BwFWk4HmSwfSFTHOvyh\\nhC1G4cEzHuiadLGCPXwerCe5As9F4InvIYmQ4UxAOtnlQ
            cnQYOowFSrMobkArGR9\\nHcG1b0vWQJdzVrDU7zcRzD90ehwsXJIczOQoa/Hmb3Njlop8LyTFPj
            eXeoJf6PJE\\nMHy08IOLvaX4UsRiKLKJ28JEhVVemBrPspHeADqmlbeBotQ6OToWFeki9qQSz5L
            w\\nlks/4qfRn6Xl3rmRSH8FdbK3VdIYInT7PTz5W2EBE8Ql5vneSPb9aank+9H67mB5\\nGQ8uY
            pxcs6Qjyy62pkfejlHHHh5oqEq0b6w7YyUuMAEW0JB0WevoCS8iVl8hKbyK\\n94u/PqW6lH+agw
            4kaMzaeMwBmppAy4JsiEKKavvP3jO6NDMc1bHt5q2+XTRPdlQY\\nDVZJfXybnOvsTQv41A4zyHS
            aNZsH1AyhJPfFKAMPXhajm7dBCi87bamMj4NyZt8f\\nPPBUaE6x9fMfuGJbcsAR\\n'}], 'next':
            'https://<TENANT_DOMAIN>/tenant/tenants/t07007007/trusted-certificates?pageSize=1&currentPage=3', 'prev':
            'https://<TENANT_DOMAIN>/tenant/tenants/t07007007/trusted-certificates?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/tenant/tenants/t07007007/trusted-certificates?pageSize=1&currentPage=2', 'statistics':
            {'currentPage': 2, 'pageSize': 1}}

    Attributes:
        certificates (list[TrustedCertificate] | Unset):
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
    """

    certificates: list[TrustedCertificate] | Unset = UNSET
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certificates, Unset):
            certificates = []
            for certificates_item_data in self.certificates:
                certificates_item = certificates_item_data.to_dict()
                certificates.append(certificates_item)

        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
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
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415
        from ..models.trusted_certificate import TrustedCertificate  # noqa: PLC0415

        d = dict(src_dict)
        _certificates = d.pop("certificates", UNSET)
        certificates: list[TrustedCertificate] | Unset = UNSET
        if _certificates is not UNSET:
            certificates = []
            for certificates_item_data in _certificates:
                certificates_item = TrustedCertificate.from_dict(certificates_item_data)

                certificates.append(certificates_item)

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
            certificates=certificates,
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
