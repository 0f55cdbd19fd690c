from enum import StrEnum


class GetMeasurementSeriesResourceAggregationFunction(StrEnum):
    AVG = "avg"
    COUNT = "count"
    MAX = "max"
    MIN = "min"
    STDDEVPOP = "stdDevPop"
    STDDEVSAMP = "stdDevSamp"
    SUM = "sum"

    def __str__(self) -> str:
        return str(self.value)
