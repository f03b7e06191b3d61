from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DualInvestRequest")


@_attrs_define
class DualInvestRequest:
    """An investment in one product. Pionex's file marks only `base` as required; this spec also requires `productId` and
    `profit` (the exchange can do nothing without them) and takes `clientDualId` as optional, generating one when it is
    left out.

        Attributes:
            base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example: USDT.
            product_id (str): A dual-investment product: base coin, quote, expiry date (YYMMDD), strike, `C` (DUAL_BASE) or
                `P` (DUAL_CURRENCY) and the investment currency, joined by hyphens (BTC-USDXO-260401-69000-C-USDT). Example:
                BTC-USDXO-260401-69000-C-USDT.
            profit (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
                digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
                it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
                for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
                have, whatever the pair. Example: 0.001.
            client_dual_id (str | Unset): The caller's own identifier of a dual investment, unique per account. Pionex
                documents no format; the client accepts ASCII letters, digits, hyphens and underscores, 1 to 64 characters (a
                generated one is `pxsdk-` and 32 hex digits). Example: my-order-001.
            base_amount (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point
                and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and
                15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
                states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
                may have, whatever the pair. Example: 0.001.
            currency_amount (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a
                point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the
                point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the
                only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the
                most any amount may have, whatever the pair. Example: 0.001.
    """

    base: str
    product_id: str
    profit: str
    client_dual_id: str | Unset = UNSET
    base_amount: str | Unset = UNSET
    currency_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        product_id = self.product_id

        profit = self.profit

        client_dual_id = self.client_dual_id

        base_amount = self.base_amount

        currency_amount = self.currency_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "productId": product_id,
                "profit": profit,
            }
        )
        if client_dual_id is not UNSET:
            field_dict["clientDualId"] = client_dual_id
        if base_amount is not UNSET:
            field_dict["baseAmount"] = base_amount
        if currency_amount is not UNSET:
            field_dict["currencyAmount"] = currency_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base = d.pop("base")

        product_id = d.pop("productId")

        profit = d.pop("profit")

        client_dual_id = d.pop("clientDualId", UNSET)

        base_amount = d.pop("baseAmount", UNSET)

        currency_amount = d.pop("currencyAmount", UNSET)

        dual_invest_request = cls(
            base=base,
            product_id=product_id,
            profit=profit,
            client_dual_id=client_dual_id,
            base_amount=base_amount,
            currency_amount=currency_amount,
        )

        dual_invest_request.additional_properties = d
        return dual_invest_request

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
