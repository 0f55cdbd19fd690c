from enum import StrEnum


class GetApplicationVersionResourceAccept(StrEnum):
    APPLICATIONVND_COM_NSN_CUMULOCITY_APPLICATIONVERSIONJSON = (
        "application/vnd.com.nsn.cumulocity.applicationVersion+json"
    )

    def __str__(self) -> str:
        return str(self.value)
