from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dual_product_type import DualProductType, check_dual_product_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DualProduct")


@_attrs_define
class DualProduct:
    """A dual-investment product: a pair, a side, a strike and an expiry.

    Attributes:
        product_id (str | Unset): The product's id (see DualProductId).
        base (str | Unset): Base coin.
        quote (str | Unset): Quote of the pair.
        currency (str | Unset): Investment currency.
        type_ (DualProductType | Unset): Which coin is invested: DUAL_BASE the base coin, DUAL_CURRENCY the investment
            currency.
        create_time (int | Unset): When the product opened, in milliseconds.
        expire_time (int | Unset): When it expires and is settled, in milliseconds.
        strike (str | Unset): Strike price: the index at expiry is compared with it, and conversions are made at it.
        expired (bool | Unset): Whether it has expired.
    """

    product_id: str | Unset = UNSET
    base: str | Unset = UNSET
    quote: str | Unset = UNSET
    currency: str | Unset = UNSET
    type_: DualProductType | Unset = UNSET
    create_time: int | Unset = UNSET
    expire_time: int | Unset = UNSET
    strike: str | Unset = UNSET
    expired: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        base = self.base

        quote = self.quote

        currency = self.currency

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        create_time = self.create_time

        expire_time = self.expire_time

        strike = self.strike

        expired = self.expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if base is not UNSET:
            field_dict["base"] = base
        if quote is not UNSET:
            field_dict["quote"] = quote
        if currency is not UNSET:
            field_dict["currency"] = currency
        if type_ is not UNSET:
            field_dict["type"] = type_
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if strike is not UNSET:
            field_dict["strike"] = strike
        if expired is not UNSET:
            field_dict["expired"] = expired

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("productId", UNSET)

        base = d.pop("base", UNSET)

        quote = d.pop("quote", UNSET)

        currency = d.pop("currency", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DualProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_dual_product_type(_type_)

        create_time = d.pop("createTime", UNSET)

        expire_time = d.pop("expireTime", UNSET)

        strike = d.pop("strike", UNSET)

        expired = d.pop("expired", UNSET)

        dual_product = cls(
            product_id=product_id,
            base=base,
            quote=quote,
            currency=currency,
            type_=type_,
            create_time=create_time,
            expire_time=expire_time,
            strike=strike,
            expired=expired,
        )

        dual_product.additional_properties = d
        return dual_product

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
