from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_position_isolated_mode import (
    HistoryPositionIsolatedMode,
    check_history_position_isolated_mode,
)
from ..models.history_position_position_side import (
    HistoryPositionPositionSide,
    check_history_position_position_side,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryPosition")


@_attrs_define
class HistoryPosition:
    """A position that was closed or taken over.

    Attributes:
        symbol (str): Perpetual pair name.
        position_id (str | Unset): Identifier of the position.
        isolated_mode (HistoryPositionIsolatedMode | Unset): CROSS, or which isolated margin the position uses.
        position_side (HistoryPositionPositionSide | Unset): Direction of the position.
        size_long (str | Unset): Total size bought into the position (zero or positive).
        size_short (str | Unset): Total size sold into the position (zero or negative).
        amount_long (str | Unset): Total paid for the long size (zero or negative).
        amount_short (str | Unset): Total received for the short size (zero or positive).
        amount_settled (str | Unset): Total already settled.
        leverage (str | Unset): Leverage of the position.
        size_liquidated (str | Unset): Total size liquidated (negative for a long position, positive for a short one).
        amount_liquidated (str | Unset): Total value liquidated (positive for a long position, negative for a short
            one).
        size_takeover (str | Unset): Size taken over by the exchange.
        create_time (int | Unset): Opening time, in milliseconds since the epoch.
        update_time (int | Unset): Time it was closed or taken over, in milliseconds since the epoch.
    """

    symbol: str
    position_id: str | Unset = UNSET
    isolated_mode: HistoryPositionIsolatedMode | Unset = UNSET
    position_side: HistoryPositionPositionSide | Unset = UNSET
    size_long: str | Unset = UNSET
    size_short: str | Unset = UNSET
    amount_long: str | Unset = UNSET
    amount_short: str | Unset = UNSET
    amount_settled: str | Unset = UNSET
    leverage: str | Unset = UNSET
    size_liquidated: str | Unset = UNSET
    amount_liquidated: str | Unset = UNSET
    size_takeover: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        position_id = self.position_id

        isolated_mode: str | Unset = UNSET
        if not isinstance(self.isolated_mode, Unset):
            isolated_mode = self.isolated_mode

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side

        size_long = self.size_long

        size_short = self.size_short

        amount_long = self.amount_long

        amount_short = self.amount_short

        amount_settled = self.amount_settled

        leverage = self.leverage

        size_liquidated = self.size_liquidated

        amount_liquidated = self.amount_liquidated

        size_takeover = self.size_takeover

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if position_id is not UNSET:
            field_dict["positionId"] = position_id
        if isolated_mode is not UNSET:
            field_dict["isolatedMode"] = isolated_mode
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
        if size_long is not UNSET:
            field_dict["sizeLong"] = size_long
        if size_short is not UNSET:
            field_dict["sizeShort"] = size_short
        if amount_long is not UNSET:
            field_dict["amountLong"] = amount_long
        if amount_short is not UNSET:
            field_dict["amountShort"] = amount_short
        if amount_settled is not UNSET:
            field_dict["amountSettled"] = amount_settled
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if size_liquidated is not UNSET:
            field_dict["sizeLiquidated"] = size_liquidated
        if amount_liquidated is not UNSET:
            field_dict["amountLiquidated"] = amount_liquidated
        if size_takeover is not UNSET:
            field_dict["sizeTakeover"] = size_takeover
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        position_id = d.pop("positionId", UNSET)

        _isolated_mode = d.pop("isolatedMode", UNSET)
        isolated_mode: HistoryPositionIsolatedMode | Unset
        if isinstance(_isolated_mode, Unset):
            isolated_mode = UNSET
        else:
            isolated_mode = check_history_position_isolated_mode(_isolated_mode)

        _position_side = d.pop("positionSide", UNSET)
        position_side: HistoryPositionPositionSide | Unset
        if isinstance(_position_side, Unset):
            position_side = UNSET
        else:
            position_side = check_history_position_position_side(_position_side)

        size_long = d.pop("sizeLong", UNSET)

        size_short = d.pop("sizeShort", UNSET)

        amount_long = d.pop("amountLong", UNSET)

        amount_short = d.pop("amountShort", UNSET)

        amount_settled = d.pop("amountSettled", UNSET)

        leverage = d.pop("leverage", UNSET)

        size_liquidated = d.pop("sizeLiquidated", UNSET)

        amount_liquidated = d.pop("amountLiquidated", UNSET)

        size_takeover = d.pop("sizeTakeover", UNSET)

        create_time = d.pop("createTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        history_position = cls(
            symbol=symbol,
            position_id=position_id,
            isolated_mode=isolated_mode,
            position_side=position_side,
            size_long=size_long,
            size_short=size_short,
            amount_long=amount_long,
            amount_short=amount_short,
            amount_settled=amount_settled,
            leverage=leverage,
            size_liquidated=size_liquidated,
            amount_liquidated=amount_liquidated,
            size_takeover=size_takeover,
            create_time=create_time,
            update_time=update_time,
        )

        history_position.additional_properties = d
        return history_position

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
