from enum import StrEnum


class JSONPredicateRepresentationOperator(StrEnum):
    AND = "AND"
    EQ = "EQ"
    GT = "GT"
    GTE = "GTE"
    IN = "IN"
    LT = "LT"
    LTE = "LTE"
    NEQ = "NEQ"
    OR = "OR"

    def __str__(self) -> str:
        return str(self.value)
