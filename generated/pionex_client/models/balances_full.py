from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balances_full_prices import BalancesFullPrices
    from ..models.bot_account_balances import BotAccountBalances
    from ..models.trader_account_balances import TraderAccountBalances


T = TypeVar("T", bound="BalancesFull")


@_attrs_define
class BalancesFull:
    """Every account of the user, the price of each coin held and the totals.

    Attributes:
        prices (BalancesFullPrices | Unset): Price of each coin, by coin (BTC, ETH, ...).
        total_in_usdt (str | Unset): Value of every account together in USDT.
        total_in_btc (str | Unset): Value of every account together in BTC.
        bot_account (BotAccountBalances | Unset): The spot side of the account (Pionex's bot account): spot coins and
            bots.
        trader_account (TraderAccountBalances | Unset): The futures side of the account (Pionex's trader account).
    """

    prices: BalancesFullPrices | Unset = UNSET
    total_in_usdt: str | Unset = UNSET
    total_in_btc: str | Unset = UNSET
    bot_account: BotAccountBalances | Unset = UNSET
    trader_account: TraderAccountBalances | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = self.prices.to_dict()

        total_in_usdt = self.total_in_usdt

        total_in_btc = self.total_in_btc

        bot_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bot_account, Unset):
            bot_account = self.bot_account.to_dict()

        trader_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trader_account, Unset):
            trader_account = self.trader_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prices is not UNSET:
            field_dict["prices"] = prices
        if total_in_usdt is not UNSET:
            field_dict["totalInUsdt"] = total_in_usdt
        if total_in_btc is not UNSET:
            field_dict["totalInBtc"] = total_in_btc
        if bot_account is not UNSET:
            field_dict["botAccount"] = bot_account
        if trader_account is not UNSET:
            field_dict["traderAccount"] = trader_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balances_full_prices import BalancesFullPrices
        from ..models.bot_account_balances import BotAccountBalances
        from ..models.trader_account_balances import TraderAccountBalances

        d = dict(src_dict)
        _prices = d.pop("prices", UNSET)
        prices: BalancesFullPrices | Unset
        if isinstance(_prices, Unset):
            prices = UNSET
        else:
            prices = BalancesFullPrices.from_dict(_prices)

        total_in_usdt = d.pop("totalInUsdt", UNSET)

        total_in_btc = d.pop("totalInBtc", UNSET)

        _bot_account = d.pop("botAccount", UNSET)
        bot_account: BotAccountBalances | Unset
        if isinstance(_bot_account, Unset):
            bot_account = UNSET
        else:
            bot_account = BotAccountBalances.from_dict(_bot_account)

        _trader_account = d.pop("traderAccount", UNSET)
        trader_account: TraderAccountBalances | Unset
        if isinstance(_trader_account, Unset):
            trader_account = UNSET
        else:
            trader_account = TraderAccountBalances.from_dict(_trader_account)

        balances_full = cls(
            prices=prices,
            total_in_usdt=total_in_usdt,
            total_in_btc=total_in_btc,
            bot_account=bot_account,
            trader_account=trader_account,
        )

        balances_full.additional_properties = d
        return balances_full

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
