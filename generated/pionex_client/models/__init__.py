"""Contains all the data models used in inputs/outputs"""

from .balance import Balance
from .balance_list import BalanceList
from .base_response import BaseResponse
from .book_ticker import BookTicker
from .book_tickers import BookTickers
from .cancel_all_orders_body import CancelAllOrdersBody
from .cancel_order_body import CancelOrderBody
from .error_response import ErrorResponse
from .error_response_code import ErrorResponseCode
from .fill import Fill
from .fill_list import FillList
from .fill_role import FillRole
from .fill_side import FillSide
from .get_all_orders_response_200 import GetAllOrdersResponse200
from .get_balances_response_200 import GetBalancesResponse200
from .get_book_tickers_response_200 import GetBookTickersResponse200
from .get_book_tickers_type import GetBookTickersType
from .get_fills_by_order_id_response_200 import GetFillsByOrderIdResponse200
from .get_fills_response_200 import GetFillsResponse200
from .get_klines_interval import GetKlinesInterval
from .get_klines_response_200 import GetKlinesResponse200
from .get_market_depth_response_200 import GetMarketDepthResponse200
from .get_market_trades_response_200 import GetMarketTradesResponse200
from .get_open_orders_response_200 import GetOpenOrdersResponse200
from .get_order_by_client_order_id_response_200 import (
    GetOrderByClientOrderIdResponse200,
)
from .get_order_response_200 import GetOrderResponse200
from .get_symbols_response_200 import GetSymbolsResponse200
from .get_symbols_status import GetSymbolsStatus
from .get_symbols_type import GetSymbolsType
from .get_tickers_response_200 import GetTickersResponse200
from .get_tickers_type import GetTickersType
from .kline import Kline
from .kline_list import KlineList
from .market_depth import MarketDepth
from .market_trade import MarketTrade
from .market_trade_side import MarketTradeSide
from .market_trades import MarketTrades
from .mass_order_item import MassOrderItem
from .mass_order_item_side import MassOrderItemSide
from .mass_order_item_type import MassOrderItemType
from .mass_order_request import MassOrderRequest
from .new_mass_order_response_200 import NewMassOrderResponse200
from .new_order_request import NewOrderRequest
from .new_order_request_side import NewOrderRequestSide
from .new_order_request_type import NewOrderRequestType
from .new_order_response_200 import NewOrderResponse200
from .order import Order
from .order_list import OrderList
from .order_side import OrderSide
from .order_source import OrderSource
from .order_status import OrderStatus
from .order_type import OrderType
from .placed_order import PlacedOrder
from .placed_orders import PlacedOrders
from .symbol_info import SymbolInfo
from .symbol_info_contract_type import SymbolInfoContractType
from .symbol_info_status import SymbolInfoStatus
from .symbol_info_type import SymbolInfoType
from .symbol_list import SymbolList
from .ticker import Ticker
from .ticker_list import TickerList

__all__ = (
    "Balance",
    "BalanceList",
    "BaseResponse",
    "BookTicker",
    "BookTickers",
    "CancelAllOrdersBody",
    "CancelOrderBody",
    "ErrorResponse",
    "ErrorResponseCode",
    "Fill",
    "FillList",
    "FillRole",
    "FillSide",
    "GetAllOrdersResponse200",
    "GetBalancesResponse200",
    "GetBookTickersResponse200",
    "GetBookTickersType",
    "GetFillsByOrderIdResponse200",
    "GetFillsResponse200",
    "GetKlinesInterval",
    "GetKlinesResponse200",
    "GetMarketDepthResponse200",
    "GetMarketTradesResponse200",
    "GetOpenOrdersResponse200",
    "GetOrderByClientOrderIdResponse200",
    "GetOrderResponse200",
    "GetSymbolsResponse200",
    "GetSymbolsStatus",
    "GetSymbolsType",
    "GetTickersResponse200",
    "GetTickersType",
    "Kline",
    "KlineList",
    "MarketDepth",
    "MarketTrade",
    "MarketTradeSide",
    "MarketTrades",
    "MassOrderItem",
    "MassOrderItemSide",
    "MassOrderItemType",
    "MassOrderRequest",
    "NewMassOrderResponse200",
    "NewOrderRequest",
    "NewOrderRequestSide",
    "NewOrderRequestType",
    "NewOrderResponse200",
    "Order",
    "OrderList",
    "OrderSide",
    "OrderSource",
    "OrderStatus",
    "OrderType",
    "PlacedOrder",
    "PlacedOrders",
    "SymbolInfo",
    "SymbolInfoContractType",
    "SymbolInfoStatus",
    "SymbolInfoType",
    "SymbolList",
    "Ticker",
    "TickerList",
)
