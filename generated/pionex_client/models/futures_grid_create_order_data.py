from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_grid_create_order_data_cate_type import (
    FuturesGridCreateOrderDataCateType,
    check_futures_grid_create_order_data_cate_type,
)
from ..models.futures_grid_create_order_data_condition_direction import (
    FuturesGridCreateOrderDataConditionDirection,
    check_futures_grid_create_order_data_condition_direction,
)
from ..models.futures_grid_create_order_data_grid_type import (
    FuturesGridCreateOrderDataGridType,
    check_futures_grid_create_order_data_grid_type,
)
from ..models.futures_grid_create_order_data_investment_from import (
    FuturesGridCreateOrderDataInvestmentFrom,
    check_futures_grid_create_order_data_investment_from,
)
from ..models.futures_grid_create_order_data_loss_stop_type import (
    FuturesGridCreateOrderDataLossStopType,
    check_futures_grid_create_order_data_loss_stop_type,
)
from ..models.futures_grid_create_order_data_profit_stop_type import (
    FuturesGridCreateOrderDataProfitStopType,
    check_futures_grid_create_order_data_profit_stop_type,
)
from ..models.futures_grid_create_order_data_trend import (
    FuturesGridCreateOrderDataTrend,
    check_futures_grid_create_order_data_trend,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesGridCreateOrderData")


@_attrs_define
class FuturesGridCreateOrderData:
    """The settings of a new futures grid. A stop value goes with its stop type: `lossStop` with a `lossStopType` of price,
    profit_amount or profit_ratio; with price_limit, `lossStop` is the trigger price and `lossStopLimitPrice` the price
    of the limit order that closes the position, both required (the same for the take-profit); `lossStopHigh` and
    `lossStopLimitHighPrice` only on a neutral grid (`trend` no_trend), `lossStopLimitHighPrice` with `lossStopHigh` and
    required when a price_limit stop-loss has one; `bonusId` only with `investmentFrom` FUTURE_GRID_BONUS, which needs
    it; a trigger price with its direction. The client refuses any other combination before sending.

        Attributes:
            top (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more digits
                (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after it.
                Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states for a
                number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may have,
                whatever the pair. Example: 0.001.
            bottom (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
                digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
                it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
                for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
                have, whatever the pair. Example: 0.001.
            row (int): Number of grid levels, 2 to 500.
            grid_type (FuturesGridCreateOrderDataGridType): How levels are spaced: `arithmetic` (equal steps) or `geometric`
                (equal ratios).
            trend (FuturesGridCreateOrderDataTrend): Direction: `long`, `short`, or `no_trend` (neutral).
            leverage (int): Leverage, a whole number from 1 to 100 (the pair's own limit may be lower).
            quote_investment (str): An exact positive amount in plain decimal notation: digits, then optionally a point and
                more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
                after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            extra_margin (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point
                and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and
                15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            condition (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and
                more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
                after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            condition_direction (FuturesGridCreateOrderDataConditionDirection | Unset): Which way the price must reach the
                trigger: `-1` falling to it, `1` rising to it.
            loss_stop_type (FuturesGridCreateOrderDataLossStopType | Unset): How `lossStop` is read: `price` (a market
                price), `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a fraction of
                the investment); or `price_limit`, a trigger price after which a limit order at `lossStopLimitPrice` closes the
                position. Pionex assumes price.
            loss_stop (str | Unset): An exact amount that may be negative, in plain decimal notation: an optional minus
                sign, digits, then optionally a point and more digits (-0.1, -50, 45000); no plus sign, exponent, spaces or
                separators, at most 30 digits before the point and 15 after it. Used for thresholds that are losses, such as a
                stop-loss ratio of -0.1 (10% down). Example: -0.1.
            loss_stop_delay (int | Unset): Seconds the stop-loss condition must hold before it fires (leave out to fire at
                once).
            profit_stop_type (FuturesGridCreateOrderDataProfitStopType | Unset): How `profitStop` is read: `price` (a market
                price), `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a fraction of
                the investment); or `price_limit`, a trigger price after which a limit order at `profitStopLimitPrice` closes
                the position. Pionex assumes price.
            profit_stop (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point
                and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and
                15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            profit_stop_delay (int | Unset): Seconds the take-profit condition must hold before it fires (leave out to fire
                at once).
            loss_stop_high (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a
                point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the
                point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the
                only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the
                most any amount may have, whatever the pair. Example: 0.001.
            share_ratio (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point
                and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and
                15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            invest_coin (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC).
                Example: USDT.
            investment_from (FuturesGridCreateOrderDataInvestmentFrom | Unset): Where the investment comes from: `USER` (the
                account; the default) or `FUTURE_GRID_BONUS` (a bonus, named by `bonusId`).
            ui_invest_coin (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a share code,
                a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters, digits and _ . : -. Example: sma.
            loss_stop_limit_price (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally
                a point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the
                point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the
                only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the
                most any amount may have, whatever the pair. Example: 0.001.
            loss_stop_limit_high_price (str | Unset): An exact positive amount in plain decimal notation: digits, then
                optionally a point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits
                before the point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own
                precision; the only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one),
                so 15 is the most any amount may have, whatever the pair. Example: 0.001.
            profit_stop_limit_price (str | Unset): An exact positive amount in plain decimal notation: digits, then
                optionally a point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits
                before the point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own
                precision; the only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one),
                so 15 is the most any amount may have, whatever the pair. Example: 0.001.
            slippage (str | Unset): A price tolerance as a fraction of the price, sent as a decimal string: 0.01 is 1%.
                Greater than 0 and at most 1. Example: 0.01.
            bonus_id (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a share code, a
                bonus id, an indicator's name): the client takes 1 to 64 ASCII letters, digits and _ . : -. Example: sma.
            ui_extra_data (str | Unset): Parameters as JSON text, passed on as given: 1 to 5000 characters without control
                characters (5000 is what Pionex allows a signal's parameters). Example: {"length":720}.
            moving_indicator_type (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a share
                code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters, digits and _ . : -. Example:
                sma.
            moving_indicator_interval (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a
                share code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters, digits and _ . : -.
                Example: sma.
            moving_indicator_param (str | Unset): Parameters as JSON text, passed on as given: 1 to 5000 characters without
                control characters (5000 is what Pionex allows a signal's parameters). Example: {"length":720}.
            moving_trailing_up_param (str | Unset): An exact positive amount in plain decimal notation: digits, then
                optionally a point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits
                before the point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own
                precision; the only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one),
                so 15 is the most any amount may have, whatever the pair. Example: 0.001.
            cate_type (FuturesGridCreateOrderDataCateType | Unset): Kind of futures grid: `FULLY_HEDGING`, `LOAN_GRID`,
                `LEVERAGE_GRID`, `FUTURE_GRID_COIN_MARGINED`.
            moving_top (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point
                and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and
                15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            moving_bottom (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point
                and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and
                15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            enable_follow_closed (bool | Unset): Close this bot when the bot it copies closes (that bot must allow it).
    """

    top: str
    bottom: str
    row: int
    grid_type: FuturesGridCreateOrderDataGridType
    trend: FuturesGridCreateOrderDataTrend
    leverage: int
    quote_investment: str
    extra_margin: str | Unset = UNSET
    condition: str | Unset = UNSET
    condition_direction: FuturesGridCreateOrderDataConditionDirection | Unset = UNSET
    loss_stop_type: FuturesGridCreateOrderDataLossStopType | Unset = UNSET
    loss_stop: str | Unset = UNSET
    loss_stop_delay: int | Unset = UNSET
    profit_stop_type: FuturesGridCreateOrderDataProfitStopType | Unset = UNSET
    profit_stop: str | Unset = UNSET
    profit_stop_delay: int | Unset = UNSET
    loss_stop_high: str | Unset = UNSET
    share_ratio: str | Unset = UNSET
    invest_coin: str | Unset = UNSET
    investment_from: FuturesGridCreateOrderDataInvestmentFrom | Unset = UNSET
    ui_invest_coin: str | Unset = UNSET
    loss_stop_limit_price: str | Unset = UNSET
    loss_stop_limit_high_price: str | Unset = UNSET
    profit_stop_limit_price: str | Unset = UNSET
    slippage: str | Unset = UNSET
    bonus_id: str | Unset = UNSET
    ui_extra_data: str | Unset = UNSET
    moving_indicator_type: str | Unset = UNSET
    moving_indicator_interval: str | Unset = UNSET
    moving_indicator_param: str | Unset = UNSET
    moving_trailing_up_param: str | Unset = UNSET
    cate_type: FuturesGridCreateOrderDataCateType | Unset = UNSET
    moving_top: str | Unset = UNSET
    moving_bottom: str | Unset = UNSET
    enable_follow_closed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top = self.top

        bottom = self.bottom

        row = self.row

        grid_type: str = self.grid_type

        trend: str = self.trend

        leverage = self.leverage

        quote_investment = self.quote_investment

        extra_margin = self.extra_margin

        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        loss_stop_type: str | Unset = UNSET
        if not isinstance(self.loss_stop_type, Unset):
            loss_stop_type = self.loss_stop_type

        loss_stop = self.loss_stop

        loss_stop_delay = self.loss_stop_delay

        profit_stop_type: str | Unset = UNSET
        if not isinstance(self.profit_stop_type, Unset):
            profit_stop_type = self.profit_stop_type

        profit_stop = self.profit_stop

        profit_stop_delay = self.profit_stop_delay

        loss_stop_high = self.loss_stop_high

        share_ratio = self.share_ratio

        invest_coin = self.invest_coin

        investment_from: str | Unset = UNSET
        if not isinstance(self.investment_from, Unset):
            investment_from = self.investment_from

        ui_invest_coin = self.ui_invest_coin

        loss_stop_limit_price = self.loss_stop_limit_price

        loss_stop_limit_high_price = self.loss_stop_limit_high_price

        profit_stop_limit_price = self.profit_stop_limit_price

        slippage = self.slippage

        bonus_id = self.bonus_id

        ui_extra_data = self.ui_extra_data

        moving_indicator_type = self.moving_indicator_type

        moving_indicator_interval = self.moving_indicator_interval

        moving_indicator_param = self.moving_indicator_param

        moving_trailing_up_param = self.moving_trailing_up_param

        cate_type: str | Unset = UNSET
        if not isinstance(self.cate_type, Unset):
            cate_type = self.cate_type

        moving_top = self.moving_top

        moving_bottom = self.moving_bottom

        enable_follow_closed = self.enable_follow_closed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top": top,
                "bottom": bottom,
                "row": row,
                "grid_type": grid_type,
                "trend": trend,
                "leverage": leverage,
                "quoteInvestment": quote_investment,
            }
        )
        if extra_margin is not UNSET:
            field_dict["extraMargin"] = extra_margin
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["conditionDirection"] = condition_direction
        if loss_stop_type is not UNSET:
            field_dict["lossStopType"] = loss_stop_type
        if loss_stop is not UNSET:
            field_dict["lossStop"] = loss_stop
        if loss_stop_delay is not UNSET:
            field_dict["lossStopDelay"] = loss_stop_delay
        if profit_stop_type is not UNSET:
            field_dict["profitStopType"] = profit_stop_type
        if profit_stop is not UNSET:
            field_dict["profitStop"] = profit_stop
        if profit_stop_delay is not UNSET:
            field_dict["profitStopDelay"] = profit_stop_delay
        if loss_stop_high is not UNSET:
            field_dict["lossStopHigh"] = loss_stop_high
        if share_ratio is not UNSET:
            field_dict["shareRatio"] = share_ratio
        if invest_coin is not UNSET:
            field_dict["investCoin"] = invest_coin
        if investment_from is not UNSET:
            field_dict["investmentFrom"] = investment_from
        if ui_invest_coin is not UNSET:
            field_dict["uiInvestCoin"] = ui_invest_coin
        if loss_stop_limit_price is not UNSET:
            field_dict["lossStopLimitPrice"] = loss_stop_limit_price
        if loss_stop_limit_high_price is not UNSET:
            field_dict["lossStopLimitHighPrice"] = loss_stop_limit_high_price
        if profit_stop_limit_price is not UNSET:
            field_dict["profitStopLimitPrice"] = profit_stop_limit_price
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if bonus_id is not UNSET:
            field_dict["bonusId"] = bonus_id
        if ui_extra_data is not UNSET:
            field_dict["uiExtraData"] = ui_extra_data
        if moving_indicator_type is not UNSET:
            field_dict["movingIndicatorType"] = moving_indicator_type
        if moving_indicator_interval is not UNSET:
            field_dict["movingIndicatorInterval"] = moving_indicator_interval
        if moving_indicator_param is not UNSET:
            field_dict["movingIndicatorParam"] = moving_indicator_param
        if moving_trailing_up_param is not UNSET:
            field_dict["movingTrailingUpParam"] = moving_trailing_up_param
        if cate_type is not UNSET:
            field_dict["cateType"] = cate_type
        if moving_top is not UNSET:
            field_dict["movingTop"] = moving_top
        if moving_bottom is not UNSET:
            field_dict["movingBottom"] = moving_bottom
        if enable_follow_closed is not UNSET:
            field_dict["enableFollowClosed"] = enable_follow_closed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        top = d.pop("top")

        bottom = d.pop("bottom")

        row = d.pop("row")

        grid_type = check_futures_grid_create_order_data_grid_type(d.pop("grid_type"))

        trend = check_futures_grid_create_order_data_trend(d.pop("trend"))

        leverage = d.pop("leverage")

        quote_investment = d.pop("quoteInvestment")

        extra_margin = d.pop("extraMargin", UNSET)

        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("conditionDirection", UNSET)
        condition_direction: FuturesGridCreateOrderDataConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = (
                check_futures_grid_create_order_data_condition_direction(
                    _condition_direction
                )
            )

        _loss_stop_type = d.pop("lossStopType", UNSET)
        loss_stop_type: FuturesGridCreateOrderDataLossStopType | Unset
        if isinstance(_loss_stop_type, Unset):
            loss_stop_type = UNSET
        else:
            loss_stop_type = check_futures_grid_create_order_data_loss_stop_type(
                _loss_stop_type
            )

        loss_stop = d.pop("lossStop", UNSET)

        loss_stop_delay = d.pop("lossStopDelay", UNSET)

        _profit_stop_type = d.pop("profitStopType", UNSET)
        profit_stop_type: FuturesGridCreateOrderDataProfitStopType | Unset
        if isinstance(_profit_stop_type, Unset):
            profit_stop_type = UNSET
        else:
            profit_stop_type = check_futures_grid_create_order_data_profit_stop_type(
                _profit_stop_type
            )

        profit_stop = d.pop("profitStop", UNSET)

        profit_stop_delay = d.pop("profitStopDelay", UNSET)

        loss_stop_high = d.pop("lossStopHigh", UNSET)

        share_ratio = d.pop("shareRatio", UNSET)

        invest_coin = d.pop("investCoin", UNSET)

        _investment_from = d.pop("investmentFrom", UNSET)
        investment_from: FuturesGridCreateOrderDataInvestmentFrom | Unset
        if isinstance(_investment_from, Unset):
            investment_from = UNSET
        else:
            investment_from = check_futures_grid_create_order_data_investment_from(
                _investment_from
            )

        ui_invest_coin = d.pop("uiInvestCoin", UNSET)

        loss_stop_limit_price = d.pop("lossStopLimitPrice", UNSET)

        loss_stop_limit_high_price = d.pop("lossStopLimitHighPrice", UNSET)

        profit_stop_limit_price = d.pop("profitStopLimitPrice", UNSET)

        slippage = d.pop("slippage", UNSET)

        bonus_id = d.pop("bonusId", UNSET)

        ui_extra_data = d.pop("uiExtraData", UNSET)

        moving_indicator_type = d.pop("movingIndicatorType", UNSET)

        moving_indicator_interval = d.pop("movingIndicatorInterval", UNSET)

        moving_indicator_param = d.pop("movingIndicatorParam", UNSET)

        moving_trailing_up_param = d.pop("movingTrailingUpParam", UNSET)

        _cate_type = d.pop("cateType", UNSET)
        cate_type: FuturesGridCreateOrderDataCateType | Unset
        if isinstance(_cate_type, Unset):
            cate_type = UNSET
        else:
            cate_type = check_futures_grid_create_order_data_cate_type(_cate_type)

        moving_top = d.pop("movingTop", UNSET)

        moving_bottom = d.pop("movingBottom", UNSET)

        enable_follow_closed = d.pop("enableFollowClosed", UNSET)

        futures_grid_create_order_data = cls(
            top=top,
            bottom=bottom,
            row=row,
            grid_type=grid_type,
            trend=trend,
            leverage=leverage,
            quote_investment=quote_investment,
            extra_margin=extra_margin,
            condition=condition,
            condition_direction=condition_direction,
            loss_stop_type=loss_stop_type,
            loss_stop=loss_stop,
            loss_stop_delay=loss_stop_delay,
            profit_stop_type=profit_stop_type,
            profit_stop=profit_stop,
            profit_stop_delay=profit_stop_delay,
            loss_stop_high=loss_stop_high,
            share_ratio=share_ratio,
            invest_coin=invest_coin,
            investment_from=investment_from,
            ui_invest_coin=ui_invest_coin,
            loss_stop_limit_price=loss_stop_limit_price,
            loss_stop_limit_high_price=loss_stop_limit_high_price,
            profit_stop_limit_price=profit_stop_limit_price,
            slippage=slippage,
            bonus_id=bonus_id,
            ui_extra_data=ui_extra_data,
            moving_indicator_type=moving_indicator_type,
            moving_indicator_interval=moving_indicator_interval,
            moving_indicator_param=moving_indicator_param,
            moving_trailing_up_param=moving_trailing_up_param,
            cate_type=cate_type,
            moving_top=moving_top,
            moving_bottom=moving_bottom,
            enable_follow_closed=enable_follow_closed,
        )

        futures_grid_create_order_data.additional_properties = d
        return futures_grid_create_order_data

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
