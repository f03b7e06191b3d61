from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.symbol_info_contract_type import (
    SymbolInfoContractType,
    check_symbol_info_contract_type,
)
from ..models.symbol_info_status import SymbolInfoStatus, check_symbol_info_status
from ..models.symbol_info_type import SymbolInfoType, check_symbol_info_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SymbolInfo")


@_attrs_define
class SymbolInfo:
    """Trading rules of one pair.

    Attributes:
        symbol (str): Pair name. Example: BTC_USDT.
        name (str | Unset): Display name (perpetual pairs).
        type_ (SymbolInfoType | Unset): Market the pair trades on.
        contract_type (SymbolInfoContractType | Unset): Contract kind (perpetual pairs).
        base_currency (str | Unset): Coin being bought or sold. Example: BTC.
        quote_currency (str | Unset): Coin prices are quoted in. Example: USDT.
        base_precision (int | Unset): Decimal places allowed in a size.
        quote_precision (int | Unset): Decimal places allowed in a price.
        amount_precision (int | Unset): Decimal places allowed in the amount of a MARKET buy.
        min_notional (str | Unset): Smallest order value (perpetual pairs).
        min_amount (str | Unset): Smallest order value in the quote coin (spot pairs). Example: 10.
        min_trade_size (str | Unset): Smallest size of a LIMIT order.
        max_trade_size (str | Unset): Largest size of a LIMIT order.
        min_trade_dumping (str | Unset): Smallest size of a MARKET sell.
        max_trade_dumping (str | Unset): Largest size of a MARKET sell.
        buy_ceiling (str | Unset): A buy price may be at most this multiple of the last price.
        sell_floor (str | Unset): A sell price may be at least this multiple of the last price.
        enable (bool | Unset): Whether the pair can be traded now.
        base_step (str | Unset): Size increment (perpetual pairs).
        quote_step (str | Unset): Price increment (perpetual pairs).
        min_size_limit (str | Unset): Smallest size of a LIMIT order (perpetual pairs).
        max_size_limit (str | Unset): Largest size of a LIMIT order (perpetual pairs).
        max_impact_limit (str | Unset): Largest price impact of a LIMIT order (perpetual pairs).
        min_size_market (str | Unset): Smallest size of a MARKET order (perpetual pairs).
        max_size_market (str | Unset): Largest size of a MARKET order (perpetual pairs).
        max_impact_market (str | Unset): Largest price impact of a MARKET order (perpetual pairs).
        max_order_num (int | Unset): Most open orders allowed (perpetual pairs).
        status (SymbolInfoStatus | Unset): Trading status (perpetual pairs).
        liquidation_fee_rate (str | Unset): Fee rate charged on liquidation (perpetual pairs).
    """

    symbol: str
    name: str | Unset = UNSET
    type_: SymbolInfoType | Unset = UNSET
    contract_type: SymbolInfoContractType | Unset = UNSET
    base_currency: str | Unset = UNSET
    quote_currency: str | Unset = UNSET
    base_precision: int | Unset = UNSET
    quote_precision: int | Unset = UNSET
    amount_precision: int | Unset = UNSET
    min_notional: str | Unset = UNSET
    min_amount: str | Unset = UNSET
    min_trade_size: str | Unset = UNSET
    max_trade_size: str | Unset = UNSET
    min_trade_dumping: str | Unset = UNSET
    max_trade_dumping: str | Unset = UNSET
    buy_ceiling: str | Unset = UNSET
    sell_floor: str | Unset = UNSET
    enable: bool | Unset = UNSET
    base_step: str | Unset = UNSET
    quote_step: str | Unset = UNSET
    min_size_limit: str | Unset = UNSET
    max_size_limit: str | Unset = UNSET
    max_impact_limit: str | Unset = UNSET
    min_size_market: str | Unset = UNSET
    max_size_market: str | Unset = UNSET
    max_impact_market: str | Unset = UNSET
    max_order_num: int | Unset = UNSET
    status: SymbolInfoStatus | Unset = UNSET
    liquidation_fee_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        contract_type: str | Unset = UNSET
        if not isinstance(self.contract_type, Unset):
            contract_type = self.contract_type

        base_currency = self.base_currency

        quote_currency = self.quote_currency

        base_precision = self.base_precision

        quote_precision = self.quote_precision

        amount_precision = self.amount_precision

        min_notional = self.min_notional

        min_amount = self.min_amount

        min_trade_size = self.min_trade_size

        max_trade_size = self.max_trade_size

        min_trade_dumping = self.min_trade_dumping

        max_trade_dumping = self.max_trade_dumping

        buy_ceiling = self.buy_ceiling

        sell_floor = self.sell_floor

        enable = self.enable

        base_step = self.base_step

        quote_step = self.quote_step

        min_size_limit = self.min_size_limit

        max_size_limit = self.max_size_limit

        max_impact_limit = self.max_impact_limit

        min_size_market = self.min_size_market

        max_size_market = self.max_size_market

        max_impact_market = self.max_impact_market

        max_order_num = self.max_order_num

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        liquidation_fee_rate = self.liquidation_fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contract_type is not UNSET:
            field_dict["contractType"] = contract_type
        if base_currency is not UNSET:
            field_dict["baseCurrency"] = base_currency
        if quote_currency is not UNSET:
            field_dict["quoteCurrency"] = quote_currency
        if base_precision is not UNSET:
            field_dict["basePrecision"] = base_precision
        if quote_precision is not UNSET:
            field_dict["quotePrecision"] = quote_precision
        if amount_precision is not UNSET:
            field_dict["amountPrecision"] = amount_precision
        if min_notional is not UNSET:
            field_dict["minNotional"] = min_notional
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if min_trade_size is not UNSET:
            field_dict["minTradeSize"] = min_trade_size
        if max_trade_size is not UNSET:
            field_dict["maxTradeSize"] = max_trade_size
        if min_trade_dumping is not UNSET:
            field_dict["minTradeDumping"] = min_trade_dumping
        if max_trade_dumping is not UNSET:
            field_dict["maxTradeDumping"] = max_trade_dumping
        if buy_ceiling is not UNSET:
            field_dict["buyCeiling"] = buy_ceiling
        if sell_floor is not UNSET:
            field_dict["sellFloor"] = sell_floor
        if enable is not UNSET:
            field_dict["enable"] = enable
        if base_step is not UNSET:
            field_dict["baseStep"] = base_step
        if quote_step is not UNSET:
            field_dict["quoteStep"] = quote_step
        if min_size_limit is not UNSET:
            field_dict["minSizeLimit"] = min_size_limit
        if max_size_limit is not UNSET:
            field_dict["maxSizeLimit"] = max_size_limit
        if max_impact_limit is not UNSET:
            field_dict["maxImpactLimit"] = max_impact_limit
        if min_size_market is not UNSET:
            field_dict["minSizeMarket"] = min_size_market
        if max_size_market is not UNSET:
            field_dict["maxSizeMarket"] = max_size_market
        if max_impact_market is not UNSET:
            field_dict["maxImpactMarket"] = max_impact_market
        if max_order_num is not UNSET:
            field_dict["maxOrderNum"] = max_order_num
        if status is not UNSET:
            field_dict["status"] = status
        if liquidation_fee_rate is not UNSET:
            field_dict["liquidationFeeRate"] = liquidation_fee_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SymbolInfoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_symbol_info_type(_type_)

        _contract_type = d.pop("contractType", UNSET)
        contract_type: SymbolInfoContractType | Unset
        if isinstance(_contract_type, Unset):
            contract_type = UNSET
        else:
            contract_type = check_symbol_info_contract_type(_contract_type)

        base_currency = d.pop("baseCurrency", UNSET)

        quote_currency = d.pop("quoteCurrency", UNSET)

        base_precision = d.pop("basePrecision", UNSET)

        quote_precision = d.pop("quotePrecision", UNSET)

        amount_precision = d.pop("amountPrecision", UNSET)

        min_notional = d.pop("minNotional", UNSET)

        min_amount = d.pop("minAmount", UNSET)

        min_trade_size = d.pop("minTradeSize", UNSET)

        max_trade_size = d.pop("maxTradeSize", UNSET)

        min_trade_dumping = d.pop("minTradeDumping", UNSET)

        max_trade_dumping = d.pop("maxTradeDumping", UNSET)

        buy_ceiling = d.pop("buyCeiling", UNSET)

        sell_floor = d.pop("sellFloor", UNSET)

        enable = d.pop("enable", UNSET)

        base_step = d.pop("baseStep", UNSET)

        quote_step = d.pop("quoteStep", UNSET)

        min_size_limit = d.pop("minSizeLimit", UNSET)

        max_size_limit = d.pop("maxSizeLimit", UNSET)

        max_impact_limit = d.pop("maxImpactLimit", UNSET)

        min_size_market = d.pop("minSizeMarket", UNSET)

        max_size_market = d.pop("maxSizeMarket", UNSET)

        max_impact_market = d.pop("maxImpactMarket", UNSET)

        max_order_num = d.pop("maxOrderNum", UNSET)

        _status = d.pop("status", UNSET)
        status: SymbolInfoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_symbol_info_status(_status)

        liquidation_fee_rate = d.pop("liquidationFeeRate", UNSET)

        symbol_info = cls(
            symbol=symbol,
            name=name,
            type_=type_,
            contract_type=contract_type,
            base_currency=base_currency,
            quote_currency=quote_currency,
            base_precision=base_precision,
            quote_precision=quote_precision,
            amount_precision=amount_precision,
            min_notional=min_notional,
            min_amount=min_amount,
            min_trade_size=min_trade_size,
            max_trade_size=max_trade_size,
            min_trade_dumping=min_trade_dumping,
            max_trade_dumping=max_trade_dumping,
            buy_ceiling=buy_ceiling,
            sell_floor=sell_floor,
            enable=enable,
            base_step=base_step,
            quote_step=quote_step,
            min_size_limit=min_size_limit,
            max_size_limit=max_size_limit,
            max_impact_limit=max_impact_limit,
            min_size_market=min_size_market,
            max_size_market=max_size_market,
            max_impact_market=max_impact_market,
            max_order_num=max_order_num,
            status=status,
            liquidation_fee_rate=liquidation_fee_rate,
        )

        symbol_info.additional_properties = d
        return symbol_info

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
