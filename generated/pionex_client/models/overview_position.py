from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.overview_position_isolated_mode import (
    OverviewPositionIsolatedMode,
    check_overview_position_isolated_mode,
)
from ..models.overview_position_position_side import (
    OverviewPositionPositionSide,
    check_overview_position_position_side,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OverviewPosition")


@_attrs_define
class OverviewPosition:
    """An open position in the overview: the fields of futures positions, none required (Pionex leaves the overview's lines
    open).

        Attributes:
            position_id (str | Unset): Identifier of the position.
            symbol (str | Unset): Perpetual pair name.
            isolated_mode (OverviewPositionIsolatedMode | Unset): CROSS, or which isolated margin the position uses.
            risk_state (str | Unset): Risk state of an isolated position, as the exchange names it.
            position_side (OverviewPositionPositionSide | Unset): Direction of the position.
            net_size (str | Unset): Net size: sizeLong + sizeShort (negative when short).
            avg_price (str | Unset): Average entry price.
            unrealized_pn_l (str | Unset): Unrealized profit or loss at the mark price: (markPrice - avgPrice) * netSize.
            size_long (str | Unset): Total size bought into the position (zero or positive).
            size_short (str | Unset): Total size sold into the position (zero or negative).
            amount_long (str | Unset): Total paid for the long size (zero or negative).
            amount_short (str | Unset): Total received for the short size (zero or positive).
            amount_settled (str | Unset): Total already settled.
            mark_price (str | Unset): Current mark price.
            initial_margin (str | Unset): Initial margin the position needs.
            maint_margin (str | Unset): Maintenance margin the position needs.
            liquidation_price (str | Unset): Estimated price at which the position would be liquidated.
            leverage (str | Unset): Leverage of the position.
            size_liquidated (str | Unset): Total size liquidated (negative for a long position, positive for a short one).
            amount_liquidated (str | Unset): Total value liquidated (positive for a long position, negative for a short
                one).
            create_time (int | Unset): Opening time, in milliseconds since the epoch.
            update_time (int | Unset): Last change, in milliseconds since the epoch.
    """

    position_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    isolated_mode: OverviewPositionIsolatedMode | Unset = UNSET
    risk_state: str | Unset = UNSET
    position_side: OverviewPositionPositionSide | Unset = UNSET
    net_size: str | Unset = UNSET
    avg_price: str | Unset = UNSET
    unrealized_pn_l: str | Unset = UNSET
    size_long: str | Unset = UNSET
    size_short: str | Unset = UNSET
    amount_long: str | Unset = UNSET
    amount_short: str | Unset = UNSET
    amount_settled: str | Unset = UNSET
    mark_price: str | Unset = UNSET
    initial_margin: str | Unset = UNSET
    maint_margin: str | Unset = UNSET
    liquidation_price: str | Unset = UNSET
    leverage: str | Unset = UNSET
    size_liquidated: str | Unset = UNSET
    amount_liquidated: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        symbol = self.symbol

        isolated_mode: str | Unset = UNSET
        if not isinstance(self.isolated_mode, Unset):
            isolated_mode = self.isolated_mode

        risk_state = self.risk_state

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side

        net_size = self.net_size

        avg_price = self.avg_price

        unrealized_pn_l = self.unrealized_pn_l

        size_long = self.size_long

        size_short = self.size_short

        amount_long = self.amount_long

        amount_short = self.amount_short

        amount_settled = self.amount_settled

        mark_price = self.mark_price

        initial_margin = self.initial_margin

        maint_margin = self.maint_margin

        liquidation_price = self.liquidation_price

        leverage = self.leverage

        size_liquidated = self.size_liquidated

        amount_liquidated = self.amount_liquidated

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position_id is not UNSET:
            field_dict["positionId"] = position_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if isolated_mode is not UNSET:
            field_dict["isolatedMode"] = isolated_mode
        if risk_state is not UNSET:
            field_dict["riskState"] = risk_state
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
        if net_size is not UNSET:
            field_dict["netSize"] = net_size
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if unrealized_pn_l is not UNSET:
            field_dict["unrealizedPnL"] = unrealized_pn_l
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
        if mark_price is not UNSET:
            field_dict["markPrice"] = mark_price
        if initial_margin is not UNSET:
            field_dict["initialMargin"] = initial_margin
        if maint_margin is not UNSET:
            field_dict["maintMargin"] = maint_margin
        if liquidation_price is not UNSET:
            field_dict["liquidationPrice"] = liquidation_price
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if size_liquidated is not UNSET:
            field_dict["sizeLiquidated"] = size_liquidated
        if amount_liquidated is not UNSET:
            field_dict["amountLiquidated"] = amount_liquidated
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        position_id = d.pop("positionId", UNSET)

        symbol = d.pop("symbol", UNSET)

        _isolated_mode = d.pop("isolatedMode", UNSET)
        isolated_mode: OverviewPositionIsolatedMode | Unset
        if isinstance(_isolated_mode, Unset):
            isolated_mode = UNSET
        else:
            isolated_mode = check_overview_position_isolated_mode(_isolated_mode)

        risk_state = d.pop("riskState", UNSET)

        _position_side = d.pop("positionSide", UNSET)
        position_side: OverviewPositionPositionSide | Unset
        if isinstance(_position_side, Unset):
            position_side = UNSET
        else:
            position_side = check_overview_position_position_side(_position_side)

        net_size = d.pop("netSize", UNSET)

        avg_price = d.pop("avgPrice", UNSET)

        unrealized_pn_l = d.pop("unrealizedPnL", UNSET)

        size_long = d.pop("sizeLong", UNSET)

        size_short = d.pop("sizeShort", UNSET)

        amount_long = d.pop("amountLong", UNSET)

        amount_short = d.pop("amountShort", UNSET)

        amount_settled = d.pop("amountSettled", UNSET)

        mark_price = d.pop("markPrice", UNSET)

        initial_margin = d.pop("initialMargin", UNSET)

        maint_margin = d.pop("maintMargin", UNSET)

        liquidation_price = d.pop("liquidationPrice", UNSET)

        leverage = d.pop("leverage", UNSET)

        size_liquidated = d.pop("sizeLiquidated", UNSET)

        amount_liquidated = d.pop("amountLiquidated", UNSET)

        create_time = d.pop("createTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        overview_position = cls(
            position_id=position_id,
            symbol=symbol,
            isolated_mode=isolated_mode,
            risk_state=risk_state,
            position_side=position_side,
            net_size=net_size,
            avg_price=avg_price,
            unrealized_pn_l=unrealized_pn_l,
            size_long=size_long,
            size_short=size_short,
            amount_long=amount_long,
            amount_short=amount_short,
            amount_settled=amount_settled,
            mark_price=mark_price,
            initial_margin=initial_margin,
            maint_margin=maint_margin,
            liquidation_price=liquidation_price,
            leverage=leverage,
            size_liquidated=size_liquidated,
            amount_liquidated=amount_liquidated,
            create_time=create_time,
            update_time=update_time,
        )

        overview_position.additional_properties = d
        return overview_position

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
