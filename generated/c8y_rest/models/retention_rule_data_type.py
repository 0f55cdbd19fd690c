from enum import StrEnum


class RetentionRuleDataType(StrEnum):
    ALARM = "ALARM"
    AUDIT = "AUDIT"
    BULK_OPERATION = "BULK_OPERATION"
    EVENT = "EVENT"
    MEASUREMENT = "MEASUREMENT"
    OPERATION = "OPERATION"
    VALUE_6 = "*"

    def __str__(self) -> str:
        return str(self.value)
