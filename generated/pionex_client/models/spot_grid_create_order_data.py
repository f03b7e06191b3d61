from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spot_grid_create_order_data_close_sell_model import (
    SpotGridCreateOrderDataCloseSellModel,
    check_spot_grid_create_order_data_close_sell_model,
)
from ..models.spot_grid_create_order_data_condition_direction import (
    SpotGridCreateOrderDataConditionDirection,
    check_spot_grid_create_order_data_condition_direction,
)
from ..models.spot_grid_create_order_data_grid_type import (
    SpotGridCreateOrderDataGridType,
    check_spot_grid_create_order_data_grid_type,
)
from ..models.spot_grid_create_order_data_loss_stop_type import (
    SpotGridCreateOrderDataLossStopType,
    check_spot_grid_create_order_data_loss_stop_type,
)
from ..models.spot_grid_create_order_data_profit_stop_type import (
    SpotGridCreateOrderDataProfitStopType,
    check_spot_grid_create_order_data_profit_stop_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotGridCreateOrderData")


@_attrs_define
class SpotGridCreateOrderData:
    """The settings of a new spot grid. A stop value goes with its stop type, a stop delay with its stop, a trigger price
    with its direction; the client refuses any other combination before sending.

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
            row (int): Number of grid levels, 2 to 1000.
            grid_type (SpotGridCreateOrderDataGridType): How levels are spaced: `arithmetic` (equal steps) or `geometric`
                (equal ratios).
            quote_total_investment (str): An exact positive amount in plain decimal notation: digits, then optionally a
                point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the
                point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the
                only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the
                most any amount may have, whatever the pair. Example: 0.001.
            loss_stop_type (SpotGridCreateOrderDataLossStopType | Unset): How `lossStop` is read: `price` (a market price),
                `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a fraction of the
                investment).
            loss_stop (str | Unset): An exact amount that may be negative, in plain decimal notation: an optional minus
                sign, digits, then optionally a point and more digits (-0.1, -50, 45000); no plus sign, exponent, spaces or
                separators, at most 30 digits before the point and 15 after it. Used for thresholds that are losses, such as a
                stop-loss ratio of -0.1 (10% down). Example: -0.1.
            loss_stop_delay (int | Unset): Seconds the stop-loss condition must hold (the wait restarts if it lapses) before
                it fires; leave out to fire at once.
            profit_stop_type (SpotGridCreateOrderDataProfitStopType | Unset): How `profitStop` is read: `price` (a market
                price), `profit_amount` (a profit or loss in the quote coin), `profit_ratio` (a profit or loss as a fraction of
                the investment).
            profit_stop (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point
                and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and
                15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            profit_stop_delay (int | Unset): Seconds the take-profit condition must hold (the wait restarts if it lapses)
                before it fires; leave out to fire at once.
            condition (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and
                more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
                after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            condition_direction (SpotGridCreateOrderDataConditionDirection | Unset): Which way the price must cross the
                trigger: `-1` falling below it, `1` rising above it.
            slippage (str | Unset): A price tolerance as a fraction of the price, sent as a decimal string: 0.01 is 1%.
                Greater than 0 and at most 1. Example: 0.01.
            close_sell_model (SpotGridCreateOrderDataCloseSellModel | Unset): What cancelling will do with the bot's coins:
                `NOT_SELL` (return base and quote as they are; the default), `TO_QUOTE` (sell the base for the quote coin),
                `TO_USDT` (sell it for USDT). Default: 'NOT_SELL'.
    """

    top: str
    bottom: str
    row: int
    grid_type: SpotGridCreateOrderDataGridType
    quote_total_investment: str
    loss_stop_type: SpotGridCreateOrderDataLossStopType | Unset = UNSET
    loss_stop: str | Unset = UNSET
    loss_stop_delay: int | Unset = UNSET
    profit_stop_type: SpotGridCreateOrderDataProfitStopType | Unset = UNSET
    profit_stop: str | Unset = UNSET
    profit_stop_delay: int | Unset = UNSET
    condition: str | Unset = UNSET
    condition_direction: SpotGridCreateOrderDataConditionDirection | Unset = UNSET
    slippage: str | Unset = UNSET
    close_sell_model: SpotGridCreateOrderDataCloseSellModel | Unset = "NOT_SELL"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top = self.top

        bottom = self.bottom

        row = self.row

        grid_type: str = self.grid_type

        quote_total_investment = self.quote_total_investment

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

        slippage = self.slippage

        close_sell_model: str | Unset = UNSET
        if not isinstance(self.close_sell_model, Unset):
            close_sell_model = self.close_sell_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top": top,
                "bottom": bottom,
                "row": row,
                "gridType": grid_type,
                "quoteTotalInvestment": quote_total_investment,
            }
        )
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
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if close_sell_model is not UNSET:
            field_dict["closeSellModel"] = close_sell_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        top = d.pop("top")

        bottom = d.pop("bottom")

        row = d.pop("row")

        grid_type = check_spot_grid_create_order_data_grid_type(d.pop("gridType"))

        quote_total_investment = d.pop("quoteTotalInvestment")

        _loss_stop_type = d.pop("lossStopType", UNSET)
        loss_stop_type: SpotGridCreateOrderDataLossStopType | Unset
        if isinstance(_loss_stop_type, Unset):
            loss_stop_type = UNSET
        else:
            loss_stop_type = check_spot_grid_create_order_data_loss_stop_type(
                _loss_stop_type
            )

        loss_stop = d.pop("lossStop", UNSET)

        loss_stop_delay = d.pop("lossStopDelay", UNSET)

        _profit_stop_type = d.pop("profitStopType", UNSET)
        profit_stop_type: SpotGridCreateOrderDataProfitStopType | Unset
        if isinstance(_profit_stop_type, Unset):
            profit_stop_type = UNSET
        else:
            profit_stop_type = check_spot_grid_create_order_data_profit_stop_type(
                _profit_stop_type
            )

        profit_stop = d.pop("profitStop", UNSET)

        profit_stop_delay = d.pop("profitStopDelay", UNSET)

        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("conditionDirection", UNSET)
        condition_direction: SpotGridCreateOrderDataConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = check_spot_grid_create_order_data_condition_direction(
                _condition_direction
            )

        slippage = d.pop("slippage", UNSET)

        _close_sell_model = d.pop("closeSellModel", UNSET)
        close_sell_model: SpotGridCreateOrderDataCloseSellModel | Unset
        if isinstance(_close_sell_model, Unset):
            close_sell_model = UNSET
        else:
            close_sell_model = check_spot_grid_create_order_data_close_sell_model(
                _close_sell_model
            )

        spot_grid_create_order_data = cls(
            top=top,
            bottom=bottom,
            row=row,
            grid_type=grid_type,
            quote_total_investment=quote_total_investment,
            loss_stop_type=loss_stop_type,
            loss_stop=loss_stop,
            loss_stop_delay=loss_stop_delay,
            profit_stop_type=profit_stop_type,
            profit_stop=profit_stop,
            profit_stop_delay=profit_stop_delay,
            condition=condition,
            condition_direction=condition_direction,
            slippage=slippage,
            close_sell_model=close_sell_model,
        )

        spot_grid_create_order_data.additional_properties = d
        return spot_grid_create_order_data

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
