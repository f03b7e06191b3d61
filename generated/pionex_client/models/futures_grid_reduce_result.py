from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_grid_reduce_result_reason import (
    FuturesGridReduceResultReason,
    check_futures_grid_reduce_result_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesGridReduceResult")


@_attrs_define
class FuturesGridReduceResult:
    """Whether a futures grid's position could be reduced.

    Attributes:
        check_result (bool | Unset): True when the reduction was accepted.
        reason (FuturesGridReduceResultReason | Unset): Why it was not: `LOSS_GTE_INVESTMENT` (equity less the extra
            margin is no longer positive), `POSITION_TOO_SMALL`, `REDUCE_TOO_MUCH`, `REDUCE_TOO_SMALL`,
            `SYMBOL_MAINTENANCE`.
    """

    check_result: bool | Unset = UNSET
    reason: FuturesGridReduceResultReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_result = self.check_result

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_result is not UNSET:
            field_dict["checkResult"] = check_result
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        check_result = d.pop("checkResult", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: FuturesGridReduceResultReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = check_futures_grid_reduce_result_reason(_reason)

        futures_grid_reduce_result = cls(
            check_result=check_result,
            reason=reason,
        )

        futures_grid_reduce_result.additional_properties = d
        return futures_grid_reduce_result

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
