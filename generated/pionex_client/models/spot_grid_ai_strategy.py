from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spot_grid_ai_strategy_option import SpotGridAiStrategyOption


T = TypeVar("T", bound="SpotGridAiStrategy")


@_attrs_define
class SpotGridAiStrategy:
    """A spot grid the exchange suggests for a pair, with alternatives fitted over other periods.

    Attributes:
        annualized (str | Unset): Return of the suggestion, annualised.
        total_apr (str | Unset): Total yearly rate of the suggestion.
        high (str | Unset): Suggested upper end of the range.
        low (str | Unset): Suggested lower end of the range.
        grid_count (int | Unset): Suggested number of grid levels.
        strategy_id (str | Unset): Identifier of the suggestion.
        volatility (str | Unset): Volatility of the pair.
        max_draw_down (str | Unset): Largest drop from a peak over the fitting period.
        options (list[SpotGridAiStrategyOption] | Unset): Alternatives, one per fitting period.
    """

    annualized: str | Unset = UNSET
    total_apr: str | Unset = UNSET
    high: str | Unset = UNSET
    low: str | Unset = UNSET
    grid_count: int | Unset = UNSET
    strategy_id: str | Unset = UNSET
    volatility: str | Unset = UNSET
    max_draw_down: str | Unset = UNSET
    options: list[SpotGridAiStrategyOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annualized = self.annualized

        total_apr = self.total_apr

        high = self.high

        low = self.low

        grid_count = self.grid_count

        strategy_id = self.strategy_id

        volatility = self.volatility

        max_draw_down = self.max_draw_down

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annualized is not UNSET:
            field_dict["annualized"] = annualized
        if total_apr is not UNSET:
            field_dict["totalApr"] = total_apr
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if grid_count is not UNSET:
            field_dict["gridCount"] = grid_count
        if strategy_id is not UNSET:
            field_dict["strategyId"] = strategy_id
        if volatility is not UNSET:
            field_dict["volatility"] = volatility
        if max_draw_down is not UNSET:
            field_dict["maxDrawDown"] = max_draw_down
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.spot_grid_ai_strategy_option import SpotGridAiStrategyOption

        d = dict(src_dict)
        annualized = d.pop("annualized", UNSET)

        total_apr = d.pop("totalApr", UNSET)

        high = d.pop("high", UNSET)

        low = d.pop("low", UNSET)

        grid_count = d.pop("gridCount", UNSET)

        strategy_id = d.pop("strategyId", UNSET)

        volatility = d.pop("volatility", UNSET)

        max_draw_down = d.pop("maxDrawDown", UNSET)

        _options = d.pop("options", UNSET)
        options: list[SpotGridAiStrategyOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = SpotGridAiStrategyOption.from_dict(options_item_data)

                options.append(options_item)

        spot_grid_ai_strategy = cls(
            annualized=annualized,
            total_apr=total_apr,
            high=high,
            low=low,
            grid_count=grid_count,
            strategy_id=strategy_id,
            volatility=volatility,
            max_draw_down=max_draw_down,
            options=options,
        )

        spot_grid_ai_strategy.additional_properties = d
        return spot_grid_ai_strategy

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
