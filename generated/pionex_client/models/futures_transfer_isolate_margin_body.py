from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_transfer_isolate_margin_body_coin import (
    FuturesTransferIsolateMarginBodyCoin,
    check_futures_transfer_isolate_margin_body_coin,
)
from ..models.futures_transfer_isolate_margin_body_direction import (
    FuturesTransferIsolateMarginBodyDirection,
    check_futures_transfer_isolate_margin_body_direction,
)
from ..models.futures_transfer_isolate_margin_body_isolated_mode import (
    FuturesTransferIsolateMarginBodyIsolatedMode,
    check_futures_transfer_isolate_margin_body_isolated_mode,
)

T = TypeVar("T", bound="FuturesTransferIsolateMarginBody")


@_attrs_define
class FuturesTransferIsolateMarginBody:
    """
    Attributes:
        client_id (str): The caller's own identifier of a transfer request, which the exchange uses to drop a repeated
            request. Pionex documents no format for it; the client accepts ASCII letters, digits, hyphens and underscores, 1
            to 64 characters, which travel unchanged in a query or a body. Example: move-2024-01.
        symbol (str): A trading pair: upper-case letters and digits in parts joined by underscores, base coin first,
            then the quote coin, then PERP for a perpetual contract (BTC_USDT, BTC_USDT_PERP). At most 64 characters.
            Example: BTC_USDT.
        direction (FuturesTransferIsolateMarginBodyDirection): IN adds funds to the margin, OUT takes them out.
        isolated_mode (FuturesTransferIsolateMarginBodyIsolatedMode): Which isolated margin: of a one-way position, or
            of the long or the short side.
        coin (FuturesTransferIsolateMarginBodyCoin): Coin moved.
        amount (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
    """

    client_id: str
    symbol: str
    direction: FuturesTransferIsolateMarginBodyDirection
    isolated_mode: FuturesTransferIsolateMarginBodyIsolatedMode
    coin: FuturesTransferIsolateMarginBodyCoin
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        symbol = self.symbol

        direction: str = self.direction

        isolated_mode: str = self.isolated_mode

        coin: str = self.coin

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "symbol": symbol,
                "direction": direction,
                "isolatedMode": isolated_mode,
                "coin": coin,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        symbol = d.pop("symbol")

        direction = check_futures_transfer_isolate_margin_body_direction(
            d.pop("direction")
        )

        isolated_mode = check_futures_transfer_isolate_margin_body_isolated_mode(
            d.pop("isolatedMode")
        )

        coin = check_futures_transfer_isolate_margin_body_coin(d.pop("coin"))

        amount = d.pop("amount")

        futures_transfer_isolate_margin_body = cls(
            client_id=client_id,
            symbol=symbol,
            direction=direction,
            isolated_mode=isolated_mode,
            coin=coin,
            amount=amount,
        )

        futures_transfer_isolate_margin_body.additional_properties = d
        return futures_transfer_isolate_margin_body

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
