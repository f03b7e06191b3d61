from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bot_spot_grid_cancel_body_close_sell_model import (
    BotSpotGridCancelBodyCloseSellModel,
    check_bot_spot_grid_cancel_body_close_sell_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotSpotGridCancelBody")


@_attrs_define
class BotSpotGridCancelBody:
    """
    Attributes:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string of ASCII letters,
            digits and hyphens, at most 64 characters (a smart copy bot's is a 36-character UUID). Example: 1234567890.
        close_sell_model (BotSpotGridCancelBodyCloseSellModel | Unset): `NOT_SELL` returns base and quote as they are
            (the default), `TO_QUOTE` sells the base for the quote coin, `TO_USDT` sells it for USDT.
        slippage (str | Unset): A price tolerance as a fraction of the price, sent as a decimal string: 0.01 is 1%.
            Greater than 0 and at most 1. Example: 0.01.
    """

    bu_order_id: str
    close_sell_model: BotSpotGridCancelBodyCloseSellModel | Unset = UNSET
    slippage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        close_sell_model: str | Unset = UNSET
        if not isinstance(self.close_sell_model, Unset):
            close_sell_model = self.close_sell_model

        slippage = self.slippage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buOrderId": bu_order_id,
            }
        )
        if close_sell_model is not UNSET:
            field_dict["closeSellModel"] = close_sell_model
        if slippage is not UNSET:
            field_dict["slippage"] = slippage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bu_order_id = d.pop("buOrderId")

        _close_sell_model = d.pop("closeSellModel", UNSET)
        close_sell_model: BotSpotGridCancelBodyCloseSellModel | Unset
        if isinstance(_close_sell_model, Unset):
            close_sell_model = UNSET
        else:
            close_sell_model = check_bot_spot_grid_cancel_body_close_sell_model(
                _close_sell_model
            )

        slippage = d.pop("slippage", UNSET)

        bot_spot_grid_cancel_body = cls(
            bu_order_id=bu_order_id,
            close_sell_model=close_sell_model,
            slippage=slippage,
        )

        bot_spot_grid_cancel_body.additional_properties = d
        return bot_spot_grid_cancel_body

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
