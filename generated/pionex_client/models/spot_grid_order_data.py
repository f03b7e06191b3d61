from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spot_grid_order_data_close_sell_model import (
    SpotGridOrderDataCloseSellModel,
    check_spot_grid_order_data_close_sell_model,
)
from ..models.spot_grid_order_data_condition_direction import (
    SpotGridOrderDataConditionDirection,
    check_spot_grid_order_data_condition_direction,
)
from ..models.spot_grid_order_data_grid_type import (
    SpotGridOrderDataGridType,
    check_spot_grid_order_data_grid_type,
)
from ..models.spot_grid_order_data_loss_stop_type import (
    SpotGridOrderDataLossStopType,
    check_spot_grid_order_data_loss_stop_type,
)
from ..models.spot_grid_order_data_profit_stop_type import (
    SpotGridOrderDataProfitStopType,
    check_spot_grid_order_data_profit_stop_type,
)
from ..models.spot_grid_order_data_reason_by import (
    SpotGridOrderDataReasonBy,
    check_spot_grid_order_data_reason_by,
)
from ..models.spot_grid_order_data_status import (
    SpotGridOrderDataStatus,
    check_spot_grid_order_data_status,
)
from ..models.spot_grid_order_data_trend import (
    SpotGridOrderDataTrend,
    check_spot_grid_order_data_trend,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotGridOrderData")


@_attrs_define
class SpotGridOrderData:
    """The settings and state of a spot grid.

    Attributes:
        bu_order_id (str | Unset): Identifier of the bot.
        top (str | Unset): Upper end of the grid's price range.
        bottom (str | Unset): Lower end of the grid's price range.
        row (int | Unset): Number of grid levels.
        loss_stop_type (SpotGridOrderDataLossStopType | Unset): How the stop-loss is measured: `price` (a market price),
            `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a fraction of the
            investment).
        loss_stop (str | Unset): Stop-loss threshold, read by its type: a price (40000), a loss in the quote coin (-50)
            or a ratio (-0.1 is 10% down).
        loss_stop_delay (int | Unset): Seconds the stop-loss condition must hold before it fires (0: at once).
        profit_stop_type (SpotGridOrderDataProfitStopType | Unset): How the take-profit is measured: `price` (a market
            price), `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a fraction of
            the investment).
        profit_stop (str | Unset): Take-profit threshold, read by its type: a price (55000), a profit in the quote coin
            (100) or a ratio (0.1 is 10%).
        profit_stop_delay (int | Unset): Seconds the take-profit condition must hold before it fires (0: at once).
        condition (str | Unset): Trigger price the bot waited for before starting, if it was given one.
        condition_direction (SpotGridOrderDataConditionDirection | Unset): Which way the price had to cross the trigger:
            `-1` falling to it, `1` rising to it.
        base_total_investment (str | Unset): Base coin invested in total.
        quote_total_investment (str | Unset): Quote coin invested in total.
        grid_type (SpotGridOrderDataGridType | Unset): How levels are spaced: `arithmetic` or `geometric`.
        open_price (str | Unset): Market price when the bot was created.
        earn_coin (str | Unset): Coin the profit is counted in (the quote coin).
        trend (SpotGridOrderDataTrend | Unset): Direction of the grid: always `long` for a spot grid.
        status (SpotGridOrderDataStatus | Unset): Where the bot is in its life: `prepare`, `lock_currency`, `init_grid`,
            `running`, then `destroy_grid` and `unlock_currency` while it closes, `canceled` once closed.
        create_time (int | Unset): When the bot's state last changed, in milliseconds since the epoch.
        base_investment (str | Unset): Base coin actually invested.
        quote_investment (str | Unset): Quote coin actually invested.
        per_volume (str | Unset): Quantity each grid level buys or sells.
        base_amount (str | Unset): Base coin the bot holds now.
        quote_amount (str | Unset): Quote coin the bot holds now.
        realized_profit (str | Unset): Profit realised so far: grid profit plus what closing positions realised.
        grid_profit (str | Unset): Profit earned by completed buy-sell pairs of levels.
        total_cost_in_base (str | Unset): Total cost counted in the base coin.
        total_cost_in_quote (str | Unset): Total cost counted in the quote coin.
        total_fee_in_base (str | Unset): Fees paid in the base coin.
        total_fee_in_quote (str | Unset): Fees paid in the quote coin.
        average_cost (str | Unset): Average cost price of the base coin held.
        profit_withdrawn (str | Unset): Profit taken out of the bot so far.
        reason_by (SpotGridOrderDataReasonBy | Unset): Why the bot closed (a spot grid uses `user_cancel`, `loss_stop`,
            `profit_stop`, `not_enough_balance`, `create_failed`).
        invest_coin (str | Unset): Coin the investment was made in: USDT or the quote coin.
        close_sell_model (SpotGridOrderDataCloseSellModel | Unset): What closing does with the bot's coins: `NOT_SELL`
            (return base and quote as they are), `TO_QUOTE` (sell the base for the quote coin), `TO_USDT` (sell it for
            USDT).
        slippage (str | Unset): Price tolerance when opening, as a fraction (0.01 is 1%).
        pause_price (str | Unset): Market price when the bot was paused.
        profit_auto_reinvest (bool | Unset): Whether grid profit is reinvested automatically.
        break_even_without_grid_profit (str | Unset): Price at which the holdings break even, grid profit left out.
        break_even_with_grid_profit (str | Unset): Price at which the holdings break even, grid profit counted.
        open_quote_price (str | Unset): Price of the quote coin in USDT when the bot was created.
    """

    bu_order_id: str | Unset = UNSET
    top: str | Unset = UNSET
    bottom: str | Unset = UNSET
    row: int | Unset = UNSET
    loss_stop_type: SpotGridOrderDataLossStopType | Unset = UNSET
    loss_stop: str | Unset = UNSET
    loss_stop_delay: int | Unset = UNSET
    profit_stop_type: SpotGridOrderDataProfitStopType | Unset = UNSET
    profit_stop: str | Unset = UNSET
    profit_stop_delay: int | Unset = UNSET
    condition: str | Unset = UNSET
    condition_direction: SpotGridOrderDataConditionDirection | Unset = UNSET
    base_total_investment: str | Unset = UNSET
    quote_total_investment: str | Unset = UNSET
    grid_type: SpotGridOrderDataGridType | Unset = UNSET
    open_price: str | Unset = UNSET
    earn_coin: str | Unset = UNSET
    trend: SpotGridOrderDataTrend | Unset = UNSET
    status: SpotGridOrderDataStatus | Unset = UNSET
    create_time: int | Unset = UNSET
    base_investment: str | Unset = UNSET
    quote_investment: str | Unset = UNSET
    per_volume: str | Unset = UNSET
    base_amount: str | Unset = UNSET
    quote_amount: str | Unset = UNSET
    realized_profit: str | Unset = UNSET
    grid_profit: str | Unset = UNSET
    total_cost_in_base: str | Unset = UNSET
    total_cost_in_quote: str | Unset = UNSET
    total_fee_in_base: str | Unset = UNSET
    total_fee_in_quote: str | Unset = UNSET
    average_cost: str | Unset = UNSET
    profit_withdrawn: str | Unset = UNSET
    reason_by: SpotGridOrderDataReasonBy | Unset = UNSET
    invest_coin: str | Unset = UNSET
    close_sell_model: SpotGridOrderDataCloseSellModel | Unset = UNSET
    slippage: str | Unset = UNSET
    pause_price: str | Unset = UNSET
    profit_auto_reinvest: bool | Unset = UNSET
    break_even_without_grid_profit: str | Unset = UNSET
    break_even_with_grid_profit: str | Unset = UNSET
    open_quote_price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        top = self.top

        bottom = self.bottom

        row = self.row

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

        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        base_total_investment = self.base_total_investment

        quote_total_investment = self.quote_total_investment

        grid_type: str | Unset = UNSET
        if not isinstance(self.grid_type, Unset):
            grid_type = self.grid_type

        open_price = self.open_price

        earn_coin = self.earn_coin

        trend: str | Unset = UNSET
        if not isinstance(self.trend, Unset):
            trend = self.trend

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        create_time = self.create_time

        base_investment = self.base_investment

        quote_investment = self.quote_investment

        per_volume = self.per_volume

        base_amount = self.base_amount

        quote_amount = self.quote_amount

        realized_profit = self.realized_profit

        grid_profit = self.grid_profit

        total_cost_in_base = self.total_cost_in_base

        total_cost_in_quote = self.total_cost_in_quote

        total_fee_in_base = self.total_fee_in_base

        total_fee_in_quote = self.total_fee_in_quote

        average_cost = self.average_cost

        profit_withdrawn = self.profit_withdrawn

        reason_by: str | Unset = UNSET
        if not isinstance(self.reason_by, Unset):
            reason_by = self.reason_by

        invest_coin = self.invest_coin

        close_sell_model: str | Unset = UNSET
        if not isinstance(self.close_sell_model, Unset):
            close_sell_model = self.close_sell_model

        slippage = self.slippage

        pause_price = self.pause_price

        profit_auto_reinvest = self.profit_auto_reinvest

        break_even_without_grid_profit = self.break_even_without_grid_profit

        break_even_with_grid_profit = self.break_even_with_grid_profit

        open_quote_price = self.open_quote_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bu_order_id is not UNSET:
            field_dict["buOrderId"] = bu_order_id
        if top is not UNSET:
            field_dict["top"] = top
        if bottom is not UNSET:
            field_dict["bottom"] = bottom
        if row is not UNSET:
            field_dict["row"] = row
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
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["conditionDirection"] = condition_direction
        if base_total_investment is not UNSET:
            field_dict["baseTotalInvestment"] = base_total_investment
        if quote_total_investment is not UNSET:
            field_dict["quoteTotalInvestment"] = quote_total_investment
        if grid_type is not UNSET:
            field_dict["gridType"] = grid_type
        if open_price is not UNSET:
            field_dict["openPrice"] = open_price
        if earn_coin is not UNSET:
            field_dict["earnCoin"] = earn_coin
        if trend is not UNSET:
            field_dict["trend"] = trend
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if base_investment is not UNSET:
            field_dict["baseInvestment"] = base_investment
        if quote_investment is not UNSET:
            field_dict["quoteInvestment"] = quote_investment
        if per_volume is not UNSET:
            field_dict["perVolume"] = per_volume
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
        if profit_withdrawn is not UNSET:
            field_dict["profitWithdrawn"] = profit_withdrawn
        if reason_by is not UNSET:
            field_dict["reasonBy"] = reason_by
        if invest_coin is not UNSET:
            field_dict["investCoin"] = invest_coin
        if close_sell_model is not UNSET:
            field_dict["closeSellModel"] = close_sell_model
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if pause_price is not UNSET:
            field_dict["pausePrice"] = pause_price
        if profit_auto_reinvest is not UNSET:
            field_dict["profitAutoReinvest"] = profit_auto_reinvest
        if break_even_without_grid_profit is not UNSET:
            field_dict["breakEvenWithoutGridProfit"] = break_even_without_grid_profit
        if break_even_with_grid_profit is not UNSET:
            field_dict["breakEvenWithGridProfit"] = break_even_with_grid_profit
        if open_quote_price is not UNSET:
            field_dict["openQuotePrice"] = open_quote_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bu_order_id = d.pop("buOrderId", UNSET)

        top = d.pop("top", UNSET)

        bottom = d.pop("bottom", UNSET)

        row = d.pop("row", UNSET)

        _loss_stop_type = d.pop("lossStopType", UNSET)
        loss_stop_type: SpotGridOrderDataLossStopType | Unset
        if isinstance(_loss_stop_type, Unset):
            loss_stop_type = UNSET
        else:
            loss_stop_type = check_spot_grid_order_data_loss_stop_type(_loss_stop_type)

        loss_stop = d.pop("lossStop", UNSET)

        loss_stop_delay = d.pop("lossStopDelay", UNSET)

        _profit_stop_type = d.pop("profitStopType", UNSET)
        profit_stop_type: SpotGridOrderDataProfitStopType | Unset
        if isinstance(_profit_stop_type, Unset):
            profit_stop_type = UNSET
        else:
            profit_stop_type = check_spot_grid_order_data_profit_stop_type(
                _profit_stop_type
            )

        profit_stop = d.pop("profitStop", UNSET)

        profit_stop_delay = d.pop("profitStopDelay", UNSET)

        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("conditionDirection", UNSET)
        condition_direction: SpotGridOrderDataConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = check_spot_grid_order_data_condition_direction(
                _condition_direction
            )

        base_total_investment = d.pop("baseTotalInvestment", UNSET)

        quote_total_investment = d.pop("quoteTotalInvestment", UNSET)

        _grid_type = d.pop("gridType", UNSET)
        grid_type: SpotGridOrderDataGridType | Unset
        if isinstance(_grid_type, Unset):
            grid_type = UNSET
        else:
            grid_type = check_spot_grid_order_data_grid_type(_grid_type)

        open_price = d.pop("openPrice", UNSET)

        earn_coin = d.pop("earnCoin", UNSET)

        _trend = d.pop("trend", UNSET)
        trend: SpotGridOrderDataTrend | Unset
        if isinstance(_trend, Unset):
            trend = UNSET
        else:
            trend = check_spot_grid_order_data_trend(_trend)

        _status = d.pop("status", UNSET)
        status: SpotGridOrderDataStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_spot_grid_order_data_status(_status)

        create_time = d.pop("createTime", UNSET)

        base_investment = d.pop("baseInvestment", UNSET)

        quote_investment = d.pop("quoteInvestment", UNSET)

        per_volume = d.pop("perVolume", UNSET)

        base_amount = d.pop("baseAmount", UNSET)

        quote_amount = d.pop("quoteAmount", UNSET)

        realized_profit = d.pop("realizedProfit", UNSET)

        grid_profit = d.pop("gridProfit", UNSET)

        total_cost_in_base = d.pop("totalCostInBase", UNSET)

        total_cost_in_quote = d.pop("totalCostInQuote", UNSET)

        total_fee_in_base = d.pop("totalFeeInBase", UNSET)

        total_fee_in_quote = d.pop("totalFeeInQuote", UNSET)

        average_cost = d.pop("averageCost", UNSET)

        profit_withdrawn = d.pop("profitWithdrawn", UNSET)

        _reason_by = d.pop("reasonBy", UNSET)
        reason_by: SpotGridOrderDataReasonBy | Unset
        if isinstance(_reason_by, Unset):
            reason_by = UNSET
        else:
            reason_by = check_spot_grid_order_data_reason_by(_reason_by)

        invest_coin = d.pop("investCoin", UNSET)

        _close_sell_model = d.pop("closeSellModel", UNSET)
        close_sell_model: SpotGridOrderDataCloseSellModel | Unset
        if isinstance(_close_sell_model, Unset):
            close_sell_model = UNSET
        else:
            close_sell_model = check_spot_grid_order_data_close_sell_model(
                _close_sell_model
            )

        slippage = d.pop("slippage", UNSET)

        pause_price = d.pop("pausePrice", UNSET)

        profit_auto_reinvest = d.pop("profitAutoReinvest", UNSET)

        break_even_without_grid_profit = d.pop("breakEvenWithoutGridProfit", UNSET)

        break_even_with_grid_profit = d.pop("breakEvenWithGridProfit", UNSET)

        open_quote_price = d.pop("openQuotePrice", UNSET)

        spot_grid_order_data = cls(
            bu_order_id=bu_order_id,
            top=top,
            bottom=bottom,
            row=row,
            loss_stop_type=loss_stop_type,
            loss_stop=loss_stop,
            loss_stop_delay=loss_stop_delay,
            profit_stop_type=profit_stop_type,
            profit_stop=profit_stop,
            profit_stop_delay=profit_stop_delay,
            condition=condition,
            condition_direction=condition_direction,
            base_total_investment=base_total_investment,
            quote_total_investment=quote_total_investment,
            grid_type=grid_type,
            open_price=open_price,
            earn_coin=earn_coin,
            trend=trend,
            status=status,
            create_time=create_time,
            base_investment=base_investment,
            quote_investment=quote_investment,
            per_volume=per_volume,
            base_amount=base_amount,
            quote_amount=quote_amount,
            realized_profit=realized_profit,
            grid_profit=grid_profit,
            total_cost_in_base=total_cost_in_base,
            total_cost_in_quote=total_cost_in_quote,
            total_fee_in_base=total_fee_in_base,
            total_fee_in_quote=total_fee_in_quote,
            average_cost=average_cost,
            profit_withdrawn=profit_withdrawn,
            reason_by=reason_by,
            invest_coin=invest_coin,
            close_sell_model=close_sell_model,
            slippage=slippage,
            pause_price=pause_price,
            profit_auto_reinvest=profit_auto_reinvest,
            break_even_without_grid_profit=break_even_without_grid_profit,
            break_even_with_grid_profit=break_even_with_grid_profit,
            open_quote_price=open_quote_price,
        )

        spot_grid_order_data.additional_properties = d
        return spot_grid_order_data

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
