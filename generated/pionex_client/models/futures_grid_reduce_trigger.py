from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_grid_reduce_trigger_condition_direction import (
    FuturesGridReduceTriggerConditionDirection,
    check_futures_grid_reduce_trigger_condition_direction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesGridReduceTrigger")


@_attrs_define
class FuturesGridReduceTrigger:
    """A reduction of a futures grid's position made when the price reaches a level.

    Attributes:
        condition (str | Unset): Price that triggers the reduction.
        condition_direction (FuturesGridReduceTriggerConditionDirection | Unset): Which way the price must cross it:
            `-1` falling to it, `1` rising to it.
        reduce_num (int | Unset): How much to reduce, in steps of the pair's order precision.
        add_time (int | Unset): When the trigger was set, in milliseconds since the epoch.
    """

    condition: str | Unset = UNSET
    condition_direction: FuturesGridReduceTriggerConditionDirection | Unset = UNSET
    reduce_num: int | Unset = UNSET
    add_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        reduce_num = self.reduce_num

        add_time = self.add_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["conditionDirection"] = condition_direction
        if reduce_num is not UNSET:
            field_dict["reduceNum"] = reduce_num
        if add_time is not UNSET:
            field_dict["addTime"] = add_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("conditionDirection", UNSET)
        condition_direction: FuturesGridReduceTriggerConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = check_futures_grid_reduce_trigger_condition_direction(
                _condition_direction
            )

        reduce_num = d.pop("reduceNum", UNSET)

        add_time = d.pop("addTime", UNSET)

        futures_grid_reduce_trigger = cls(
            condition=condition,
            condition_direction=condition_direction,
            reduce_num=reduce_num,
            add_time=add_time,
        )

        futures_grid_reduce_trigger.additional_properties = d
        return futures_grid_reduce_trigger

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
