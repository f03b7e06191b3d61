"""Contains all the data models used in inputs/outputs"""

from .balance import Balance
from .base_response import BaseResponse
from .book_ticker import BookTicker
from .cancel_all_orders_body import CancelAllOrdersBody
from .cancel_order_body import CancelOrderBody
from .error_response import ErrorResponse
from .error_response_code import ErrorResponseCode
from .fill import Fill
from .fill_role import FillRole
from .fill_side import FillSide
from .get_all_orders_response_200 import GetAllOrdersResponse200
from .get_all_orders_response_200_data import GetAllOrdersResponse200Data
from .get_balances_response_200 import GetBalancesResponse200
from .get_balances_response_200_data import GetBalancesResponse200Data
from .get_book_tickers_response_200 import GetBookTickersResponse200
from .get_book_tickers_response_200_data import GetBookTickersResponse200Data
from .get_book_tickers_type import GetBookTickersType
from .get_fills_by_order_id_response_200 import GetFillsByOrderIdResponse200
from .get_fills_by_order_id_response_200_data import GetFillsByOrderIdResponse200Data
from .get_fills_response_200 import GetFillsResponse200
from .get_fills_response_200_data import GetFillsResponse200Data
from .get_klines_interval import GetKlinesInterval
from .get_klines_response_200 import GetKlinesResponse200
from .get_klines_response_200_data import GetKlinesResponse200Data
from .get_market_depth_response_200 import GetMarketDepthResponse200
from .get_market_depth_response_200_data import GetMarketDepthResponse200Data
from .get_market_trades_response_200 import GetMarketTradesResponse200
from .get_market_trades_response_200_data import GetMarketTradesResponse200Data
from .get_open_orders_response_200 import GetOpenOrdersResponse200
from .get_open_orders_response_200_data import GetOpenOrdersResponse200Data
from .get_order_by_client_order_id_response_200 import (
    GetOrderByClientOrderIdResponse200,
)
from .get_order_response_200 import GetOrderResponse200
from .get_symbols_response_200 import GetSymbolsResponse200
from .get_symbols_response_200_data import GetSymbolsResponse200Data
from .get_symbols_status import GetSymbolsStatus
from .get_symbols_type import GetSymbolsType
from .get_tickers_response_200 import GetTickersResponse200
from .get_tickers_response_200_data import GetTickersResponse200Data
from .get_tickers_type import GetTickersType
from .kline import Kline
from .market_trade import MarketTrade
from .market_trade_side import MarketTradeSide
from .mass_order_item import MassOrderItem
from .mass_order_item_side import MassOrderItemSide
from .mass_order_item_type import MassOrderItemType
from .mass_order_request import MassOrderRequest
from .new_mass_order_response_200 import NewMassOrderResponse200
from .new_mass_order_response_200_data import NewMassOrderResponse200Data
from .new_mass_order_response_200_data_order_ids_item import (
    NewMassOrderResponse200DataOrderIdsItem,
)
from .new_order_request import NewOrderRequest
from .new_order_request_side import NewOrderRequestSide
from .new_order_request_type import NewOrderRequestType
from .new_order_response_200 import NewOrderResponse200
from .new_order_response_200_data import NewOrderResponse200Data
from .order import Order
from .order_side import OrderSide
from .order_source import OrderSource
from .order_status import OrderStatus
from .order_type import OrderType
from .symbol_info import SymbolInfo
from .symbol_info_contract_type import SymbolInfoContractType
from .symbol_info_status import SymbolInfoStatus
from .symbol_info_type import SymbolInfoType
from .ticker import Ticker

__all__ = (
    "Balance",
    "BaseResponse",
    "BookTicker",
    "CancelAllOrdersBody",
    "CancelOrderBody",
    "ErrorResponse",
    "ErrorResponseCode",
    "Fill",
    "FillRole",
    "FillSide",
    "GetAllOrdersResponse200",
    "GetAllOrdersResponse200Data",
    "GetBalancesResponse200",
    "GetBalancesResponse200Data",
    "GetBookTickersResponse200",
    "GetBookTickersResponse200Data",
    "GetBookTickersType",
    "GetFillsByOrderIdResponse200",
    "GetFillsByOrderIdResponse200Data",
    "GetFillsResponse200",
    "GetFillsResponse200Data",
    "GetKlinesInterval",
    "GetKlinesResponse200",
    "GetKlinesResponse200Data",
    "GetMarketDepthResponse200",
    "GetMarketDepthResponse200Data",
    "GetMarketTradesResponse200",
    "GetMarketTradesResponse200Data",
    "GetOpenOrdersResponse200",
    "GetOpenOrdersResponse200Data",
    "GetOrderByClientOrderIdResponse200",
    "GetOrderResponse200",
    "GetSymbolsResponse200",
    "GetSymbolsResponse200Data",
    "GetSymbolsStatus",
    "GetSymbolsType",
    "GetTickersResponse200",
    "GetTickersResponse200Data",
    "GetTickersType",
    "Kline",
    "MarketTrade",
    "MarketTradeSide",
    "MassOrderItem",
    "MassOrderItemSide",
    "MassOrderItemType",
    "MassOrderRequest",
    "NewMassOrderResponse200",
    "NewMassOrderResponse200Data",
    "NewMassOrderResponse200DataOrderIdsItem",
    "NewOrderRequest",
    "NewOrderRequestSide",
    "NewOrderRequestType",
    "NewOrderResponse200",
    "NewOrderResponse200Data",
    "Order",
    "OrderSide",
    "OrderSource",
    "OrderStatus",
    "OrderType",
    "SymbolInfo",
    "SymbolInfoContractType",
    "SymbolInfoStatus",
    "SymbolInfoType",
    "Ticker",
)
