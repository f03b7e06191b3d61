from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_grid_order_data_cate_type import (
    FuturesGridOrderDataCateType,
    check_futures_grid_order_data_cate_type,
)
from ..models.futures_grid_order_data_close_order_type import (
    FuturesGridOrderDataCloseOrderType,
    check_futures_grid_order_data_close_order_type,
)
from ..models.futures_grid_order_data_close_sell_model import (
    FuturesGridOrderDataCloseSellModel,
    check_futures_grid_order_data_close_sell_model,
)
from ..models.futures_grid_order_data_grid_type import (
    FuturesGridOrderDataGridType,
    check_futures_grid_order_data_grid_type,
)
from ..models.futures_grid_order_data_investment_from import (
    FuturesGridOrderDataInvestmentFrom,
    check_futures_grid_order_data_investment_from,
)
from ..models.futures_grid_order_data_loss_stop_type import (
    FuturesGridOrderDataLossStopType,
    check_futures_grid_order_data_loss_stop_type,
)
from ..models.futures_grid_order_data_margin_status import (
    FuturesGridOrderDataMarginStatus,
    check_futures_grid_order_data_margin_status,
)
from ..models.futures_grid_order_data_notional_status import (
    FuturesGridOrderDataNotionalStatus,
    check_futures_grid_order_data_notional_status,
)
from ..models.futures_grid_order_data_profit_stop_type import (
    FuturesGridOrderDataProfitStopType,
    check_futures_grid_order_data_profit_stop_type,
)
from ..models.futures_grid_order_data_reason_by import (
    FuturesGridOrderDataReasonBy,
    check_futures_grid_order_data_reason_by,
)
from ..models.futures_grid_order_data_risk_status import (
    FuturesGridOrderDataRiskStatus,
    check_futures_grid_order_data_risk_status,
)
from ..models.futures_grid_order_data_status import (
    FuturesGridOrderDataStatus,
    check_futures_grid_order_data_status,
)
from ..models.futures_grid_order_data_trend import (
    FuturesGridOrderDataTrend,
    check_futures_grid_order_data_trend,
)
from ..models.futures_grid_order_data_type import (
    FuturesGridOrderDataType,
    check_futures_grid_order_data_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_grid_invest_trigger import FuturesGridInvestTrigger
    from ..models.futures_grid_reduce_trigger import FuturesGridReduceTrigger


T = TypeVar("T", bound="FuturesGridOrderData")


@_attrs_define
class FuturesGridOrderData:
    """The settings and state of a futures grid.

    Attributes:
        status (FuturesGridOrderDataStatus | Unset): Where the bot is in its life: from `prepare`, `lock_currency`,
            `condition_lock` (waiting for its trigger price), `open_position` and `init_grid` to `running`; `adjust_params*`
            while its range or investment changes; `pre_pause` to `paused` and `pre_resume`/`resuming` around a pause;
            `destroy_grid`, `close_position` and `unlock_currency` while it closes, `canceled` once closed.
        reason_by (FuturesGridOrderDataReasonBy | Unset): Why the bot closed: `user_cancel` (cancelled by its owner),
            `force_liquidation` (liquidated), `loss_stop` or `profit_stop` (its stop-loss or take-profit fired),
            `not_enough_balance` (ran short of funds while running), `not_enough_balance_when_lock` (could not lock its
            investment), `create_failed`.
        top (str | Unset): Upper end of the grid's price range.
        bottom (str | Unset): Lower end of the grid's price range.
        row (int | Unset): Number of grid levels.
        grid_type (FuturesGridOrderDataGridType | Unset): How levels are spaced: `arithmetic` (equal price steps) or
            `geometric` (equal ratios).
        open_price (str | Unset): Market price when the bot was created.
        trend (FuturesGridOrderDataTrend | Unset): Direction of the grid: `long`, `short`, or `no_trend` (neutral).
        type_ (FuturesGridOrderDataType | Unset): The last change asked of the bot, if any: `invest_in` (investment
            added), `adjust_params` (range changed), `invest_in_trigger` (investment waiting for a trigger price).
        leverage (int | Unset): Leverage the grid trades with.
        extra_margin (str | Unset): Extra margin held against liquidation, on top of the trading capital.
        quote_investment (str | Unset): Investment in the quote coin.
        per_volume (str | Unset): Quantity each grid level buys or sells.
        position (str | Unset): Current position size (negative when short).
        position_open_price (str | Unset): Average entry price of the position.
        margin_balance (str | Unset): Margin balance of the bot's account, leverage applied.
        extra_balance (str | Unset): Extra balance of the bot's account.
        liquidation_triggered (bool | Unset): True once the bot's position was liquidated.
        liquidation_price (str | Unset): Price at which the position was liquidated.
        liquidation_fee (str | Unset): Fee charged by the liquidation.
        estimate_liquidation_price_up (str | Unset): Estimated liquidation price above the market (short exposure).
        estimate_liquidation_price_down (str | Unset): Estimated liquidation price below the market (long exposure).
        loss_stop_type (FuturesGridOrderDataLossStopType | Unset): How the stop-loss is measured: `price` (a market
            price), `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a fraction of
            the investment), or `price_limit` (a limit order at a set price).
        loss_stop (str | Unset): Stop-loss threshold, read by its type: a price, an amount or a ratio (negative for a
            loss).
        profit_stop_type (FuturesGridOrderDataProfitStopType | Unset): How the take-profit is measured: `price` (a
            market price), `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a
            fraction of the investment), or `price_limit` (a limit order at a set price).
        profit_stop (str | Unset): Take-profit threshold, read by its type: a price, an amount or a ratio.
        risk_status (FuturesGridOrderDataRiskStatus | Unset): Risk state of the bot's position: `TRADING` (normal),
            `HOLDING`, `TAKEOVER`, `LIQUIDATION`.
        loss_stop_high (str | Unset): Upper stop-loss price of a neutral grid (above the range).
        pause_price (str | Unset): Market price when the bot was paused.
        profit_withdrawn (str | Unset): Profit taken out of the bot so far.
        open_quote_price (str | Unset): Average price of the quote coin in USDT over the investment.
        close_sell_model (FuturesGridOrderDataCloseSellModel | Unset): What closing does with the bot's coins:
            `NOT_SELL` (return them as they are), `TO_QUOTE` (sell the base into the quote coin; for a futures grid, close
            the position), `TO_USDT` (also sell the quote coin for USDT).
        quote_amount_before_sell (str | Unset): Quote coin held before the close sold anything.
        quote_amount_sell (str | Unset): Quote coin sold when closing.
        quote_sell_price (str | Unset): Price the quote coin was sold at when closing.
        unlock_usdt_amount (str | Unset): USDT returned to the account on close (with `TO_USDT` only).
        unlock_quote_amount (str | Unset): Quote coin returned to the account on close.
        init_quote_price (str | Unset): Price of the quote coin in USDT when the bot was created.
        closed_quote_price (str | Unset): Price of the quote coin in USDT when the bot closed.
        share_ratio (str | Unset): Share of the profit paid to the bot that was copied.
        shared_profit (str | Unset): Profit paid out under that share.
        margin_status (FuturesGridOrderDataMarginStatus | Unset): Whether the bot's margin suffices: `NORMAL` or
            `INSUFFICIENT`.
        invest_coin (str | Unset): Coin the investment was made in: USDT or the quote coin.
        investment_from (FuturesGridOrderDataInvestmentFrom | Unset): Where the investment came from: `USER` (the
            owner's account), `LOCK_ACTIVITY` (a locked promotion), `FUTURE_GRID_BONUS` (a bonus).
        lock_end_time (int | Unset): When a locked investment is released, in milliseconds since the epoch.
        profit_withdrawn_u (str | Unset): Part of the withdrawn profit that went to the owner.
        profit_withdrawn_c (str | Unset): Part of the withdrawn profit kept by a bonus or charity pool.
        profit_withdrawn_p (str | Unset): Part of the withdrawn profit taken as the bonus fee.
        usdt_investment (str | Unset): Investment counted in USDT.
        ui_invest_coin (str | Unset): Investment coin as the app recorded it (kept as given).
        ui_extra_data (str | Unset): App data for a coin-margined grid (kept as given).
        stop_loss_enabled (bool | Unset): Whether the stop-loss stays armed while the bot is paused.
        stop_profit_enabled (bool | Unset): Whether the take-profit stays armed while the bot is paused.
        trigger_pause_price_up (str | Unset): Price above which the bot pauses.
        trigger_pause_price_down (str | Unset): Price below which the bot pauses.
        profit_reduce (str | Unset): Grid profit realised by reducing the position, in total.
        close_order_type (FuturesGridOrderDataCloseOrderType | Unset): How the position is being closed: `market`,
            `limit`, or `limit_high` (a neutral grid's upper limit).
        closed_base_amount (str | Unset): Position size closed.
        loss_stop_limit_price (str | Unset): Limit price of the stop-loss (stop type `price_limit`).
        loss_stop_limit_high_price (str | Unset): Upper limit price of a neutral grid's stop-loss (stop type
            `price_limit`).
        profit_stop_limit_price (str | Unset): Limit price of the take-profit (stop type `price_limit`).
        slippage (str | Unset): Price tolerance when opening, as a fraction (0.01 is 1%).
        bonus_id (str | Unset): Identifier of the bonus invested (investment source `FUTURE_GRID_BONUS`).
        bonus_back_usdt (str | Unset): USDT returned to the bonus pool on close.
        bonus_back_quote (str | Unset): Quote coin returned to the bonus pool on close.
        notional_status (FuturesGridOrderDataNotionalStatus | Unset): Whether the position hit its notional limit:
            `NORMAL` or `NOTIONAL_LIMIT`.
        close_slippage (str | Unset): Price tolerance when closing, as a fraction (0.01 is 1%).
        bonus_fee_ratio (str | Unset): Fee on a bonus investment's profit, as a fraction (0.2 is 20%).
        bonus_fee (str | Unset): Bonus fee taken on close, in the quote coin.
        disable_change_tp (bool | Unset): True when the take-profit may not be changed.
        disable_invest_in_trigger (bool | Unset): True when investment on a trigger price is not allowed.
        invest_in_triggers (list[FuturesGridInvestTrigger] | Unset): Investment waiting for a trigger price (one at
            most).
        invest_out_triggers (list[FuturesGridReduceTrigger] | Unset): Position reductions waiting for a trigger price
            (one at most).
        auto_expired_time (int | Unset): When a bonus bot closes by itself, in milliseconds since the epoch.
        moving_indicator_type (str | Unset): Moving indicator the grid follows, such as `sma`.
        moving_indicator_interval (str | Unset): Candle interval of that indicator, such as 1m, 15m, 1h or 12h.
        moving_indicator_param (str | Unset): Parameters of that indicator as JSON text, such as {"length":720}.
        moving_trailing_up_param (str | Unset): Ratio by which the price must rise above the moving average to move the
            grid up.
        cate_type (FuturesGridOrderDataCateType | Unset): Kind of futures grid: `FUTURES_MOON`, `FULLY_HEDGING`,
            `LOAN_GRID`, `LEVERAGE_GRID`, `FUTURE_GRID_COIN_MARGINED` (coin-margined).
        moving_top (str | Unset): Highest the moving grid's range may go.
        moving_bottom (str | Unset): Lowest the moving grid's range may go.
        profit_exited (str | Unset): Profit already taken out by exits.
        funding_fee_payment (str | Unset): Funding fees paid in total (negative when paid).
        enable_follow_closed (bool | Unset): Whether the bot closes when the bot it copies closes.
    """

    status: FuturesGridOrderDataStatus | Unset = UNSET
    reason_by: FuturesGridOrderDataReasonBy | Unset = UNSET
    top: str | Unset = UNSET
    bottom: str | Unset = UNSET
    row: int | Unset = UNSET
    grid_type: FuturesGridOrderDataGridType | Unset = UNSET
    open_price: str | Unset = UNSET
    trend: FuturesGridOrderDataTrend | Unset = UNSET
    type_: FuturesGridOrderDataType | Unset = UNSET
    leverage: int | Unset = UNSET
    extra_margin: str | Unset = UNSET
    quote_investment: str | Unset = UNSET
    per_volume: str | Unset = UNSET
    position: str | Unset = UNSET
    position_open_price: str | Unset = UNSET
    margin_balance: str | Unset = UNSET
    extra_balance: str | Unset = UNSET
    liquidation_triggered: bool | Unset = UNSET
    liquidation_price: str | Unset = UNSET
    liquidation_fee: str | Unset = UNSET
    estimate_liquidation_price_up: str | Unset = UNSET
    estimate_liquidation_price_down: str | Unset = UNSET
    loss_stop_type: FuturesGridOrderDataLossStopType | Unset = UNSET
    loss_stop: str | Unset = UNSET
    profit_stop_type: FuturesGridOrderDataProfitStopType | Unset = UNSET
    profit_stop: str | Unset = UNSET
    risk_status: FuturesGridOrderDataRiskStatus | Unset = UNSET
    loss_stop_high: str | Unset = UNSET
    pause_price: str | Unset = UNSET
    profit_withdrawn: str | Unset = UNSET
    open_quote_price: str | Unset = UNSET
    close_sell_model: FuturesGridOrderDataCloseSellModel | Unset = UNSET
    quote_amount_before_sell: str | Unset = UNSET
    quote_amount_sell: str | Unset = UNSET
    quote_sell_price: str | Unset = UNSET
    unlock_usdt_amount: str | Unset = UNSET
    unlock_quote_amount: str | Unset = UNSET
    init_quote_price: str | Unset = UNSET
    closed_quote_price: str | Unset = UNSET
    share_ratio: str | Unset = UNSET
    shared_profit: str | Unset = UNSET
    margin_status: FuturesGridOrderDataMarginStatus | Unset = UNSET
    invest_coin: str | Unset = UNSET
    investment_from: FuturesGridOrderDataInvestmentFrom | Unset = UNSET
    lock_end_time: int | Unset = UNSET
    profit_withdrawn_u: str | Unset = UNSET
    profit_withdrawn_c: str | Unset = UNSET
    profit_withdrawn_p: str | Unset = UNSET
    usdt_investment: str | Unset = UNSET
    ui_invest_coin: str | Unset = UNSET
    ui_extra_data: str | Unset = UNSET
    stop_loss_enabled: bool | Unset = UNSET
    stop_profit_enabled: bool | Unset = UNSET
    trigger_pause_price_up: str | Unset = UNSET
    trigger_pause_price_down: str | Unset = UNSET
    profit_reduce: str | Unset = UNSET
    close_order_type: FuturesGridOrderDataCloseOrderType | Unset = UNSET
    closed_base_amount: str | Unset = UNSET
    loss_stop_limit_price: str | Unset = UNSET
    loss_stop_limit_high_price: str | Unset = UNSET
    profit_stop_limit_price: str | Unset = UNSET
    slippage: str | Unset = UNSET
    bonus_id: str | Unset = UNSET
    bonus_back_usdt: str | Unset = UNSET
    bonus_back_quote: str | Unset = UNSET
    notional_status: FuturesGridOrderDataNotionalStatus | Unset = UNSET
    close_slippage: str | Unset = UNSET
    bonus_fee_ratio: str | Unset = UNSET
    bonus_fee: str | Unset = UNSET
    disable_change_tp: bool | Unset = UNSET
    disable_invest_in_trigger: bool | Unset = UNSET
    invest_in_triggers: list[FuturesGridInvestTrigger] | Unset = UNSET
    invest_out_triggers: list[FuturesGridReduceTrigger] | Unset = UNSET
    auto_expired_time: int | Unset = UNSET
    moving_indicator_type: str | Unset = UNSET
    moving_indicator_interval: str | Unset = UNSET
    moving_indicator_param: str | Unset = UNSET
    moving_trailing_up_param: str | Unset = UNSET
    cate_type: FuturesGridOrderDataCateType | Unset = UNSET
    moving_top: str | Unset = UNSET
    moving_bottom: str | Unset = UNSET
    profit_exited: str | Unset = UNSET
    funding_fee_payment: str | Unset = UNSET
    enable_follow_closed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        reason_by: str | Unset = UNSET
        if not isinstance(self.reason_by, Unset):
            reason_by = self.reason_by

        top = self.top

        bottom = self.bottom

        row = self.row

        grid_type: str | Unset = UNSET
        if not isinstance(self.grid_type, Unset):
            grid_type = self.grid_type

        open_price = self.open_price

        trend: str | Unset = UNSET
        if not isinstance(self.trend, Unset):
            trend = self.trend

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        leverage = self.leverage

        extra_margin = self.extra_margin

        quote_investment = self.quote_investment

        per_volume = self.per_volume

        position = self.position

        position_open_price = self.position_open_price

        margin_balance = self.margin_balance

        extra_balance = self.extra_balance

        liquidation_triggered = self.liquidation_triggered

        liquidation_price = self.liquidation_price

        liquidation_fee = self.liquidation_fee

        estimate_liquidation_price_up = self.estimate_liquidation_price_up

        estimate_liquidation_price_down = self.estimate_liquidation_price_down

        loss_stop_type: str | Unset = UNSET
        if not isinstance(self.loss_stop_type, Unset):
            loss_stop_type = self.loss_stop_type

        loss_stop = self.loss_stop

        profit_stop_type: str | Unset = UNSET
        if not isinstance(self.profit_stop_type, Unset):
            profit_stop_type = self.profit_stop_type

        profit_stop = self.profit_stop

        risk_status: str | Unset = UNSET
        if not isinstance(self.risk_status, Unset):
            risk_status = self.risk_status

        loss_stop_high = self.loss_stop_high

        pause_price = self.pause_price

        profit_withdrawn = self.profit_withdrawn

        open_quote_price = self.open_quote_price

        close_sell_model: str | Unset = UNSET
        if not isinstance(self.close_sell_model, Unset):
            close_sell_model = self.close_sell_model

        quote_amount_before_sell = self.quote_amount_before_sell

        quote_amount_sell = self.quote_amount_sell

        quote_sell_price = self.quote_sell_price

        unlock_usdt_amount = self.unlock_usdt_amount

        unlock_quote_amount = self.unlock_quote_amount

        init_quote_price = self.init_quote_price

        closed_quote_price = self.closed_quote_price

        share_ratio = self.share_ratio

        shared_profit = self.shared_profit

        margin_status: str | Unset = UNSET
        if not isinstance(self.margin_status, Unset):
            margin_status = self.margin_status

        invest_coin = self.invest_coin

        investment_from: str | Unset = UNSET
        if not isinstance(self.investment_from, Unset):
            investment_from = self.investment_from

        lock_end_time = self.lock_end_time

        profit_withdrawn_u = self.profit_withdrawn_u

        profit_withdrawn_c = self.profit_withdrawn_c

        profit_withdrawn_p = self.profit_withdrawn_p

        usdt_investment = self.usdt_investment

        ui_invest_coin = self.ui_invest_coin

        ui_extra_data = self.ui_extra_data

        stop_loss_enabled = self.stop_loss_enabled

        stop_profit_enabled = self.stop_profit_enabled

        trigger_pause_price_up = self.trigger_pause_price_up

        trigger_pause_price_down = self.trigger_pause_price_down

        profit_reduce = self.profit_reduce

        close_order_type: str | Unset = UNSET
        if not isinstance(self.close_order_type, Unset):
            close_order_type = self.close_order_type

        closed_base_amount = self.closed_base_amount

        loss_stop_limit_price = self.loss_stop_limit_price

        loss_stop_limit_high_price = self.loss_stop_limit_high_price

        profit_stop_limit_price = self.profit_stop_limit_price

        slippage = self.slippage

        bonus_id = self.bonus_id

        bonus_back_usdt = self.bonus_back_usdt

        bonus_back_quote = self.bonus_back_quote

        notional_status: str | Unset = UNSET
        if not isinstance(self.notional_status, Unset):
            notional_status = self.notional_status

        close_slippage = self.close_slippage

        bonus_fee_ratio = self.bonus_fee_ratio

        bonus_fee = self.bonus_fee

        disable_change_tp = self.disable_change_tp

        disable_invest_in_trigger = self.disable_invest_in_trigger

        invest_in_triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invest_in_triggers, Unset):
            invest_in_triggers = []
            for invest_in_triggers_item_data in self.invest_in_triggers:
                invest_in_triggers_item = invest_in_triggers_item_data.to_dict()
                invest_in_triggers.append(invest_in_triggers_item)

        invest_out_triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invest_out_triggers, Unset):
            invest_out_triggers = []
            for invest_out_triggers_item_data in self.invest_out_triggers:
                invest_out_triggers_item = invest_out_triggers_item_data.to_dict()
                invest_out_triggers.append(invest_out_triggers_item)

        auto_expired_time = self.auto_expired_time

        moving_indicator_type = self.moving_indicator_type

        moving_indicator_interval = self.moving_indicator_interval

        moving_indicator_param = self.moving_indicator_param

        moving_trailing_up_param = self.moving_trailing_up_param

        cate_type: str | Unset = UNSET
        if not isinstance(self.cate_type, Unset):
            cate_type = self.cate_type

        moving_top = self.moving_top

        moving_bottom = self.moving_bottom

        profit_exited = self.profit_exited

        funding_fee_payment = self.funding_fee_payment

        enable_follow_closed = self.enable_follow_closed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if reason_by is not UNSET:
            field_dict["reasonBy"] = reason_by
        if top is not UNSET:
            field_dict["top"] = top
        if bottom is not UNSET:
            field_dict["bottom"] = bottom
        if row is not UNSET:
            field_dict["row"] = row
        if grid_type is not UNSET:
            field_dict["gridType"] = grid_type
        if open_price is not UNSET:
            field_dict["openPrice"] = open_price
        if trend is not UNSET:
            field_dict["trend"] = trend
        if type_ is not UNSET:
            field_dict["type"] = type_
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if extra_margin is not UNSET:
            field_dict["extraMargin"] = extra_margin
        if quote_investment is not UNSET:
            field_dict["quoteInvestment"] = quote_investment
        if per_volume is not UNSET:
            field_dict["perVolume"] = per_volume
        if position is not UNSET:
            field_dict["position"] = position
        if position_open_price is not UNSET:
            field_dict["positionOpenPrice"] = position_open_price
        if margin_balance is not UNSET:
            field_dict["marginBalance"] = margin_balance
        if extra_balance is not UNSET:
            field_dict["extraBalance"] = extra_balance
        if liquidation_triggered is not UNSET:
            field_dict["liquidationTriggered"] = liquidation_triggered
        if liquidation_price is not UNSET:
            field_dict["liquidationPrice"] = liquidation_price
        if liquidation_fee is not UNSET:
            field_dict["liquidationFee"] = liquidation_fee
        if estimate_liquidation_price_up is not UNSET:
            field_dict["estimateLiquidationPriceUp"] = estimate_liquidation_price_up
        if estimate_liquidation_price_down is not UNSET:
            field_dict["estimateLiquidationPriceDown"] = estimate_liquidation_price_down
        if loss_stop_type is not UNSET:
            field_dict["lossStopType"] = loss_stop_type
        if loss_stop is not UNSET:
            field_dict["lossStop"] = loss_stop
        if profit_stop_type is not UNSET:
            field_dict["profitStopType"] = profit_stop_type
        if profit_stop is not UNSET:
            field_dict["profitStop"] = profit_stop
        if risk_status is not UNSET:
            field_dict["riskStatus"] = risk_status
        if loss_stop_high is not UNSET:
            field_dict["lossStopHigh"] = loss_stop_high
        if pause_price is not UNSET:
            field_dict["pausePrice"] = pause_price
        if profit_withdrawn is not UNSET:
            field_dict["profitWithdrawn"] = profit_withdrawn
        if open_quote_price is not UNSET:
            field_dict["openQuotePrice"] = open_quote_price
        if close_sell_model is not UNSET:
            field_dict["closeSellModel"] = close_sell_model
        if quote_amount_before_sell is not UNSET:
            field_dict["quoteAmountBeforeSell"] = quote_amount_before_sell
        if quote_amount_sell is not UNSET:
            field_dict["quoteAmountSell"] = quote_amount_sell
        if quote_sell_price is not UNSET:
            field_dict["quoteSellPrice"] = quote_sell_price
        if unlock_usdt_amount is not UNSET:
            field_dict["unlockUsdtAmount"] = unlock_usdt_amount
        if unlock_quote_amount is not UNSET:
            field_dict["unlockQuoteAmount"] = unlock_quote_amount
        if init_quote_price is not UNSET:
            field_dict["initQuotePrice"] = init_quote_price
        if closed_quote_price is not UNSET:
            field_dict["closedQuotePrice"] = closed_quote_price
        if share_ratio is not UNSET:
            field_dict["shareRatio"] = share_ratio
        if shared_profit is not UNSET:
            field_dict["sharedProfit"] = shared_profit
        if margin_status is not UNSET:
            field_dict["marginStatus"] = margin_status
        if invest_coin is not UNSET:
            field_dict["investCoin"] = invest_coin
        if investment_from is not UNSET:
            field_dict["investmentFrom"] = investment_from
        if lock_end_time is not UNSET:
            field_dict["lockEndTime"] = lock_end_time
        if profit_withdrawn_u is not UNSET:
            field_dict["profitWithdrawnU"] = profit_withdrawn_u
        if profit_withdrawn_c is not UNSET:
            field_dict["profitWithdrawnC"] = profit_withdrawn_c
        if profit_withdrawn_p is not UNSET:
            field_dict["profitWithdrawnP"] = profit_withdrawn_p
        if usdt_investment is not UNSET:
            field_dict["usdtInvestment"] = usdt_investment
        if ui_invest_coin is not UNSET:
            field_dict["uiInvestCoin"] = ui_invest_coin
        if ui_extra_data is not UNSET:
            field_dict["uiExtraData"] = ui_extra_data
        if stop_loss_enabled is not UNSET:
            field_dict["stopLossEnabled"] = stop_loss_enabled
        if stop_profit_enabled is not UNSET:
            field_dict["stopProfitEnabled"] = stop_profit_enabled
        if trigger_pause_price_up is not UNSET:
            field_dict["triggerPausePriceUp"] = trigger_pause_price_up
        if trigger_pause_price_down is not UNSET:
            field_dict["triggerPausePriceDown"] = trigger_pause_price_down
        if profit_reduce is not UNSET:
            field_dict["profitReduce"] = profit_reduce
        if close_order_type is not UNSET:
            field_dict["closeOrderType"] = close_order_type
        if closed_base_amount is not UNSET:
            field_dict["closedBaseAmount"] = closed_base_amount
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
        if bonus_back_usdt is not UNSET:
            field_dict["bonusBackUsdt"] = bonus_back_usdt
        if bonus_back_quote is not UNSET:
            field_dict["bonusBackQuote"] = bonus_back_quote
        if notional_status is not UNSET:
            field_dict["notionalStatus"] = notional_status
        if close_slippage is not UNSET:
            field_dict["closeSlippage"] = close_slippage
        if bonus_fee_ratio is not UNSET:
            field_dict["bonusFeeRatio"] = bonus_fee_ratio
        if bonus_fee is not UNSET:
            field_dict["bonusFee"] = bonus_fee
        if disable_change_tp is not UNSET:
            field_dict["disableChangeTp"] = disable_change_tp
        if disable_invest_in_trigger is not UNSET:
            field_dict["disableInvestInTrigger"] = disable_invest_in_trigger
        if invest_in_triggers is not UNSET:
            field_dict["investInTriggers"] = invest_in_triggers
        if invest_out_triggers is not UNSET:
            field_dict["investOutTriggers"] = invest_out_triggers
        if auto_expired_time is not UNSET:
            field_dict["autoExpiredTime"] = auto_expired_time
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
        if profit_exited is not UNSET:
            field_dict["profitExited"] = profit_exited
        if funding_fee_payment is not UNSET:
            field_dict["fundingFeePayment"] = funding_fee_payment
        if enable_follow_closed is not UNSET:
            field_dict["enableFollowClosed"] = enable_follow_closed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_grid_invest_trigger import FuturesGridInvestTrigger
        from ..models.futures_grid_reduce_trigger import FuturesGridReduceTrigger

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: FuturesGridOrderDataStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_futures_grid_order_data_status(_status)

        _reason_by = d.pop("reasonBy", UNSET)
        reason_by: FuturesGridOrderDataReasonBy | Unset
        if isinstance(_reason_by, Unset):
            reason_by = UNSET
        else:
            reason_by = check_futures_grid_order_data_reason_by(_reason_by)

        top = d.pop("top", UNSET)

        bottom = d.pop("bottom", UNSET)

        row = d.pop("row", UNSET)

        _grid_type = d.pop("gridType", UNSET)
        grid_type: FuturesGridOrderDataGridType | Unset
        if isinstance(_grid_type, Unset):
            grid_type = UNSET
        else:
            grid_type = check_futures_grid_order_data_grid_type(_grid_type)

        open_price = d.pop("openPrice", UNSET)

        _trend = d.pop("trend", UNSET)
        trend: FuturesGridOrderDataTrend | Unset
        if isinstance(_trend, Unset):
            trend = UNSET
        else:
            trend = check_futures_grid_order_data_trend(_trend)

        _type_ = d.pop("type", UNSET)
        type_: FuturesGridOrderDataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_futures_grid_order_data_type(_type_)

        leverage = d.pop("leverage", UNSET)

        extra_margin = d.pop("extraMargin", UNSET)

        quote_investment = d.pop("quoteInvestment", UNSET)

        per_volume = d.pop("perVolume", UNSET)

        position = d.pop("position", UNSET)

        position_open_price = d.pop("positionOpenPrice", UNSET)

        margin_balance = d.pop("marginBalance", UNSET)

        extra_balance = d.pop("extraBalance", UNSET)

        liquidation_triggered = d.pop("liquidationTriggered", UNSET)

        liquidation_price = d.pop("liquidationPrice", UNSET)

        liquidation_fee = d.pop("liquidationFee", UNSET)

        estimate_liquidation_price_up = d.pop("estimateLiquidationPriceUp", UNSET)

        estimate_liquidation_price_down = d.pop("estimateLiquidationPriceDown", UNSET)

        _loss_stop_type = d.pop("lossStopType", UNSET)
        loss_stop_type: FuturesGridOrderDataLossStopType | Unset
        if isinstance(_loss_stop_type, Unset):
            loss_stop_type = UNSET
        else:
            loss_stop_type = check_futures_grid_order_data_loss_stop_type(
                _loss_stop_type
            )

        loss_stop = d.pop("lossStop", UNSET)

        _profit_stop_type = d.pop("profitStopType", UNSET)
        profit_stop_type: FuturesGridOrderDataProfitStopType | Unset
        if isinstance(_profit_stop_type, Unset):
            profit_stop_type = UNSET
        else:
            profit_stop_type = check_futures_grid_order_data_profit_stop_type(
                _profit_stop_type
            )

        profit_stop = d.pop("profitStop", UNSET)

        _risk_status = d.pop("riskStatus", UNSET)
        risk_status: FuturesGridOrderDataRiskStatus | Unset
        if isinstance(_risk_status, Unset):
            risk_status = UNSET
        else:
            risk_status = check_futures_grid_order_data_risk_status(_risk_status)

        loss_stop_high = d.pop("lossStopHigh", UNSET)

        pause_price = d.pop("pausePrice", UNSET)

        profit_withdrawn = d.pop("profitWithdrawn", UNSET)

        open_quote_price = d.pop("openQuotePrice", UNSET)

        _close_sell_model = d.pop("closeSellModel", UNSET)
        close_sell_model: FuturesGridOrderDataCloseSellModel | Unset
        if isinstance(_close_sell_model, Unset):
            close_sell_model = UNSET
        else:
            close_sell_model = check_futures_grid_order_data_close_sell_model(
                _close_sell_model
            )

        quote_amount_before_sell = d.pop("quoteAmountBeforeSell", UNSET)

        quote_amount_sell = d.pop("quoteAmountSell", UNSET)

        quote_sell_price = d.pop("quoteSellPrice", UNSET)

        unlock_usdt_amount = d.pop("unlockUsdtAmount", UNSET)

        unlock_quote_amount = d.pop("unlockQuoteAmount", UNSET)

        init_quote_price = d.pop("initQuotePrice", UNSET)

        closed_quote_price = d.pop("closedQuotePrice", UNSET)

        share_ratio = d.pop("shareRatio", UNSET)

        shared_profit = d.pop("sharedProfit", UNSET)

        _margin_status = d.pop("marginStatus", UNSET)
        margin_status: FuturesGridOrderDataMarginStatus | Unset
        if isinstance(_margin_status, Unset):
            margin_status = UNSET
        else:
            margin_status = check_futures_grid_order_data_margin_status(_margin_status)

        invest_coin = d.pop("investCoin", UNSET)

        _investment_from = d.pop("investmentFrom", UNSET)
        investment_from: FuturesGridOrderDataInvestmentFrom | Unset
        if isinstance(_investment_from, Unset):
            investment_from = UNSET
        else:
            investment_from = check_futures_grid_order_data_investment_from(
                _investment_from
            )

        lock_end_time = d.pop("lockEndTime", UNSET)

        profit_withdrawn_u = d.pop("profitWithdrawnU", UNSET)

        profit_withdrawn_c = d.pop("profitWithdrawnC", UNSET)

        profit_withdrawn_p = d.pop("profitWithdrawnP", UNSET)

        usdt_investment = d.pop("usdtInvestment", UNSET)

        ui_invest_coin = d.pop("uiInvestCoin", UNSET)

        ui_extra_data = d.pop("uiExtraData", UNSET)

        stop_loss_enabled = d.pop("stopLossEnabled", UNSET)

        stop_profit_enabled = d.pop("stopProfitEnabled", UNSET)

        trigger_pause_price_up = d.pop("triggerPausePriceUp", UNSET)

        trigger_pause_price_down = d.pop("triggerPausePriceDown", UNSET)

        profit_reduce = d.pop("profitReduce", UNSET)

        _close_order_type = d.pop("closeOrderType", UNSET)
        close_order_type: FuturesGridOrderDataCloseOrderType | Unset
        if isinstance(_close_order_type, Unset):
            close_order_type = UNSET
        else:
            close_order_type = check_futures_grid_order_data_close_order_type(
                _close_order_type
            )

        closed_base_amount = d.pop("closedBaseAmount", UNSET)

        loss_stop_limit_price = d.pop("lossStopLimitPrice", UNSET)

        loss_stop_limit_high_price = d.pop("lossStopLimitHighPrice", UNSET)

        profit_stop_limit_price = d.pop("profitStopLimitPrice", UNSET)

        slippage = d.pop("slippage", UNSET)

        bonus_id = d.pop("bonusId", UNSET)

        bonus_back_usdt = d.pop("bonusBackUsdt", UNSET)

        bonus_back_quote = d.pop("bonusBackQuote", UNSET)

        _notional_status = d.pop("notionalStatus", UNSET)
        notional_status: FuturesGridOrderDataNotionalStatus | Unset
        if isinstance(_notional_status, Unset):
            notional_status = UNSET
        else:
            notional_status = check_futures_grid_order_data_notional_status(
                _notional_status
            )

        close_slippage = d.pop("closeSlippage", UNSET)

        bonus_fee_ratio = d.pop("bonusFeeRatio", UNSET)

        bonus_fee = d.pop("bonusFee", UNSET)

        disable_change_tp = d.pop("disableChangeTp", UNSET)

        disable_invest_in_trigger = d.pop("disableInvestInTrigger", UNSET)

        _invest_in_triggers = d.pop("investInTriggers", UNSET)
        invest_in_triggers: list[FuturesGridInvestTrigger] | Unset = UNSET
        if _invest_in_triggers is not UNSET:
            invest_in_triggers = []
            for invest_in_triggers_item_data in _invest_in_triggers:
                invest_in_triggers_item = FuturesGridInvestTrigger.from_dict(
                    invest_in_triggers_item_data
                )

                invest_in_triggers.append(invest_in_triggers_item)

        _invest_out_triggers = d.pop("investOutTriggers", UNSET)
        invest_out_triggers: list[FuturesGridReduceTrigger] | Unset = UNSET
        if _invest_out_triggers is not UNSET:
            invest_out_triggers = []
            for invest_out_triggers_item_data in _invest_out_triggers:
                invest_out_triggers_item = FuturesGridReduceTrigger.from_dict(
                    invest_out_triggers_item_data
                )

                invest_out_triggers.append(invest_out_triggers_item)

        auto_expired_time = d.pop("autoExpiredTime", UNSET)

        moving_indicator_type = d.pop("movingIndicatorType", UNSET)

        moving_indicator_interval = d.pop("movingIndicatorInterval", UNSET)

        moving_indicator_param = d.pop("movingIndicatorParam", UNSET)

        moving_trailing_up_param = d.pop("movingTrailingUpParam", UNSET)

        _cate_type = d.pop("cateType", UNSET)
        cate_type: FuturesGridOrderDataCateType | Unset
        if isinstance(_cate_type, Unset):
            cate_type = UNSET
        else:
            cate_type = check_futures_grid_order_data_cate_type(_cate_type)

        moving_top = d.pop("movingTop", UNSET)

        moving_bottom = d.pop("movingBottom", UNSET)

        profit_exited = d.pop("profitExited", UNSET)

        funding_fee_payment = d.pop("fundingFeePayment", UNSET)

        enable_follow_closed = d.pop("enableFollowClosed", UNSET)

        futures_grid_order_data = cls(
            status=status,
            reason_by=reason_by,
            top=top,
            bottom=bottom,
            row=row,
            grid_type=grid_type,
            open_price=open_price,
            trend=trend,
            type_=type_,
            leverage=leverage,
            extra_margin=extra_margin,
            quote_investment=quote_investment,
            per_volume=per_volume,
            position=position,
            position_open_price=position_open_price,
            margin_balance=margin_balance,
            extra_balance=extra_balance,
            liquidation_triggered=liquidation_triggered,
            liquidation_price=liquidation_price,
            liquidation_fee=liquidation_fee,
            estimate_liquidation_price_up=estimate_liquidation_price_up,
            estimate_liquidation_price_down=estimate_liquidation_price_down,
            loss_stop_type=loss_stop_type,
            loss_stop=loss_stop,
            profit_stop_type=profit_stop_type,
            profit_stop=profit_stop,
            risk_status=risk_status,
            loss_stop_high=loss_stop_high,
            pause_price=pause_price,
            profit_withdrawn=profit_withdrawn,
            open_quote_price=open_quote_price,
            close_sell_model=close_sell_model,
            quote_amount_before_sell=quote_amount_before_sell,
            quote_amount_sell=quote_amount_sell,
            quote_sell_price=quote_sell_price,
            unlock_usdt_amount=unlock_usdt_amount,
            unlock_quote_amount=unlock_quote_amount,
            init_quote_price=init_quote_price,
            closed_quote_price=closed_quote_price,
            share_ratio=share_ratio,
            shared_profit=shared_profit,
            margin_status=margin_status,
            invest_coin=invest_coin,
            investment_from=investment_from,
            lock_end_time=lock_end_time,
            profit_withdrawn_u=profit_withdrawn_u,
            profit_withdrawn_c=profit_withdrawn_c,
            profit_withdrawn_p=profit_withdrawn_p,
            usdt_investment=usdt_investment,
            ui_invest_coin=ui_invest_coin,
            ui_extra_data=ui_extra_data,
            stop_loss_enabled=stop_loss_enabled,
            stop_profit_enabled=stop_profit_enabled,
            trigger_pause_price_up=trigger_pause_price_up,
            trigger_pause_price_down=trigger_pause_price_down,
            profit_reduce=profit_reduce,
            close_order_type=close_order_type,
            closed_base_amount=closed_base_amount,
            loss_stop_limit_price=loss_stop_limit_price,
            loss_stop_limit_high_price=loss_stop_limit_high_price,
            profit_stop_limit_price=profit_stop_limit_price,
            slippage=slippage,
            bonus_id=bonus_id,
            bonus_back_usdt=bonus_back_usdt,
            bonus_back_quote=bonus_back_quote,
            notional_status=notional_status,
            close_slippage=close_slippage,
            bonus_fee_ratio=bonus_fee_ratio,
            bonus_fee=bonus_fee,
            disable_change_tp=disable_change_tp,
            disable_invest_in_trigger=disable_invest_in_trigger,
            invest_in_triggers=invest_in_triggers,
            invest_out_triggers=invest_out_triggers,
            auto_expired_time=auto_expired_time,
            moving_indicator_type=moving_indicator_type,
            moving_indicator_interval=moving_indicator_interval,
            moving_indicator_param=moving_indicator_param,
            moving_trailing_up_param=moving_trailing_up_param,
            cate_type=cate_type,
            moving_top=moving_top,
            moving_bottom=moving_bottom,
            profit_exited=profit_exited,
            funding_fee_payment=funding_fee_payment,
            enable_follow_closed=enable_follow_closed,
        )

        futures_grid_order_data.additional_properties = d
        return futures_grid_order_data

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
