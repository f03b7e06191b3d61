from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spot_grid_check_order_data_condition_direction import (
    SpotGridCheckOrderDataConditionDirection,
    check_spot_grid_check_order_data_condition_direction,
)
from ..models.spot_grid_check_order_data_grid_type import (
    SpotGridCheckOrderDataGridType,
    check_spot_grid_check_order_data_grid_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotGridCheckOrderData")


@_attrs_define
class SpotGridCheckOrderData:
    """The settings of a spot grid to check (names in snake_case, as this operation takes them).

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
        grid_type (SpotGridCheckOrderDataGridType): How levels are spaced: `arithmetic` or `geometric`.
        quote_total_investment (str): An exact positive amount in plain decimal notation: digits, then optionally a
            point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the
            point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the
            only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the
            most any amount may have, whatever the pair. Example: 0.001.
        condition (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and
            more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
            after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
            states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
            may have, whatever the pair. Example: 0.001.
        condition_direction (SpotGridCheckOrderDataConditionDirection | Unset): Which way the price must reach the
            trigger: `-1` falling to it, `1` rising to it.
    """

    top: str
    bottom: str
    row: int
    grid_type: SpotGridCheckOrderDataGridType
    quote_total_investment: str
    condition: str | Unset = UNSET
    condition_direction: SpotGridCheckOrderDataConditionDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top = self.top

        bottom = self.bottom

        row = self.row

        grid_type: str = self.grid_type

        quote_total_investment = self.quote_total_investment

        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top": top,
                "bottom": bottom,
                "row": row,
                "grid_type": grid_type,
                "quote_total_investment": quote_total_investment,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["condition_direction"] = condition_direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        top = d.pop("top")

        bottom = d.pop("bottom")

        row = d.pop("row")

        grid_type = check_spot_grid_check_order_data_grid_type(d.pop("grid_type"))

        quote_total_investment = d.pop("quote_total_investment")

        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("condition_direction", UNSET)
        condition_direction: SpotGridCheckOrderDataConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = check_spot_grid_check_order_data_condition_direction(
                _condition_direction
            )

        spot_grid_check_order_data = cls(
            top=top,
            bottom=bottom,
            row=row,
            grid_type=grid_type,
            quote_total_investment=quote_total_investment,
            condition=condition,
            condition_direction=condition_direction,
        )

        spot_grid_check_order_data.additional_properties = d
        return spot_grid_check_order_data

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
