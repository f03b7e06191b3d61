from typing import Literal

DualRecordType = Literal["DUAL_BASE", "DUAL_CURRENCY"]

DUAL_RECORD_TYPE_VALUES: set[DualRecordType] = {
    "DUAL_BASE",
    "DUAL_CURRENCY",
}


def check_dual_record_type(value: str) -> DualRecordType:
    if value in DUAL_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DUAL_RECORD_TYPE_VALUES!r}"
    )
