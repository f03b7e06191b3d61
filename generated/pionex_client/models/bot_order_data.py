from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bot_order_data_cate_type import (
    BotOrderDataCateType,
    check_bot_order_data_cate_type,
)
from ..models.bot_order_data_close_order_type import (
    BotOrderDataCloseOrderType,
    check_bot_order_data_close_order_type,
)
from ..models.bot_order_data_close_sell_model import (
    BotOrderDataCloseSellModel,
    check_bot_order_data_close_sell_model,
)
from ..models.bot_order_data_condition_direction import (
    BotOrderDataConditionDirection,
    check_bot_order_data_condition_direction,
)
from ..models.bot_order_data_grid_type import (
    BotOrderDataGridType,
    check_bot_order_data_grid_type,
)
from ..models.bot_order_data_investment_from import (
    BotOrderDataInvestmentFrom,
    check_bot_order_data_investment_from,
)
from ..models.bot_order_data_loss_stop_type import (
    BotOrderDataLossStopType,
    check_bot_order_data_loss_stop_type,
)
from ..models.bot_order_data_margin_status import (
    BotOrderDataMarginStatus,
    check_bot_order_data_margin_status,
)
from ..models.bot_order_data_notional_status import (
    BotOrderDataNotionalStatus,
    check_bot_order_data_notional_status,
)
from ..models.bot_order_data_profit_stop_type import (
    BotOrderDataProfitStopType,
    check_bot_order_data_profit_stop_type,
)
from ..models.bot_order_data_reason_by import (
    BotOrderDataReasonBy,
    check_bot_order_data_reason_by,
)
from ..models.bot_order_data_risk_status import (
    BotOrderDataRiskStatus,
    check_bot_order_data_risk_status,
)
from ..models.bot_order_data_trade_type import (
    BotOrderDataTradeType,
    check_bot_order_data_trade_type,
)
from ..models.bot_order_data_trend import BotOrderDataTrend, check_bot_order_data_trend
from ..models.bot_order_data_type import BotOrderDataType, check_bot_order_data_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_grid_invest_trigger import FuturesGridInvestTrigger
    from ..models.futures_grid_reduce_trigger import FuturesGridReduceTrigger
    from ..models.smart_copy_portfolio_item import SmartCopyPortfolioItem


T = TypeVar("T", bound="BotOrderData")


@_attrs_define
class BotOrderData:
    """What a listed bot holds besides its identity: the fields of its kind of bot (futures grid, spot grid or smart copy;
    each field says which kinds have it). Fields another kind has are absent.

        Attributes:
            status (str | Unset): Where the bot is in its life; see FuturesGridStatus and SpotGridStatus for the grids'
                values.
            reason_by (BotOrderDataReasonBy | Unset): Why the bot closed: `user_cancel` (cancelled by its owner),
                `force_liquidation` (liquidated), `loss_stop` or `profit_stop` (its stop-loss or take-profit fired),
                `not_enough_balance` (ran short of funds while running), `not_enough_balance_when_lock` (could not lock its
                investment), `create_failed`.
            top (str | Unset): Upper end of the grid's price range. (futures_grid, spot_grid)
            bottom (str | Unset): Lower end of the grid's price range. (futures_grid, spot_grid)
            row (int | Unset): Number of grid levels. (futures_grid, spot_grid)
            grid_type (BotOrderDataGridType | Unset): How levels are spaced: `arithmetic` (equal price steps) or `geometric`
                (equal ratios). (futures_grid, spot_grid)
            open_price (str | Unset): Market price when the bot was created. (futures_grid, spot_grid)
            trend (BotOrderDataTrend | Unset): Direction of the grid: `long`, `short`, or `no_trend` (neutral).
                (futures_grid, spot_grid)
            type_ (BotOrderDataType | Unset): The last change asked of the bot, if any: `invest_in` (investment added),
                `adjust_params` (range changed), `invest_in_trigger` (investment waiting for a trigger price). (futures_grid)
            leverage (int | Unset): Leverage the grid trades with. (futures_grid)
            extra_margin (str | Unset): Extra margin held against liquidation, on top of the trading capital. (futures_grid)
            quote_investment (str | Unset): Investment in the quote coin. (futures_grid, spot_grid)
            per_volume (str | Unset): Quantity each grid level buys or sells. (futures_grid, spot_grid)
            position (str | Unset): Current position size (negative when short). (futures_grid)
            position_open_price (str | Unset): Average entry price of the position. (futures_grid)
            margin_balance (str | Unset): Margin balance of the bot's account, leverage applied. (futures_grid)
            extra_balance (str | Unset): Extra balance of the bot's account. (futures_grid)
            liquidation_triggered (bool | Unset): True once the bot's position was liquidated. (futures_grid)
            liquidation_price (str | Unset): Price at which the position was liquidated. (futures_grid)
            liquidation_fee (str | Unset): Fee charged by the liquidation. (futures_grid)
            estimate_liquidation_price_up (str | Unset): Estimated liquidation price above the market (short exposure).
                (futures_grid)
            estimate_liquidation_price_down (str | Unset): Estimated liquidation price below the market (long exposure).
                (futures_grid)
            loss_stop_type (BotOrderDataLossStopType | Unset): How the stop-loss is measured: `price` (a market price),
                `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a fraction of the
                investment), or `price_limit` (a limit order at a set price). (futures_grid, spot_grid)
            loss_stop (str | Unset): Stop-loss threshold, read by its type: a price, an amount or a ratio (negative for a
                loss). (futures_grid, spot_grid)
            profit_stop_type (BotOrderDataProfitStopType | Unset): How the take-profit is measured: `price` (a market
                price), `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a fraction of
                the investment), or `price_limit` (a limit order at a set price). (futures_grid, spot_grid)
            profit_stop (str | Unset): Take-profit threshold, read by its type: a price, an amount or a ratio.
                (futures_grid, spot_grid)
            risk_status (BotOrderDataRiskStatus | Unset): Risk state of the bot's position: `TRADING` (normal), `HOLDING`,
                `TAKEOVER`, `LIQUIDATION`. (futures_grid)
            loss_stop_high (str | Unset): Upper stop-loss price of a neutral grid (above the range). (futures_grid)
            pause_price (str | Unset): Market price when the bot was paused. (futures_grid, spot_grid)
            profit_withdrawn (str | Unset): Profit taken out of the bot so far. (futures_grid, spot_grid)
            open_quote_price (str | Unset): Average price of the quote coin in USDT over the investment. (futures_grid,
                spot_grid)
            close_sell_model (BotOrderDataCloseSellModel | Unset): What closing does with the bot's coins: `NOT_SELL`
                (return them as they are), `TO_QUOTE` (sell the base into the quote coin; for a futures grid, close the
                position), `TO_USDT` (also sell the quote coin for USDT). (futures_grid, spot_grid)
            quote_amount_before_sell (str | Unset): Quote coin held before the close sold anything. (futures_grid)
            quote_amount_sell (str | Unset): Quote coin sold when closing. (futures_grid)
            quote_sell_price (str | Unset): Price the quote coin was sold at when closing. (futures_grid)
            unlock_usdt_amount (str | Unset): USDT returned to the account on close (with `TO_USDT` only). (futures_grid)
            unlock_quote_amount (str | Unset): Quote coin returned to the account on close. (futures_grid)
            init_quote_price (str | Unset): Price of the quote coin in USDT when the bot was created. (futures_grid,
                smart_copy)
            closed_quote_price (str | Unset): Price of the quote coin in USDT when the bot closed. (futures_grid,
                smart_copy)
            share_ratio (str | Unset): Share of the profit paid to the bot that was copied. (futures_grid, smart_copy)
            shared_profit (str | Unset): Profit paid out under that share. (futures_grid, smart_copy)
            margin_status (BotOrderDataMarginStatus | Unset): Whether the bot's margin suffices: `NORMAL` or `INSUFFICIENT`.
                (futures_grid)
            invest_coin (str | Unset): Coin the investment was made in: USDT or the quote coin. (futures_grid, spot_grid)
            investment_from (BotOrderDataInvestmentFrom | Unset): Where the investment came from: `USER` (the owner's
                account), `LOCK_ACTIVITY` (a locked promotion), `FUTURE_GRID_BONUS` (a bonus). (futures_grid)
            lock_end_time (int | Unset): When a locked investment is released, in milliseconds since the epoch.
                (futures_grid)
            profit_withdrawn_u (str | Unset): Part of the withdrawn profit that went to the owner. (futures_grid)
            profit_withdrawn_c (str | Unset): Part of the withdrawn profit kept by a bonus or charity pool. (futures_grid)
            profit_withdrawn_p (str | Unset): Part of the withdrawn profit taken as the bonus fee. (futures_grid)
            usdt_investment (str | Unset): Investment counted in USDT. (futures_grid)
            ui_invest_coin (str | Unset): Investment coin as the app recorded it (kept as given). (futures_grid)
            ui_extra_data (str | Unset): App data for a coin-margined grid (kept as given). (futures_grid)
            stop_loss_enabled (bool | Unset): Whether the stop-loss stays armed while the bot is paused. (futures_grid)
            stop_profit_enabled (bool | Unset): Whether the take-profit stays armed while the bot is paused. (futures_grid)
            trigger_pause_price_up (str | Unset): Price above which the bot pauses. (futures_grid)
            trigger_pause_price_down (str | Unset): Price below which the bot pauses. (futures_grid)
            profit_reduce (str | Unset): Grid profit realised by reducing the position, in total. (futures_grid)
            close_order_type (BotOrderDataCloseOrderType | Unset): How the position is being closed: `market`, `limit`, or
                `limit_high` (a neutral grid's upper limit). (futures_grid)
            closed_base_amount (str | Unset): Position size closed. (futures_grid)
            loss_stop_limit_price (str | Unset): Limit price of the stop-loss (stop type `price_limit`). (futures_grid)
            loss_stop_limit_high_price (str | Unset): Upper limit price of a neutral grid's stop-loss (stop type
                `price_limit`). (futures_grid)
            profit_stop_limit_price (str | Unset): Limit price of the take-profit (stop type `price_limit`). (futures_grid)
            slippage (str | Unset): Price tolerance when opening, as a fraction (0.01 is 1%). (futures_grid, spot_grid)
            bonus_id (str | Unset): Identifier of the bonus invested (investment source `FUTURE_GRID_BONUS`). (futures_grid)
            bonus_back_usdt (str | Unset): USDT returned to the bonus pool on close. (futures_grid)
            bonus_back_quote (str | Unset): Quote coin returned to the bonus pool on close. (futures_grid)
            notional_status (BotOrderDataNotionalStatus | Unset): Whether the position hit its notional limit: `NORMAL` or
                `NOTIONAL_LIMIT`. (futures_grid)
            close_slippage (str | Unset): Price tolerance when closing, as a fraction (0.01 is 1%). (futures_grid)
            bonus_fee_ratio (str | Unset): Fee on a bonus investment's profit, as a fraction (0.2 is 20%). (futures_grid)
            bonus_fee (str | Unset): Bonus fee taken on close, in the quote coin. (futures_grid)
            disable_change_tp (bool | Unset): True when the take-profit may not be changed. (futures_grid)
            disable_invest_in_trigger (bool | Unset): True when investment on a trigger price is not allowed. (futures_grid)
            invest_in_triggers (list[FuturesGridInvestTrigger] | Unset): Investment waiting for a trigger price (one at
                most). (futures_grid)
            invest_out_triggers (list[FuturesGridReduceTrigger] | Unset): Position reductions waiting for a trigger price
                (one at most). (futures_grid)
            auto_expired_time (int | Unset): When a bonus bot closes by itself, in milliseconds since the epoch.
                (futures_grid)
            moving_indicator_type (str | Unset): Moving indicator the grid follows, such as `sma`. (futures_grid)
            moving_indicator_interval (str | Unset): Candle interval of that indicator, such as 1m, 15m, 1h or 12h.
                (futures_grid)
            moving_indicator_param (str | Unset): Parameters of that indicator as JSON text, such as {"length":720}.
                (futures_grid)
            moving_trailing_up_param (str | Unset): Ratio by which the price must rise above the moving average to move the
                grid up. (futures_grid)
            cate_type (BotOrderDataCateType | Unset): Kind of futures grid: `FUTURES_MOON`, `FULLY_HEDGING`, `LOAN_GRID`,
                `LEVERAGE_GRID`, `FUTURE_GRID_COIN_MARGINED` (coin-margined). (futures_grid)
            moving_top (str | Unset): Highest the moving grid's range may go. (futures_grid)
            moving_bottom (str | Unset): Lowest the moving grid's range may go. (futures_grid)
            profit_exited (str | Unset): Profit already taken out by exits. (futures_grid)
            funding_fee_payment (str | Unset): Funding fees paid in total (negative when paid). (futures_grid)
            enable_follow_closed (bool | Unset): Whether the bot closes when the bot it copies closes. (futures_grid)
            bu_order_id (str | Unset): Identifier of the bot. (spot_grid, smart_copy)
            loss_stop_delay (int | Unset): Seconds the stop-loss condition must hold before it fires (0: at once).
                (spot_grid)
            profit_stop_delay (int | Unset): Seconds the take-profit condition must hold before it fires (0: at once).
                (spot_grid)
            condition (str | Unset): Trigger price the bot waited for before starting, if it was given one. (spot_grid)
            condition_direction (BotOrderDataConditionDirection | Unset): Which way the price had to cross the trigger: `-1`
                falling to it, `1` rising to it. (spot_grid)
            base_total_investment (str | Unset): Base coin invested in total. (spot_grid)
            quote_total_investment (str | Unset): Quote coin invested in total. (spot_grid, smart_copy)
            earn_coin (str | Unset): Coin the profit is counted in (the quote coin). (spot_grid)
            create_time (int | Unset): When the bot's state last changed, in milliseconds since the epoch. (spot_grid)
            base_investment (str | Unset): Base coin actually invested. (spot_grid)
            base_amount (str | Unset): Base coin the bot holds now. (spot_grid)
            quote_amount (str | Unset): Quote coin the bot holds now. (spot_grid)
            realized_profit (str | Unset): Profit realised so far: grid profit plus what closing positions realised.
                (spot_grid)
            grid_profit (str | Unset): Profit earned by completed buy-sell pairs of levels. (spot_grid)
            total_cost_in_base (str | Unset): Total cost counted in the base coin. (spot_grid)
            total_cost_in_quote (str | Unset): Total cost counted in the quote coin. (spot_grid)
            total_fee_in_base (str | Unset): Fees paid in the base coin. (spot_grid)
            total_fee_in_quote (str | Unset): Fees paid in the quote coin. (spot_grid)
            average_cost (str | Unset): Average cost price of the base coin held. (spot_grid)
            profit_auto_reinvest (bool | Unset): Whether grid profit is reinvested automatically. (spot_grid)
            break_even_without_grid_profit (str | Unset): Price at which the holdings break even, grid profit left out.
                (spot_grid)
            break_even_with_grid_profit (str | Unset): Price at which the holdings break even, grid profit counted.
                (spot_grid)
            kol_signal_id (str | Unset): Identifier of the signal provider's signal the bot follows. (smart_copy)
            quote_original_investment (str | Unset): Investment in the quote coin when the bot was created. (smart_copy)
            current_quote_amount (str | Unset): Quote coin the bot holds now. (smart_copy)
            closed_quote_amount (str | Unset): Quote coin returned when the bot closed. (smart_copy)
            convert_into_earn_coin (int | Unset): 1 when the bot's coins were converted into the earn coin on close, else 0.
                (smart_copy)
            profit (str | Unset): Profit in the quote coin, in total. (smart_copy)
            closed_shared_quote (str | Unset): Quote coin taken on close for that share. (smart_copy)
            trade_type (BotOrderDataTradeType | Unset): Market the bot trades: `futures` or `spot`. (smart_copy)
            funding_fee (str | Unset): Funding fees paid in total. (smart_copy)
            round_count_24_h (int | Unset): Signal rounds completed in the last 24 hours. (smart_copy)
            kol_name (str | Unset): Name of the signal provider. (smart_copy)
            kol_image (str | Unset): Address of the signal provider's picture. (smart_copy)
            signal_name (str | Unset): Name of the signal shown to users. (smart_copy)
            market (str | Unset): Market type, as the exchange names it. (smart_copy)
            portfolio (list[SmartCopyPortfolioItem] | Unset): The coins the bot trades, one entry each. (smart_copy)
    """

    status: str | Unset = UNSET
    reason_by: BotOrderDataReasonBy | Unset = UNSET
    top: str | Unset = UNSET
    bottom: str | Unset = UNSET
    row: int | Unset = UNSET
    grid_type: BotOrderDataGridType | Unset = UNSET
    open_price: str | Unset = UNSET
    trend: BotOrderDataTrend | Unset = UNSET
    type_: BotOrderDataType | Unset = UNSET
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
    loss_stop_type: BotOrderDataLossStopType | Unset = UNSET
    loss_stop: str | Unset = UNSET
    profit_stop_type: BotOrderDataProfitStopType | Unset = UNSET
    profit_stop: str | Unset = UNSET
    risk_status: BotOrderDataRiskStatus | Unset = UNSET
    loss_stop_high: str | Unset = UNSET
    pause_price: str | Unset = UNSET
    profit_withdrawn: str | Unset = UNSET
    open_quote_price: str | Unset = UNSET
    close_sell_model: BotOrderDataCloseSellModel | Unset = UNSET
    quote_amount_before_sell: str | Unset = UNSET
    quote_amount_sell: str | Unset = UNSET
    quote_sell_price: str | Unset = UNSET
    unlock_usdt_amount: str | Unset = UNSET
    unlock_quote_amount: str | Unset = UNSET
    init_quote_price: str | Unset = UNSET
    closed_quote_price: str | Unset = UNSET
    share_ratio: str | Unset = UNSET
    shared_profit: str | Unset = UNSET
    margin_status: BotOrderDataMarginStatus | Unset = UNSET
    invest_coin: str | Unset = UNSET
    investment_from: BotOrderDataInvestmentFrom | Unset = UNSET
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
    close_order_type: BotOrderDataCloseOrderType | Unset = UNSET
    closed_base_amount: str | Unset = UNSET
    loss_stop_limit_price: str | Unset = UNSET
    loss_stop_limit_high_price: str | Unset = UNSET
    profit_stop_limit_price: str | Unset = UNSET
    slippage: str | Unset = UNSET
    bonus_id: str | Unset = UNSET
    bonus_back_usdt: str | Unset = UNSET
    bonus_back_quote: str | Unset = UNSET
    notional_status: BotOrderDataNotionalStatus | Unset = UNSET
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
    cate_type: BotOrderDataCateType | Unset = UNSET
    moving_top: str | Unset = UNSET
    moving_bottom: str | Unset = UNSET
    profit_exited: str | Unset = UNSET
    funding_fee_payment: str | Unset = UNSET
    enable_follow_closed: bool | Unset = UNSET
    bu_order_id: str | Unset = UNSET
    loss_stop_delay: int | Unset = UNSET
    profit_stop_delay: int | Unset = UNSET
    condition: str | Unset = UNSET
    condition_direction: BotOrderDataConditionDirection | Unset = UNSET
    base_total_investment: str | Unset = UNSET
    quote_total_investment: str | Unset = UNSET
    earn_coin: str | Unset = UNSET
    create_time: int | Unset = UNSET
    base_investment: str | Unset = UNSET
    base_amount: str | Unset = UNSET
    quote_amount: str | Unset = UNSET
    realized_profit: str | Unset = UNSET
    grid_profit: str | Unset = UNSET
    total_cost_in_base: str | Unset = UNSET
    total_cost_in_quote: str | Unset = UNSET
    total_fee_in_base: str | Unset = UNSET
    total_fee_in_quote: str | Unset = UNSET
    average_cost: str | Unset = UNSET
    profit_auto_reinvest: bool | Unset = UNSET
    break_even_without_grid_profit: str | Unset = UNSET
    break_even_with_grid_profit: str | Unset = UNSET
    kol_signal_id: str | Unset = UNSET
    quote_original_investment: str | Unset = UNSET
    current_quote_amount: str | Unset = UNSET
    closed_quote_amount: str | Unset = UNSET
    convert_into_earn_coin: int | Unset = UNSET
    profit: str | Unset = UNSET
    closed_shared_quote: str | Unset = UNSET
    trade_type: BotOrderDataTradeType | Unset = UNSET
    funding_fee: str | Unset = UNSET
    round_count_24_h: int | Unset = UNSET
    kol_name: str | Unset = UNSET
    kol_image: str | Unset = UNSET
    signal_name: str | Unset = UNSET
    market: str | Unset = UNSET
    portfolio: list[SmartCopyPortfolioItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        bu_order_id = self.bu_order_id

        loss_stop_delay = self.loss_stop_delay

        profit_stop_delay = self.profit_stop_delay

        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        base_total_investment = self.base_total_investment

        quote_total_investment = self.quote_total_investment

        earn_coin = self.earn_coin

        create_time = self.create_time

        base_investment = self.base_investment

        base_amount = self.base_amount

        quote_amount = self.quote_amount

        realized_profit = self.realized_profit

        grid_profit = self.grid_profit

        total_cost_in_base = self.total_cost_in_base

        total_cost_in_quote = self.total_cost_in_quote

        total_fee_in_base = self.total_fee_in_base

        total_fee_in_quote = self.total_fee_in_quote

        average_cost = self.average_cost

        profit_auto_reinvest = self.profit_auto_reinvest

        break_even_without_grid_profit = self.break_even_without_grid_profit

        break_even_with_grid_profit = self.break_even_with_grid_profit

        kol_signal_id = self.kol_signal_id

        quote_original_investment = self.quote_original_investment

        current_quote_amount = self.current_quote_amount

        closed_quote_amount = self.closed_quote_amount

        convert_into_earn_coin = self.convert_into_earn_coin

        profit = self.profit

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
        if bu_order_id is not UNSET:
            field_dict["buOrderId"] = bu_order_id
        if loss_stop_delay is not UNSET:
            field_dict["lossStopDelay"] = loss_stop_delay
        if profit_stop_delay is not UNSET:
            field_dict["profitStopDelay"] = profit_stop_delay
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["conditionDirection"] = condition_direction
        if base_total_investment is not UNSET:
            field_dict["baseTotalInvestment"] = base_total_investment
        if quote_total_investment is not UNSET:
            field_dict["quoteTotalInvestment"] = quote_total_investment
        if earn_coin is not UNSET:
            field_dict["earnCoin"] = earn_coin
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if base_investment is not UNSET:
            field_dict["baseInvestment"] = base_investment
        if base_amount is not UNSET:
            field_dict["baseAmount"] = base_amount
        if quote_amount is not UNSET:
            field_dict["quoteAmount"] = quote_amount
        if realized_profit is not UNSET:
            field_dict["realizedProfit"] = realized_profit
        if grid_profit is not UNSET:
            field_dict["gridProfit"] = grid_profit
        if total_cost_in_base is not UNSET:
            field_dict["totalCostInBase"] = total_cost_in_base
        if total_cost_in_quote is not UNSET:
            field_dict["totalCostInQuote"] = total_cost_in_quote
        if total_fee_in_base is not UNSET:
            field_dict["totalFeeInBase"] = total_fee_in_base
        if total_fee_in_quote is not UNSET:
            field_dict["totalFeeInQuote"] = total_fee_in_quote
        if average_cost is not UNSET:
            field_dict["averageCost"] = average_cost
        if profit_auto_reinvest is not UNSET:
            field_dict["profitAutoReinvest"] = profit_auto_reinvest
        if break_even_without_grid_profit is not UNSET:
            field_dict["breakEvenWithoutGridProfit"] = break_even_without_grid_profit
        if break_even_with_grid_profit is not UNSET:
            field_dict["breakEvenWithGridProfit"] = break_even_with_grid_profit
        if kol_signal_id is not UNSET:
            field_dict["kolSignalId"] = kol_signal_id
        if quote_original_investment is not UNSET:
            field_dict["quoteOriginalInvestment"] = quote_original_investment
        if current_quote_amount is not UNSET:
            field_dict["currentQuoteAmount"] = current_quote_amount
        if closed_quote_amount is not UNSET:
            field_dict["closedQuoteAmount"] = closed_quote_amount
        if convert_into_earn_coin is not UNSET:
            field_dict["convertIntoEarnCoin"] = convert_into_earn_coin
        if profit is not UNSET:
            field_dict["profit"] = profit
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
        from ..models.futures_grid_invest_trigger import FuturesGridInvestTrigger
        from ..models.futures_grid_reduce_trigger import FuturesGridReduceTrigger
        from ..models.smart_copy_portfolio_item import SmartCopyPortfolioItem

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _reason_by = d.pop("reasonBy", UNSET)
        reason_by: BotOrderDataReasonBy | Unset
        if isinstance(_reason_by, Unset):
            reason_by = UNSET
        else:
            reason_by = check_bot_order_data_reason_by(_reason_by)

        top = d.pop("top", UNSET)

        bottom = d.pop("bottom", UNSET)

        row = d.pop("row", UNSET)

        _grid_type = d.pop("gridType", UNSET)
        grid_type: BotOrderDataGridType | Unset
        if isinstance(_grid_type, Unset):
            grid_type = UNSET
        else:
            grid_type = check_bot_order_data_grid_type(_grid_type)

        open_price = d.pop("openPrice", UNSET)

        _trend = d.pop("trend", UNSET)
        trend: BotOrderDataTrend | Unset
        if isinstance(_trend, Unset):
            trend = UNSET
        else:
            trend = check_bot_order_data_trend(_trend)

        _type_ = d.pop("type", UNSET)
        type_: BotOrderDataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_bot_order_data_type(_type_)

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
        loss_stop_type: BotOrderDataLossStopType | Unset
        if isinstance(_loss_stop_type, Unset):
            loss_stop_type = UNSET
        else:
            loss_stop_type = check_bot_order_data_loss_stop_type(_loss_stop_type)

        loss_stop = d.pop("lossStop", UNSET)

        _profit_stop_type = d.pop("profitStopType", UNSET)
        profit_stop_type: BotOrderDataProfitStopType | Unset
        if isinstance(_profit_stop_type, Unset):
            profit_stop_type = UNSET
        else:
            profit_stop_type = check_bot_order_data_profit_stop_type(_profit_stop_type)

        profit_stop = d.pop("profitStop", UNSET)

        _risk_status = d.pop("riskStatus", UNSET)
        risk_status: BotOrderDataRiskStatus | Unset
        if isinstance(_risk_status, Unset):
            risk_status = UNSET
        else:
            risk_status = check_bot_order_data_risk_status(_risk_status)

        loss_stop_high = d.pop("lossStopHigh", UNSET)

        pause_price = d.pop("pausePrice", UNSET)

        profit_withdrawn = d.pop("profitWithdrawn", UNSET)

        open_quote_price = d.pop("openQuotePrice", UNSET)

        _close_sell_model = d.pop("closeSellModel", UNSET)
        close_sell_model: BotOrderDataCloseSellModel | Unset
        if isinstance(_close_sell_model, Unset):
            close_sell_model = UNSET
        else:
            close_sell_model = check_bot_order_data_close_sell_model(_close_sell_model)

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
        margin_status: BotOrderDataMarginStatus | Unset
        if isinstance(_margin_status, Unset):
            margin_status = UNSET
        else:
            margin_status = check_bot_order_data_margin_status(_margin_status)

        invest_coin = d.pop("investCoin", UNSET)

        _investment_from = d.pop("investmentFrom", UNSET)
        investment_from: BotOrderDataInvestmentFrom | Unset
        if isinstance(_investment_from, Unset):
            investment_from = UNSET
        else:
            investment_from = check_bot_order_data_investment_from(_investment_from)

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
        close_order_type: BotOrderDataCloseOrderType | Unset
        if isinstance(_close_order_type, Unset):
            close_order_type = UNSET
        else:
            close_order_type = check_bot_order_data_close_order_type(_close_order_type)

        closed_base_amount = d.pop("closedBaseAmount", UNSET)

        loss_stop_limit_price = d.pop("lossStopLimitPrice", UNSET)

        loss_stop_limit_high_price = d.pop("lossStopLimitHighPrice", UNSET)

        profit_stop_limit_price = d.pop("profitStopLimitPrice", UNSET)

        slippage = d.pop("slippage", UNSET)

        bonus_id = d.pop("bonusId", UNSET)

        bonus_back_usdt = d.pop("bonusBackUsdt", UNSET)

        bonus_back_quote = d.pop("bonusBackQuote", UNSET)

        _notional_status = d.pop("notionalStatus", UNSET)
        notional_status: BotOrderDataNotionalStatus | Unset
        if isinstance(_notional_status, Unset):
            notional_status = UNSET
        else:
            notional_status = check_bot_order_data_notional_status(_notional_status)

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
        cate_type: BotOrderDataCateType | Unset
        if isinstance(_cate_type, Unset):
            cate_type = UNSET
        else:
            cate_type = check_bot_order_data_cate_type(_cate_type)

        moving_top = d.pop("movingTop", UNSET)

        moving_bottom = d.pop("movingBottom", UNSET)

        profit_exited = d.pop("profitExited", UNSET)

        funding_fee_payment = d.pop("fundingFeePayment", UNSET)

        enable_follow_closed = d.pop("enableFollowClosed", UNSET)

        bu_order_id = d.pop("buOrderId", UNSET)

        loss_stop_delay = d.pop("lossStopDelay", UNSET)

        profit_stop_delay = d.pop("profitStopDelay", UNSET)

        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("conditionDirection", UNSET)
        condition_direction: BotOrderDataConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = check_bot_order_data_condition_direction(
                _condition_direction
            )

        base_total_investment = d.pop("baseTotalInvestment", UNSET)

        quote_total_investment = d.pop("quoteTotalInvestment", UNSET)

        earn_coin = d.pop("earnCoin", UNSET)

        create_time = d.pop("createTime", UNSET)

        base_investment = d.pop("baseInvestment", UNSET)

        base_amount = d.pop("baseAmount", UNSET)

        quote_amount = d.pop("quoteAmount", UNSET)

        realized_profit = d.pop("realizedProfit", UNSET)

        grid_profit = d.pop("gridProfit", UNSET)

        total_cost_in_base = d.pop("totalCostInBase", UNSET)

        total_cost_in_quote = d.pop("totalCostInQuote", UNSET)

        total_fee_in_base = d.pop("totalFeeInBase", UNSET)

        total_fee_in_quote = d.pop("totalFeeInQuote", UNSET)

        average_cost = d.pop("averageCost", UNSET)

        profit_auto_reinvest = d.pop("profitAutoReinvest", UNSET)

        break_even_without_grid_profit = d.pop("breakEvenWithoutGridProfit", UNSET)

        break_even_with_grid_profit = d.pop("breakEvenWithGridProfit", UNSET)

        kol_signal_id = d.pop("kolSignalId", UNSET)

        quote_original_investment = d.pop("quoteOriginalInvestment", UNSET)

        current_quote_amount = d.pop("currentQuoteAmount", UNSET)

        closed_quote_amount = d.pop("closedQuoteAmount", UNSET)

        convert_into_earn_coin = d.pop("convertIntoEarnCoin", UNSET)

        profit = d.pop("profit", UNSET)

        closed_shared_quote = d.pop("closedSharedQuote", UNSET)

        _trade_type = d.pop("tradeType", UNSET)
        trade_type: BotOrderDataTradeType | Unset
        if isinstance(_trade_type, Unset):
            trade_type = UNSET
        else:
            trade_type = check_bot_order_data_trade_type(_trade_type)

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

        bot_order_data = cls(
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
            bu_order_id=bu_order_id,
            loss_stop_delay=loss_stop_delay,
            profit_stop_delay=profit_stop_delay,
            condition=condition,
            condition_direction=condition_direction,
            base_total_investment=base_total_investment,
            quote_total_investment=quote_total_investment,
            earn_coin=earn_coin,
            create_time=create_time,
            base_investment=base_investment,
            base_amount=base_amount,
            quote_amount=quote_amount,
            realized_profit=realized_profit,
            grid_profit=grid_profit,
            total_cost_in_base=total_cost_in_base,
            total_cost_in_quote=total_cost_in_quote,
            total_fee_in_base=total_fee_in_base,
            total_fee_in_quote=total_fee_in_quote,
            average_cost=average_cost,
            profit_auto_reinvest=profit_auto_reinvest,
            break_even_without_grid_profit=break_even_without_grid_profit,
            break_even_with_grid_profit=break_even_with_grid_profit,
            kol_signal_id=kol_signal_id,
            quote_original_investment=quote_original_investment,
            current_quote_amount=current_quote_amount,
            closed_quote_amount=closed_quote_amount,
            convert_into_earn_coin=convert_into_earn_coin,
            profit=profit,
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

        bot_order_data.additional_properties = d
        return bot_order_data

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
