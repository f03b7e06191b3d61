from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_grid_create_order_data import FuturesGridCreateOrderData


T = TypeVar("T", bound="BotFuturesGridCreateBody")


@_attrs_define
class BotFuturesGridCreateBody:
    """
    Attributes:
        base (str): The base of a perpetual contract as the futures grid takes it: the coin's ticker followed by `.PERP`
            (BTC.PERP). Example: BTC.PERP.
        quote (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example:
            USDT.
        bu_order_data (FuturesGridCreateOrderData): The settings of a new futures grid. A stop value goes with its stop
            type: `lossStop` with a `lossStopType` of price, profit_amount or profit_ratio; with price_limit, `lossStop` is
            the trigger price and `lossStopLimitPrice` the price of the limit order that closes the position, both required
            (the same for the take-profit); `lossStopHigh` and `lossStopLimitHighPrice` only on a neutral grid (`trend`
            no_trend), `lossStopLimitHighPrice` with `lossStopHigh` and required when a price_limit stop-loss has one;
            `bonusId` only with `investmentFrom` FUTURE_GRID_BONUS, which needs it; a trigger price with its direction. The
            client refuses any other combination before sending.
        copy_from (str | Unset): Identifier the exchange gave a bot (a grid, a smart copy bot): a string of ASCII
            letters, digits and hyphens, at most 64 characters (a smart copy bot's is a 36-character UUID). Example:
            1234567890.
        copy_type (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a share code, a
            bonus id, an indicator's name): the client takes 1 to 64 ASCII letters, digits and _ . : -. Example: sma.
        copy_bot_order_id (str | Unset): Identifier the exchange gave a bot (a grid, a smart copy bot): a string of
            ASCII letters, digits and hyphens, at most 64 characters (a smart copy bot's is a 36-character UUID). Example:
            1234567890.
    """

    base: str
    quote: str
    bu_order_data: FuturesGridCreateOrderData
    copy_from: str | Unset = UNSET
    copy_type: str | Unset = UNSET
    copy_bot_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        quote = self.quote

        bu_order_data = self.bu_order_data.to_dict()

        copy_from = self.copy_from

        copy_type = self.copy_type

        copy_bot_order_id = self.copy_bot_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "quote": quote,
                "buOrderData": bu_order_data,
            }
        )
        if copy_from is not UNSET:
            field_dict["copyFrom"] = copy_from
        if copy_type is not UNSET:
            field_dict["copyType"] = copy_type
        if copy_bot_order_id is not UNSET:
            field_dict["copyBotOrderId"] = copy_bot_order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_grid_create_order_data import FuturesGridCreateOrderData

        d = dict(src_dict)
        base = d.pop("base")

        quote = d.pop("quote")

        bu_order_data = FuturesGridCreateOrderData.from_dict(d.pop("buOrderData"))

        copy_from = d.pop("copyFrom", UNSET)

        copy_type = d.pop("copyType", UNSET)

        copy_bot_order_id = d.pop("copyBotOrderId", UNSET)

        bot_futures_grid_create_body = cls(
            base=base,
            quote=quote,
            bu_order_data=bu_order_data,
            copy_from=copy_from,
            copy_type=copy_type,
            copy_bot_order_id=copy_bot_order_id,
        )

        bot_futures_grid_create_body.additional_properties = d
        return bot_futures_grid_create_body

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
