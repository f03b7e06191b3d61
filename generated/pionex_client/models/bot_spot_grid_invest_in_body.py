from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BotSpotGridInvestInBody")


@_attrs_define
class BotSpotGridInvestInBody:
    """
    Attributes:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string of ASCII letters,
            digits and hyphens, at most 64 characters (a smart copy bot's is a 36-character UUID). Example: 1234567890.
        quote_invest (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
    """

    bu_order_id: str
    quote_invest: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        quote_invest = self.quote_invest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buOrderId": bu_order_id,
                "quoteInvest": quote_invest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bu_order_id = d.pop("buOrderId")

        quote_invest = d.pop("quoteInvest")

        bot_spot_grid_invest_in_body = cls(
            bu_order_id=bu_order_id,
            quote_invest=quote_invest,
        )

        bot_spot_grid_invest_in_body.additional_properties = d
        return bot_spot_grid_invest_in_body

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
