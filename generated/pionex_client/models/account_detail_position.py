from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_detail_position_isolated_mode import (
    AccountDetailPositionIsolatedMode,
    check_account_detail_position_isolated_mode,
)
from ..models.account_detail_position_position_side import (
    AccountDetailPositionPositionSide,
    check_account_detail_position_position_side,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_detail_position_balance import AccountDetailPositionBalance


T = TypeVar("T", bound="AccountDetailPosition")


@_attrs_define
class AccountDetailPosition:
    """A position, as the account detail shows it.

    Attributes:
        symbol (str): Perpetual pair name.
        position_id (str | Unset): Identifier of the position.
        isolated_mode (AccountDetailPositionIsolatedMode | Unset): CROSS, or which isolated margin the position uses.
        position_side (AccountDetailPositionPositionSide | Unset): Direction of the position.
        net_size (str | Unset): Net size: sizeLong + sizeShort + sizeLiquidated.
        avg_price (str | Unset): Average entry price.
        unrealized_pn_l (str | Unset): Unrealized profit or loss at the mark price: (markPrice - avgPrice) * netSize.
        size_long (str | Unset): Total size bought into the position (zero or positive).
        size_short (str | Unset): Total size sold into the position (zero or negative).
        amount_long (str | Unset): Total paid for the long size (zero or negative).
        amount_short (str | Unset): Total received for the short size (zero or positive).
        amount_settled (str | Unset): Total already settled.
        mark_price (str | Unset): Current mark price.
        initial_margin (str | Unset): Initial margin; in hedge mode it covers the long side, the short side and pending
            orders.
        maint_margin (str | Unset): Maintenance margin the position needs.
        liquidation_price (str | Unset): Estimated price at which the position would be liquidated.
        leverage (str | Unset): Leverage of the position.
        size_liquidated (str | Unset): Total size liquidated (negative for a long position, positive for a short one).
        amount_liquidated (str | Unset): Total value liquidated (positive for a long position, negative for a short
            one).
        created_time (int | Unset): Opening time, in milliseconds since the epoch. Pionex names it createdTime here and
            createTime in the positions list; each model keeps the name its reply uses.
        updated_time (int | Unset): Last change, in milliseconds since the epoch (updatedTime here, updateTime in the
            positions list).
        risk_state (str | Unset): Risk state of an isolated position, as the exchange names it.
        balances (list[AccountDetailPositionBalance] | Unset): Holdings of an isolated position's margin.
    """

    symbol: str
    position_id: str | Unset = UNSET
    isolated_mode: AccountDetailPositionIsolatedMode | Unset = UNSET
    position_side: AccountDetailPositionPositionSide | Unset = UNSET
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
    created_time: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    risk_state: str | Unset = UNSET
    balances: list[AccountDetailPositionBalance] | Unset = UNSET
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

        created_time = self.created_time

        updated_time = self.updated_time

        risk_state = self.risk_state

        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for balances_item_data in self.balances:
                balances_item = balances_item_data.to_dict()
                balances.append(balances_item)

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
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if risk_state is not UNSET:
            field_dict["riskState"] = risk_state
        if balances is not UNSET:
            field_dict["balances"] = balances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_detail_position_balance import (
            AccountDetailPositionBalance,
        )

        d = dict(src_dict)
        symbol = d.pop("symbol")

        position_id = d.pop("positionId", UNSET)

        _isolated_mode = d.pop("isolatedMode", UNSET)
        isolated_mode: AccountDetailPositionIsolatedMode | Unset
        if isinstance(_isolated_mode, Unset):
            isolated_mode = UNSET
        else:
            isolated_mode = check_account_detail_position_isolated_mode(_isolated_mode)

        _position_side = d.pop("positionSide", UNSET)
        position_side: AccountDetailPositionPositionSide | Unset
        if isinstance(_position_side, Unset):
            position_side = UNSET
        else:
            position_side = check_account_detail_position_position_side(_position_side)

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

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        risk_state = d.pop("riskState", UNSET)

        _balances = d.pop("balances", UNSET)
        balances: list[AccountDetailPositionBalance] | Unset = UNSET
        if _balances is not UNSET:
            balances = []
            for balances_item_data in _balances:
                balances_item = AccountDetailPositionBalance.from_dict(
                    balances_item_data
                )

                balances.append(balances_item)

        account_detail_position = cls(
            symbol=symbol,
            position_id=position_id,
            isolated_mode=isolated_mode,
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
            created_time=created_time,
            updated_time=updated_time,
            risk_state=risk_state,
            balances=balances,
        )

        account_detail_position.additional_properties = d
        return account_detail_position

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
