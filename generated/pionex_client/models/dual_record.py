from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dual_record_type import DualRecordType, check_dual_record_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DualRecord")


@_attrs_define
class DualRecord:
    """One dual investment of the account, running or settled.

    Attributes:
        client_dual_id (str | Unset): The investment's client id.
        state (str | Unset): Where the investment stands, such as CONFIRMED or SETTLED (Pionex documents no list of
            states).
        product_id (str | Unset): The product invested in.
        type_ (DualRecordType | Unset): Which coin was invested: DUAL_BASE the base coin, DUAL_CURRENCY the investment
            currency.
        base (str | Unset): Base coin.
        quote (str | Unset): Quote of the pair.
        currency (str | Unset): Investment currency.
        strike (str | Unset): The product's strike.
        expire_time (int | Unset): When the product expires, in milliseconds.
        base_amount (str | Unset): Amount invested in the base coin.
        currency_amount (str | Unset): Amount invested in the investment currency.
        profit (str | Unset): Annualised yield the investment was made at.
        base_filled (str | Unset): Part of the investment matched, in the base coin.
        currency_filled (str | Unset): Part of the investment matched, in the investment currency.
        settlement_state (str | Unset): Where settlement stands (Pionex documents no list of states).
        settlement_time (int | Unset): When it was settled, in milliseconds.
        settlement_base (str | Unset): Coin the principal was paid back in.
        settlement_currency (str | Unset): Coin the yield was paid in.
        delivery_price (str | Unset): The index recorded at settlement.
        create_time (int | Unset): When the investment was made, in milliseconds.
        update_time (int | Unset): When it last changed, in milliseconds.
    """

    client_dual_id: str | Unset = UNSET
    state: str | Unset = UNSET
    product_id: str | Unset = UNSET
    type_: DualRecordType | Unset = UNSET
    base: str | Unset = UNSET
    quote: str | Unset = UNSET
    currency: str | Unset = UNSET
    strike: str | Unset = UNSET
    expire_time: int | Unset = UNSET
    base_amount: str | Unset = UNSET
    currency_amount: str | Unset = UNSET
    profit: str | Unset = UNSET
    base_filled: str | Unset = UNSET
    currency_filled: str | Unset = UNSET
    settlement_state: str | Unset = UNSET
    settlement_time: int | Unset = UNSET
    settlement_base: str | Unset = UNSET
    settlement_currency: str | Unset = UNSET
    delivery_price: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_dual_id = self.client_dual_id

        state = self.state

        product_id = self.product_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        base = self.base

        quote = self.quote

        currency = self.currency

        strike = self.strike

        expire_time = self.expire_time

        base_amount = self.base_amount

        currency_amount = self.currency_amount

        profit = self.profit

        base_filled = self.base_filled

        currency_filled = self.currency_filled

        settlement_state = self.settlement_state

        settlement_time = self.settlement_time

        settlement_base = self.settlement_base

        settlement_currency = self.settlement_currency

        delivery_price = self.delivery_price

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_dual_id is not UNSET:
            field_dict["clientDualId"] = client_dual_id
        if state is not UNSET:
            field_dict["state"] = state
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base is not UNSET:
            field_dict["base"] = base
        if quote is not UNSET:
            field_dict["quote"] = quote
        if currency is not UNSET:
            field_dict["currency"] = currency
        if strike is not UNSET:
            field_dict["strike"] = strike
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if base_amount is not UNSET:
            field_dict["baseAmount"] = base_amount
        if currency_amount is not UNSET:
            field_dict["currencyAmount"] = currency_amount
        if profit is not UNSET:
            field_dict["profit"] = profit
        if base_filled is not UNSET:
            field_dict["baseFilled"] = base_filled
        if currency_filled is not UNSET:
            field_dict["currencyFilled"] = currency_filled
        if settlement_state is not UNSET:
            field_dict["settlementState"] = settlement_state
        if settlement_time is not UNSET:
            field_dict["settlementTime"] = settlement_time
        if settlement_base is not UNSET:
            field_dict["settlementBase"] = settlement_base
        if settlement_currency is not UNSET:
            field_dict["settlementCurrency"] = settlement_currency
        if delivery_price is not UNSET:
            field_dict["deliveryPrice"] = delivery_price
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_dual_id = d.pop("clientDualId", UNSET)

        state = d.pop("state", UNSET)

        product_id = d.pop("productId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DualRecordType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_dual_record_type(_type_)

        base = d.pop("base", UNSET)

        quote = d.pop("quote", UNSET)

        currency = d.pop("currency", UNSET)

        strike = d.pop("strike", UNSET)

        expire_time = d.pop("expireTime", UNSET)

        base_amount = d.pop("baseAmount", UNSET)

        currency_amount = d.pop("currencyAmount", UNSET)

        profit = d.pop("profit", UNSET)

        base_filled = d.pop("baseFilled", UNSET)

        currency_filled = d.pop("currencyFilled", UNSET)

        settlement_state = d.pop("settlementState", UNSET)

        settlement_time = d.pop("settlementTime", UNSET)

        settlement_base = d.pop("settlementBase", UNSET)

        settlement_currency = d.pop("settlementCurrency", UNSET)

        delivery_price = d.pop("deliveryPrice", UNSET)

        create_time = d.pop("createTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        dual_record = cls(
            client_dual_id=client_dual_id,
            state=state,
            product_id=product_id,
            type_=type_,
            base=base,
            quote=quote,
            currency=currency,
            strike=strike,
            expire_time=expire_time,
            base_amount=base_amount,
            currency_amount=currency_amount,
            profit=profit,
            base_filled=base_filled,
            currency_filled=currency_filled,
            settlement_state=settlement_state,
            settlement_time=settlement_time,
            settlement_base=settlement_base,
            settlement_currency=settlement_currency,
            delivery_price=delivery_price,
            create_time=create_time,
            update_time=update_time,
        )

        dual_record.additional_properties = d
        return dual_record

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
