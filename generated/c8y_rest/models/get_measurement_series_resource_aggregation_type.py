from enum import StrEnum


class GetMeasurementSeriesResourceAggregationType(StrEnum):
    DAILY = "DAILY"
    HOURLY = "HOURLY"
    MINUTELY = "MINUTELY"

    def __str__(self) -> str:
        return str(self.value)
