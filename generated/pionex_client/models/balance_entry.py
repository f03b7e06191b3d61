from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceEntry")


@_attrs_define
class BalanceEntry:
    """One line of a spot-side category: a coin held (spot), a bot's holding (bots) or an earn investment's (dual,
    arbitrage). Pionex leaves the fields open; these are the ones the project knows, and any other field is ignored.

        Attributes:
            coin (str | Unset): The coin held (spot and earn lines), or the bot's quote coin (bot lines).
            free (str | Unset): Amount that can be used now (spot lines).
            frozen (str | Unset): Amount held by open orders (spot lines).
            amount (str | Unset): Amount of the coin held in all (spot lines), or held by the investment: principal and the
                yield booked so far (earn lines).
            bu_order_id (str | Unset): Identifier of the bot (bot lines).
            bu_order_type (str | Unset): Kind of bot: futures_grid, spot_grid or smart_copy (bot lines).
            base (str | Unset): Base coin of the bot's pair (bot lines).
            quote (str | Unset): Quote coin of the bot's pair (bot lines).
            product_id (str | Unset): The earn product invested in (dual and arbitrage lines).
            txid (str | Unset): The stake's transaction identifier, as the stake's reply gave it (arbitrage lines).
            client_dual_id (str | Unset): The caller's identifier of the dual investment (dual lines).
            state (str | Unset): State of the dual investment (dual lines).
            total_in_usdt (str | Unset): Value of the line in USDT.
    """

    coin: str | Unset = UNSET
    free: str | Unset = UNSET
    frozen: str | Unset = UNSET
    amount: str | Unset = UNSET
    bu_order_id: str | Unset = UNSET
    bu_order_type: str | Unset = UNSET
    base: str | Unset = UNSET
    quote: str | Unset = UNSET
    product_id: str | Unset = UNSET
    txid: str | Unset = UNSET
    client_dual_id: str | Unset = UNSET
    state: str | Unset = UNSET
    total_in_usdt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        free = self.free

        frozen = self.frozen

        amount = self.amount

        bu_order_id = self.bu_order_id

        bu_order_type = self.bu_order_type

        base = self.base

        quote = self.quote

        product_id = self.product_id

        txid = self.txid

        client_dual_id = self.client_dual_id

        state = self.state

        total_in_usdt = self.total_in_usdt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coin is not UNSET:
            field_dict["coin"] = coin
        if free is not UNSET:
            field_dict["free"] = free
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if amount is not UNSET:
            field_dict["amount"] = amount
        if bu_order_id is not UNSET:
            field_dict["buOrderId"] = bu_order_id
        if bu_order_type is not UNSET:
            field_dict["buOrderType"] = bu_order_type
        if base is not UNSET:
            field_dict["base"] = base
        if quote is not UNSET:
            field_dict["quote"] = quote
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if txid is not UNSET:
            field_dict["txid"] = txid
        if client_dual_id is not UNSET:
            field_dict["clientDualId"] = client_dual_id
        if state is not UNSET:
            field_dict["state"] = state
        if total_in_usdt is not UNSET:
            field_dict["totalInUsdt"] = total_in_usdt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coin = d.pop("coin", UNSET)

        free = d.pop("free", UNSET)

        frozen = d.pop("frozen", UNSET)

        amount = d.pop("amount", UNSET)

        bu_order_id = d.pop("buOrderId", UNSET)

        bu_order_type = d.pop("buOrderType", UNSET)

        base = d.pop("base", UNSET)

        quote = d.pop("quote", UNSET)

        product_id = d.pop("productId", UNSET)

        txid = d.pop("txid", UNSET)

        client_dual_id = d.pop("clientDualId", UNSET)

        state = d.pop("state", UNSET)

        total_in_usdt = d.pop("totalInUsdt", UNSET)

        balance_entry = cls(
            coin=coin,
            free=free,
            frozen=frozen,
            amount=amount,
            bu_order_id=bu_order_id,
            bu_order_type=bu_order_type,
            base=base,
            quote=quote,
            product_id=product_id,
            txid=txid,
            client_dual_id=client_dual_id,
            state=state,
            total_in_usdt=total_in_usdt,
        )

        balance_entry.additional_properties = d
        return balance_entry

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
