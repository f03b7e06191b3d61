from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bot_futures_grid_adjust_params_body_condition_direction import (
    BotFuturesGridAdjustParamsBodyConditionDirection,
    check_bot_futures_grid_adjust_params_body_condition_direction,
)
from ..models.bot_futures_grid_adjust_params_body_investment_from import (
    BotFuturesGridAdjustParamsBodyInvestmentFrom,
    check_bot_futures_grid_adjust_params_body_investment_from,
)
from ..models.bot_futures_grid_adjust_params_body_type import (
    BotFuturesGridAdjustParamsBodyType,
    check_bot_futures_grid_adjust_params_body_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotFuturesGridAdjustParamsBody")


@_attrs_define
class BotFuturesGridAdjustParamsBody:
    """
    Attributes:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string of ASCII letters,
            digits and hyphens, at most 64 characters (a smart copy bot's is a 36-character UUID). Example: 1234567890.
        type_ (BotFuturesGridAdjustParamsBodyType): The change: `invest_in` (add investment), `adjust_params` (move the
            range), `invest_in_trigger` (add investment at a trigger price).
        extra_margin (bool): Whether to set part of the new investment aside as extra margin.
        open_price (float): An exact positive amount that Pionex takes as a JSON number rather than a string. The client
            writes the Decimal's own digits into the JSON (never through a binary float), at most 15 after the point.
            Example: 100.5.
        quote_investment (float | Unset): An exact positive amount that Pionex takes as a JSON number rather than a
            string. The client writes the Decimal's own digits into the JSON (never through a binary float), at most 15
            after the point. Example: 100.5.
        bottom (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and
            more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
            after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
            states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
            may have, whatever the pair. Example: 0.001.
        top (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
        row (int | Unset): New number of grid levels, 2 to 500 (`adjust_params`).
        extra_margin_amount (float | Unset): An exact positive amount that Pionex takes as a JSON number rather than a
            string. The client writes the Decimal's own digits into the JSON (never through a binary float), at most 15
            after the point. Example: 100.5.
        is_recommend (bool | Unset): Whether the new range is the one the exchange recommended (`adjust_params`).
        is_reinvest (bool | Unset): Reinvest the bot's total profit when moving the range (`adjust_params`; Pionex
            assumes false).
        invest_coin (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC).
            Example: USDT.
        investment_from (BotFuturesGridAdjustParamsBodyInvestmentFrom | Unset): Where the money comes from: `USER` (the
            account; the default) or `LOCK_ACTIVITY` (a locked promotion).
        condition (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and
            more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
            after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
            states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
            may have, whatever the pair. Example: 0.001.
        condition_direction (BotFuturesGridAdjustParamsBodyConditionDirection | Unset): Which way the price must reach
            `condition`: `-1` falling to it, `1` rising to it (`invest_in_trigger`).
        slippage (str | Unset): A price tolerance as a fraction of the price, sent as a decimal string: 0.01 is 1%.
            Greater than 0 and at most 1. Example: 0.01.
        adjust_params_sence (str | Unset): `reinvest`: keep the settings and add the current profit to the investment
            (`adjust_params`). Spelled as Pionex spells it.
    """

    bu_order_id: str
    type_: BotFuturesGridAdjustParamsBodyType
    extra_margin: bool
    open_price: float
    quote_investment: float | Unset = UNSET
    bottom: str | Unset = UNSET
    top: str | Unset = UNSET
    row: int | Unset = UNSET
    extra_margin_amount: float | Unset = UNSET
    is_recommend: bool | Unset = UNSET
    is_reinvest: bool | Unset = UNSET
    invest_coin: str | Unset = UNSET
    investment_from: BotFuturesGridAdjustParamsBodyInvestmentFrom | Unset = UNSET
    condition: str | Unset = UNSET
    condition_direction: BotFuturesGridAdjustParamsBodyConditionDirection | Unset = (
        UNSET
    )
    slippage: str | Unset = UNSET
    adjust_params_sence: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        type_: str = self.type_

        extra_margin = self.extra_margin

        open_price = self.open_price

        quote_investment = self.quote_investment

        bottom = self.bottom

        top = self.top

        row = self.row

        extra_margin_amount = self.extra_margin_amount

        is_recommend = self.is_recommend

        is_reinvest = self.is_reinvest

        invest_coin = self.invest_coin

        investment_from: str | Unset = UNSET
        if not isinstance(self.investment_from, Unset):
            investment_from = self.investment_from

        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        slippage = self.slippage

        adjust_params_sence = self.adjust_params_sence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buOrderId": bu_order_id,
                "type": type_,
                "extraMargin": extra_margin,
                "openPrice": open_price,
            }
        )
        if quote_investment is not UNSET:
            field_dict["quoteInvestment"] = quote_investment
        if bottom is not UNSET:
            field_dict["bottom"] = bottom
        if top is not UNSET:
            field_dict["top"] = top
        if row is not UNSET:
            field_dict["row"] = row
        if extra_margin_amount is not UNSET:
            field_dict["extraMarginAmount"] = extra_margin_amount
        if is_recommend is not UNSET:
            field_dict["isRecommend"] = is_recommend
        if is_reinvest is not UNSET:
            field_dict["isReinvest"] = is_reinvest
        if invest_coin is not UNSET:
            field_dict["investCoin"] = invest_coin
        if investment_from is not UNSET:
            field_dict["investmentFrom"] = investment_from
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["conditionDirection"] = condition_direction
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if adjust_params_sence is not UNSET:
            field_dict["adjustParamsSence"] = adjust_params_sence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bu_order_id = d.pop("buOrderId")

        type_ = check_bot_futures_grid_adjust_params_body_type(d.pop("type"))

        extra_margin = d.pop("extraMargin")

        open_price = d.pop("openPrice")

        quote_investment = d.pop("quoteInvestment", UNSET)

        bottom = d.pop("bottom", UNSET)

        top = d.pop("top", UNSET)

        row = d.pop("row", UNSET)

        extra_margin_amount = d.pop("extraMarginAmount", UNSET)

        is_recommend = d.pop("isRecommend", UNSET)

        is_reinvest = d.pop("isReinvest", UNSET)

        invest_coin = d.pop("investCoin", UNSET)

        _investment_from = d.pop("investmentFrom", UNSET)
        investment_from: BotFuturesGridAdjustParamsBodyInvestmentFrom | Unset
        if isinstance(_investment_from, Unset):
            investment_from = UNSET
        else:
            investment_from = check_bot_futures_grid_adjust_params_body_investment_from(
                _investment_from
            )

        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("conditionDirection", UNSET)
        condition_direction: BotFuturesGridAdjustParamsBodyConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = (
                check_bot_futures_grid_adjust_params_body_condition_direction(
                    _condition_direction
                )
            )

        slippage = d.pop("slippage", UNSET)

        adjust_params_sence = d.pop("adjustParamsSence", UNSET)

        bot_futures_grid_adjust_params_body = cls(
            bu_order_id=bu_order_id,
            type_=type_,
            extra_margin=extra_margin,
            open_price=open_price,
            quote_investment=quote_investment,
            bottom=bottom,
            top=top,
            row=row,
            extra_margin_amount=extra_margin_amount,
            is_recommend=is_recommend,
            is_reinvest=is_reinvest,
            invest_coin=invest_coin,
            investment_from=investment_from,
            condition=condition,
            condition_direction=condition_direction,
            slippage=slippage,
            adjust_params_sence=adjust_params_sence,
        )

        bot_futures_grid_adjust_params_body.additional_properties = d
        return bot_futures_grid_adjust_params_body

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
