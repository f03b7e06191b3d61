from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DualRevokeRequest")


@_attrs_define
class DualRevokeRequest:
    """The pending investment to take back.

    Attributes:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example: USDT.
        product_id (str): A dual-investment product: base coin, quote, expiry date (YYMMDD), strike, `C` (DUAL_BASE) or
            `P` (DUAL_CURRENCY) and the investment currency, joined by hyphens (BTC-USDXO-260401-69000-C-USDT). Example:
            BTC-USDXO-260401-69000-C-USDT.
        client_dual_id (str): The caller's own identifier of a dual investment, unique per account. Pionex documents no
            format; the client accepts ASCII letters, digits, hyphens and underscores, 1 to 64 characters (a generated one
            is `pxsdk-` and 32 hex digits). Example: my-order-001.
    """

    base: str
    product_id: str
    client_dual_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        product_id = self.product_id

        client_dual_id = self.client_dual_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "productId": product_id,
                "clientDualId": client_dual_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base = d.pop("base")

        product_id = d.pop("productId")

        client_dual_id = d.pop("clientDualId")

        dual_revoke_request = cls(
            base=base,
            product_id=product_id,
            client_dual_id=client_dual_id,
        )

        dual_revoke_request.additional_properties = d
        return dual_revoke_request

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
