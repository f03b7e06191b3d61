from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bot_futures_grid_cancel_body_close_sell_model import (
    BotFuturesGridCancelBodyCloseSellModel,
    check_bot_futures_grid_cancel_body_close_sell_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotFuturesGridCancelBody")


@_attrs_define
class BotFuturesGridCancelBody:
    """
    Attributes:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string of ASCII letters,
            digits and hyphens, at most 64 characters (a smart copy bot's is a 36-character UUID). Example: 1234567890.
        close_note (str | Unset): A note kept with a bot. Pionex sets no format; the client takes 1 to 256 printable
            ASCII characters without spaces (and, as for every string it sends, none of & = # % +). Example: weekly-grid.
        close_sell_model (BotFuturesGridCancelBodyCloseSellModel | Unset): `TO_QUOTE` closes the position and returns
            the quote coin (the default); `TO_USDT` also sells the quote coin for USDT. Default: 'TO_QUOTE'.
        immediate (bool | Unset): Close at the market price now when a limit close is under way.
        close_slippage (str | Unset): A price tolerance as a fraction of the price, sent as a decimal string: 0.01 is
            1%. Greater than 0 and at most 1. Example: 0.01.
    """

    bu_order_id: str
    close_note: str | Unset = UNSET
    close_sell_model: BotFuturesGridCancelBodyCloseSellModel | Unset = "TO_QUOTE"
    immediate: bool | Unset = UNSET
    close_slippage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        close_note = self.close_note

        close_sell_model: str | Unset = UNSET
        if not isinstance(self.close_sell_model, Unset):
            close_sell_model = self.close_sell_model

        immediate = self.immediate

        close_slippage = self.close_slippage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buOrderId": bu_order_id,
            }
        )
        if close_note is not UNSET:
            field_dict["closeNote"] = close_note
        if close_sell_model is not UNSET:
            field_dict["closeSellModel"] = close_sell_model
        if immediate is not UNSET:
            field_dict["immediate"] = immediate
        if close_slippage is not UNSET:
            field_dict["closeSlippage"] = close_slippage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bu_order_id = d.pop("buOrderId")

        close_note = d.pop("closeNote", UNSET)

        _close_sell_model = d.pop("closeSellModel", UNSET)
        close_sell_model: BotFuturesGridCancelBodyCloseSellModel | Unset
        if isinstance(_close_sell_model, Unset):
            close_sell_model = UNSET
        else:
            close_sell_model = check_bot_futures_grid_cancel_body_close_sell_model(
                _close_sell_model
            )

        immediate = d.pop("immediate", UNSET)

        close_slippage = d.pop("closeSlippage", UNSET)

        bot_futures_grid_cancel_body = cls(
            bu_order_id=bu_order_id,
            close_note=close_note,
            close_sell_model=close_sell_model,
            immediate=immediate,
            close_slippage=close_slippage,
        )

        bot_futures_grid_cancel_body.additional_properties = d
        return bot_futures_grid_cancel_body

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
