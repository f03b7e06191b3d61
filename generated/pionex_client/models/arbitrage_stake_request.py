from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.arbitrage_coin import ArbitrageCoin, check_arbitrage_coin

T = TypeVar("T", bound="ArbitrageStakeRequest")


@_attrs_define
class ArbitrageStakeRequest:
    """A stake: which product, in which coin, how much.

    Attributes:
        product_id (str): Identifier of the product, as getProducts lists it. Example: ARB-USDT-30D.
        coin (ArbitrageCoin): A coin term arbitrage takes: USDT or USDC. Example: USDT.
        amount (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
    """

    product_id: str
    coin: ArbitrageCoin
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        coin: str = self.coin

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "coin": coin,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("productId")

        coin = check_arbitrage_coin(d.pop("coin"))

        amount = d.pop("amount")

        arbitrage_stake_request = cls(
            product_id=product_id,
            coin=coin,
            amount=amount,
        )

        arbitrage_stake_request.additional_properties = d
        return arbitrage_stake_request

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
