from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_copy_order_data_reason_by import (
    SmartCopyOrderDataReasonBy,
    check_smart_copy_order_data_reason_by,
)
from ..models.smart_copy_order_data_trade_type import (
    SmartCopyOrderDataTradeType,
    check_smart_copy_order_data_trade_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_copy_portfolio_item import SmartCopyPortfolioItem


T = TypeVar("T", bound="SmartCopyOrderData")


@_attrs_define
class SmartCopyOrderData:
    """The settings and state of a smart copy bot.

    Attributes:
        bu_order_id (str | Unset): Identifier of the bot.
        kol_signal_id (str | Unset): Identifier of the signal provider's signal the bot follows.
        quote_total_investment (str | Unset): Investment in the quote coin now.
        quote_original_investment (str | Unset): Investment in the quote coin when the bot was created.
        current_quote_amount (str | Unset): Quote coin the bot holds now.
        init_quote_price (str | Unset): Price of the quote coin in USDT when the bot was created.
        closed_quote_amount (str | Unset): Quote coin returned when the bot closed.
        closed_quote_price (str | Unset): Price of the quote coin in USDT when the bot closed.
        convert_into_earn_coin (int | Unset): 1 when the bot's coins were converted into the earn coin on close, else 0.
        reason_by (SmartCopyOrderDataReasonBy | Unset): Why the bot closed, such as `user_cancel` or `create_failed`.
        profit (str | Unset): Profit in the quote coin, in total.
        status (str | Unset): State of the bot's data, as the exchange names it.
        share_ratio (str | Unset): Share of the profit paid to the signal provider.
        shared_profit (str | Unset): Profit paid out under that share.
        closed_shared_quote (str | Unset): Quote coin taken on close for that share.
        trade_type (SmartCopyOrderDataTradeType | Unset): Market the bot trades: `futures` or `spot`.
        funding_fee (str | Unset): Funding fees paid in total.
        round_count_24_h (int | Unset): Signal rounds completed in the last 24 hours.
        kol_name (str | Unset): Name of the signal provider.
        kol_image (str | Unset): Address of the signal provider's picture.
        signal_name (str | Unset): Name of the signal shown to users.
        market (str | Unset): Market type, as the exchange names it.
        portfolio (list[SmartCopyPortfolioItem] | Unset): The coins the bot trades, one entry each.
    """

    bu_order_id: str | Unset = UNSET
    kol_signal_id: str | Unset = UNSET
    quote_total_investment: str | Unset = UNSET
    quote_original_investment: str | Unset = UNSET
    current_quote_amount: str | Unset = UNSET
    init_quote_price: str | Unset = UNSET
    closed_quote_amount: str | Unset = UNSET
    closed_quote_price: str | Unset = UNSET
    convert_into_earn_coin: int | Unset = UNSET
    reason_by: SmartCopyOrderDataReasonBy | Unset = UNSET
    profit: str | Unset = UNSET
    status: str | Unset = UNSET
    share_ratio: str | Unset = UNSET
    shared_profit: str | Unset = UNSET
    closed_shared_quote: str | Unset = UNSET
    trade_type: SmartCopyOrderDataTradeType | Unset = UNSET
    funding_fee: str | Unset = UNSET
    round_count_24_h: int | Unset = UNSET
    kol_name: str | Unset = UNSET
    kol_image: str | Unset = UNSET
    signal_name: str | Unset = UNSET
    market: str | Unset = UNSET
    portfolio: list[SmartCopyPortfolioItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        kol_signal_id = self.kol_signal_id

        quote_total_investment = self.quote_total_investment

        quote_original_investment = self.quote_original_investment

        current_quote_amount = self.current_quote_amount

        init_quote_price = self.init_quote_price

        closed_quote_amount = self.closed_quote_amount

        closed_quote_price = self.closed_quote_price

        convert_into_earn_coin = self.convert_into_earn_coin

        reason_by: str | Unset = UNSET
        if not isinstance(self.reason_by, Unset):
            reason_by = self.reason_by

        profit = self.profit

        status = self.status

        share_ratio = self.share_ratio

        shared_profit = self.shared_profit

        closed_shared_quote = self.closed_shared_quote

        trade_type: str | Unset = UNSET
        if not isinstance(self.trade_type, Unset):
            trade_type = self.trade_type

        funding_fee = self.funding_fee

        round_count_24_h = self.round_count_24_h

        kol_name = self.kol_name

        kol_image = self.kol_image

        signal_name = self.signal_name

        market = self.market

        portfolio: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.portfolio, Unset):
            portfolio = []
            for portfolio_item_data in self.portfolio:
                portfolio_item = portfolio_item_data.to_dict()
                portfolio.append(portfolio_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bu_order_id is not UNSET:
            field_dict["buOrderId"] = bu_order_id
        if kol_signal_id is not UNSET:
            field_dict["kolSignalId"] = kol_signal_id
        if quote_total_investment is not UNSET:
            field_dict["quoteTotalInvestment"] = quote_total_investment
        if quote_original_investment is not UNSET:
            field_dict["quoteOriginalInvestment"] = quote_original_investment
        if current_quote_amount is not UNSET:
            field_dict["currentQuoteAmount"] = current_quote_amount
        if init_quote_price is not UNSET:
            field_dict["initQuotePrice"] = init_quote_price
        if closed_quote_amount is not UNSET:
            field_dict["closedQuoteAmount"] = closed_quote_amount
        if closed_quote_price is not UNSET:
            field_dict["closedQuotePrice"] = closed_quote_price
        if convert_into_earn_coin is not UNSET:
            field_dict["convertIntoEarnCoin"] = convert_into_earn_coin
        if reason_by is not UNSET:
            field_dict["reasonBy"] = reason_by
        if profit is not UNSET:
            field_dict["profit"] = profit
        if status is not UNSET:
            field_dict["status"] = status
        if share_ratio is not UNSET:
            field_dict["shareRatio"] = share_ratio
        if shared_profit is not UNSET:
            field_dict["sharedProfit"] = shared_profit
        if closed_shared_quote is not UNSET:
            field_dict["closedSharedQuote"] = closed_shared_quote
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type
        if funding_fee is not UNSET:
            field_dict["fundingFee"] = funding_fee
        if round_count_24_h is not UNSET:
            field_dict["roundCount24h"] = round_count_24_h
        if kol_name is not UNSET:
            field_dict["kolName"] = kol_name
        if kol_image is not UNSET:
            field_dict["kolImage"] = kol_image
        if signal_name is not UNSET:
            field_dict["signalName"] = signal_name
        if market is not UNSET:
            field_dict["market"] = market
        if portfolio is not UNSET:
            field_dict["portfolio"] = portfolio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.smart_copy_portfolio_item import SmartCopyPortfolioItem

        d = dict(src_dict)
        bu_order_id = d.pop("buOrderId", UNSET)

        kol_signal_id = d.pop("kolSignalId", UNSET)

        quote_total_investment = d.pop("quoteTotalInvestment", UNSET)

        quote_original_investment = d.pop("quoteOriginalInvestment", UNSET)

        current_quote_amount = d.pop("currentQuoteAmount", UNSET)

        init_quote_price = d.pop("initQuotePrice", UNSET)

        closed_quote_amount = d.pop("closedQuoteAmount", UNSET)

        closed_quote_price = d.pop("closedQuotePrice", UNSET)

        convert_into_earn_coin = d.pop("convertIntoEarnCoin", UNSET)

        _reason_by = d.pop("reasonBy", UNSET)
        reason_by: SmartCopyOrderDataReasonBy | Unset
        if isinstance(_reason_by, Unset):
            reason_by = UNSET
        else:
            reason_by = check_smart_copy_order_data_reason_by(_reason_by)

        profit = d.pop("profit", UNSET)

        status = d.pop("status", UNSET)

        share_ratio = d.pop("shareRatio", UNSET)

        shared_profit = d.pop("sharedProfit", UNSET)

        closed_shared_quote = d.pop("closedSharedQuote", UNSET)

        _trade_type = d.pop("tradeType", UNSET)
        trade_type: SmartCopyOrderDataTradeType | Unset
        if isinstance(_trade_type, Unset):
            trade_type = UNSET
        else:
            trade_type = check_smart_copy_order_data_trade_type(_trade_type)

        funding_fee = d.pop("fundingFee", UNSET)

        round_count_24_h = d.pop("roundCount24h", UNSET)

        kol_name = d.pop("kolName", UNSET)

        kol_image = d.pop("kolImage", UNSET)

        signal_name = d.pop("signalName", UNSET)

        market = d.pop("market", UNSET)

        _portfolio = d.pop("portfolio", UNSET)
        portfolio: list[SmartCopyPortfolioItem] | Unset = UNSET
        if _portfolio is not UNSET:
            portfolio = []
            for portfolio_item_data in _portfolio:
                portfolio_item = SmartCopyPortfolioItem.from_dict(portfolio_item_data)

                portfolio.append(portfolio_item)

        smart_copy_order_data = cls(
            bu_order_id=bu_order_id,
            kol_signal_id=kol_signal_id,
            quote_total_investment=quote_total_investment,
            quote_original_investment=quote_original_investment,
            current_quote_amount=current_quote_amount,
            init_quote_price=init_quote_price,
            closed_quote_amount=closed_quote_amount,
            closed_quote_price=closed_quote_price,
            convert_into_earn_coin=convert_into_earn_coin,
            reason_by=reason_by,
            profit=profit,
            status=status,
            share_ratio=share_ratio,
            shared_profit=shared_profit,
            closed_shared_quote=closed_shared_quote,
            trade_type=trade_type,
            funding_fee=funding_fee,
            round_count_24_h=round_count_24_h,
            kol_name=kol_name,
            kol_image=kol_image,
            signal_name=signal_name,
            market=market,
            portfolio=portfolio,
        )

        smart_copy_order_data.additional_properties = d
        return smart_copy_order_data

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
