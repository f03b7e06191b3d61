from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartCopyPortfolioItem")


@_attrs_define
class SmartCopyPortfolioItem:
    """One coin a smart copy bot trades, with what it did.

    Attributes:
        trade_base (str | Unset): Base coin actually traded.
        bu_order_id (str | Unset): Bot the entry belongs to.
        base (str | Unset): Base coin of the entry.
        signal_type (str | Unset): Signal the entry follows.
        signal_param (str | Unset): Parameters of that signal.
        percent (str | Unset): Share of the investment given to the entry (1 is all of it).
        init_price (str | Unset): Price when the position opened.
        closed_price (str | Unset): Price when the position closed.
        current_base_amount (str | Unset): Base coin held now.
        closed_base_amount (str | Unset): Base coin returned on close.
        closed_quote_amount (str | Unset): Quote coin returned on close.
        total_fee_in_base (str | Unset): Fees paid in the base coin.
        total_fee_in_quote (str | Unset): Fees paid in the quote coin.
        profit (str | Unset): Profit of the entry.
        round_count (int | Unset): Signal rounds completed.
        current_round (int | Unset): Number of the round under way.
        current_round_month (str | Unset): Month label of the round under way.
        status (str | Unset): State of the entry, as the exchange names it.
        expired_at (int | Unset): When the entry expires, in milliseconds since the epoch (0: never).
        shared_amount (str | Unset): Profit paid to the signal provider from the entry.
        leverage (int | Unset): Leverage the entry trades with.
        funding_fee (str | Unset): Funding fees of the entry.
        qty_long (str | Unset): Size of the long position.
        qty_short (str | Unset): Size of the short position.
        amount_long (str | Unset): Value of the long position in the quote coin.
        amount_short (str | Unset): Value of the short position in the quote coin.
        amount_settle (str | Unset): Amount settled.
        maint_price (str | Unset): Price at which the maintenance margin is reached.
        profit_round_count (int | Unset): Rounds that ended in profit.
        profit_positive (str | Unset): Profit of the profitable rounds, in total.
    """

    trade_base: str | Unset = UNSET
    bu_order_id: str | Unset = UNSET
    base: str | Unset = UNSET
    signal_type: str | Unset = UNSET
    signal_param: str | Unset = UNSET
    percent: str | Unset = UNSET
    init_price: str | Unset = UNSET
    closed_price: str | Unset = UNSET
    current_base_amount: str | Unset = UNSET
    closed_base_amount: str | Unset = UNSET
    closed_quote_amount: str | Unset = UNSET
    total_fee_in_base: str | Unset = UNSET
    total_fee_in_quote: str | Unset = UNSET
    profit: str | Unset = UNSET
    round_count: int | Unset = UNSET
    current_round: int | Unset = UNSET
    current_round_month: str | Unset = UNSET
    status: str | Unset = UNSET
    expired_at: int | Unset = UNSET
    shared_amount: str | Unset = UNSET
    leverage: int | Unset = UNSET
    funding_fee: str | Unset = UNSET
    qty_long: str | Unset = UNSET
    qty_short: str | Unset = UNSET
    amount_long: str | Unset = UNSET
    amount_short: str | Unset = UNSET
    amount_settle: str | Unset = UNSET
    maint_price: str | Unset = UNSET
    profit_round_count: int | Unset = UNSET
    profit_positive: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_base = self.trade_base

        bu_order_id = self.bu_order_id

        base = self.base

        signal_type = self.signal_type

        signal_param = self.signal_param

        percent = self.percent

        init_price = self.init_price

        closed_price = self.closed_price

        current_base_amount = self.current_base_amount

        closed_base_amount = self.closed_base_amount

        closed_quote_amount = self.closed_quote_amount

        total_fee_in_base = self.total_fee_in_base

        total_fee_in_quote = self.total_fee_in_quote

        profit = self.profit

        round_count = self.round_count

        current_round = self.current_round

        current_round_month = self.current_round_month

        status = self.status

        expired_at = self.expired_at

        shared_amount = self.shared_amount

        leverage = self.leverage

        funding_fee = self.funding_fee

        qty_long = self.qty_long

        qty_short = self.qty_short

        amount_long = self.amount_long

        amount_short = self.amount_short

        amount_settle = self.amount_settle

        maint_price = self.maint_price

        profit_round_count = self.profit_round_count

        profit_positive = self.profit_positive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_base is not UNSET:
            field_dict["tradeBase"] = trade_base
        if bu_order_id is not UNSET:
            field_dict["buOrderId"] = bu_order_id
        if base is not UNSET:
            field_dict["base"] = base
        if signal_type is not UNSET:
            field_dict["signalType"] = signal_type
        if signal_param is not UNSET:
            field_dict["signalParam"] = signal_param
        if percent is not UNSET:
            field_dict["percent"] = percent
        if init_price is not UNSET:
            field_dict["initPrice"] = init_price
        if closed_price is not UNSET:
            field_dict["closedPrice"] = closed_price
        if current_base_amount is not UNSET:
            field_dict["currentBaseAmount"] = current_base_amount
        if closed_base_amount is not UNSET:
            field_dict["closedBaseAmount"] = closed_base_amount
        if closed_quote_amount is not UNSET:
            field_dict["closedQuoteAmount"] = closed_quote_amount
        if total_fee_in_base is not UNSET:
            field_dict["totalFeeInBase"] = total_fee_in_base
        if total_fee_in_quote is not UNSET:
            field_dict["totalFeeInQuote"] = total_fee_in_quote
        if profit is not UNSET:
            field_dict["profit"] = profit
        if round_count is not UNSET:
            field_dict["roundCount"] = round_count
        if current_round is not UNSET:
            field_dict["currentRound"] = current_round
        if current_round_month is not UNSET:
            field_dict["currentRoundMonth"] = current_round_month
        if status is not UNSET:
            field_dict["status"] = status
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at
        if shared_amount is not UNSET:
            field_dict["sharedAmount"] = shared_amount
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if funding_fee is not UNSET:
            field_dict["fundingFee"] = funding_fee
        if qty_long is not UNSET:
            field_dict["qtyLong"] = qty_long
        if qty_short is not UNSET:
            field_dict["qtyShort"] = qty_short
        if amount_long is not UNSET:
            field_dict["amountLong"] = amount_long
        if amount_short is not UNSET:
            field_dict["amountShort"] = amount_short
        if amount_settle is not UNSET:
            field_dict["amountSettle"] = amount_settle
        if maint_price is not UNSET:
            field_dict["maintPrice"] = maint_price
        if profit_round_count is not UNSET:
            field_dict["profitRoundCount"] = profit_round_count
        if profit_positive is not UNSET:
            field_dict["profitPositive"] = profit_positive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        trade_base = d.pop("tradeBase", UNSET)

        bu_order_id = d.pop("buOrderId", UNSET)

        base = d.pop("base", UNSET)

        signal_type = d.pop("signalType", UNSET)

        signal_param = d.pop("signalParam", UNSET)

        percent = d.pop("percent", UNSET)

        init_price = d.pop("initPrice", UNSET)

        closed_price = d.pop("closedPrice", UNSET)

        current_base_amount = d.pop("currentBaseAmount", UNSET)

        closed_base_amount = d.pop("closedBaseAmount", UNSET)

        closed_quote_amount = d.pop("closedQuoteAmount", UNSET)

        total_fee_in_base = d.pop("totalFeeInBase", UNSET)

        total_fee_in_quote = d.pop("totalFeeInQuote", UNSET)

        profit = d.pop("profit", UNSET)

        round_count = d.pop("roundCount", UNSET)

        current_round = d.pop("currentRound", UNSET)

        current_round_month = d.pop("currentRoundMonth", UNSET)

        status = d.pop("status", UNSET)

        expired_at = d.pop("expiredAt", UNSET)

        shared_amount = d.pop("sharedAmount", UNSET)

        leverage = d.pop("leverage", UNSET)

        funding_fee = d.pop("fundingFee", UNSET)

        qty_long = d.pop("qtyLong", UNSET)

        qty_short = d.pop("qtyShort", UNSET)

        amount_long = d.pop("amountLong", UNSET)

        amount_short = d.pop("amountShort", UNSET)

        amount_settle = d.pop("amountSettle", UNSET)

        maint_price = d.pop("maintPrice", UNSET)

        profit_round_count = d.pop("profitRoundCount", UNSET)

        profit_positive = d.pop("profitPositive", UNSET)

        smart_copy_portfolio_item = cls(
            trade_base=trade_base,
            bu_order_id=bu_order_id,
            base=base,
            signal_type=signal_type,
            signal_param=signal_param,
            percent=percent,
            init_price=init_price,
            closed_price=closed_price,
            current_base_amount=current_base_amount,
            closed_base_amount=closed_base_amount,
            closed_quote_amount=closed_quote_amount,
            total_fee_in_base=total_fee_in_base,
            total_fee_in_quote=total_fee_in_quote,
            profit=profit,
            round_count=round_count,
            current_round=current_round,
            current_round_month=current_round_month,
            status=status,
            expired_at=expired_at,
            shared_amount=shared_amount,
            leverage=leverage,
            funding_fee=funding_fee,
            qty_long=qty_long,
            qty_short=qty_short,
            amount_long=amount_long,
            amount_short=amount_short,
            amount_settle=amount_settle,
            maint_price=maint_price,
            profit_round_count=profit_round_count,
            profit_positive=profit_positive,
        )

        smart_copy_portfolio_item.additional_properties = d
        return smart_copy_portfolio_item

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
