"""Market data and balances the ccxt way: the plans of :class:`MarketData`, a mixin of
:class:`~pionex_ccxt.base.PionexBase` (so the sync and the async class both get them).

========================  =============================================================
unified method            operations (registry ids)
========================  =============================================================
``fetch_markets``         ``getSymbols`` (``SPOT``, then ``PERP``)
``fetch_ticker(s)``       ``getTickers`` and ``getBookTickers`` (best bid and ask), by type
``fetch_bids_asks``       ``getBookTickers``
``fetch_mark_prices``     ``futuresGetIndexes`` (ccxt's ``fetch_mark_price`` calls it)
``fetch_open_interests``  ``futuresGetOpenInterests`` (ccxt's ``fetch_open_interest`` too)
``fetch_order_book``      ``getMarketDepth`` (1..1000 levels)
``fetch_ohlcv``           ``getKlines`` (``endTime`` and ``limit`` only: ``since`` becomes an
                          end time); ``futuresGetMarkKlines``/``futuresGetIndexKlines`` for
                          ``price="mark"``/``"index"``
``fetch_trades``          ``getMarketTrades`` (the newest 10..500)
``fetch_balance``         ``getBalances`` (spot) or ``futuresGetAccountBalances`` (swap)
========================  =============================================================

Numbers come from the exact decimal text of the reply (:func:`~pionex_ccxt.base.plain`) through
ccxt's ``safe_string``/``safe_number``, so ``exchange.number`` decides their type; ``info`` keeps
the reply as sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import base as seams

if TYPE_CHECKING:
    from .base import Plan

KLINES_PER_REQUEST = 500
"""The most candles ``getKlines`` returns in one reply."""
PRICE_KLINES_PER_REQUEST = 2000
"""The most mark or index candles one reply holds (they take no end time)."""
DEPTH_LIMITS = (1, 1000)
"""The ``limit`` range of ``getMarketDepth``."""
TRADES_LIMITS = (10, 500)
"""The ``limit`` range of ``getMarketTrades``."""


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], value))


class MarketData:
    """The market-data plans (see the module's table); ccxt's helpers come through ``self``."""

    if TYPE_CHECKING:  # ccxt ships no type information: its helpers are Any here

        def __getattr__(self, name: str) -> Any: ...

    # -- markets ---------------------------------------------------------------------------

    def _plan_fetch_markets(self, params: dict[str, Any] | None = None) -> Plan[list[dict[str, Any]]]:
        """Spot pairs and USDT perpetuals, with precision (tick sizes) and limits from the pair
        rules, read as :class:`pionex_wrapper.rules.PairRules` reads them."""
        from pionex_wrapper.rules import PairRules

        markets = []
        for kind in ("SPOT", "PERP"):
            reply = yield seams.Call("getSymbols", {"type": kind, **(params or {})})
            for info, record in zip(reply.symbols, seams.plain(reply)["symbols"], strict=True):
                markets.append(self.parse_market(record, PairRules.from_info(info)))
        return markets

    def parse_market(self, record: dict[str, Any], rules: Any) -> dict[str, Any]:
        """The ccxt market of one ``getSymbols`` record and the rules read from it."""
        ids = self.parse_market_id(record)
        perp = ids["perp"]
        trading = self.fees["trading"]
        return {
            "id": ids["id"],
            "symbol": ids["symbol"],
            "base": ids["base"],
            "quote": ids["quote"],
            "settle": ids["quote"] if perp else None,
            "baseId": ids["base"],
            "quoteId": ids["quote"],
            "settleId": ids["quote"] if perp else None,
            "type": "swap" if perp else "spot",
            "spot": not perp,
            "margin": False,
            "swap": perp,
            "future": False,
            "option": False,
            "active": bool(rules.tradable),
            "contract": perp,
            "linear": True if perp else None,
            "inverse": False if perp else None,
            "taker": trading["taker"],
            "maker": trading["maker"],
            "contractSize": self.parse_number("1") if perp else None,
            "expiry": None,
            "expiryDatetime": None,
            "strike": None,
            "optionType": None,
            "precision": {
                "amount": self._number(rules.size_step),
                "price": self._number(rules.price_step),
                # the quote coin a spot MARKET buy spends (amountPrecision)
                "cost": self._number(rules.amount_step),
            },
            "limits": {
                "leverage": {"min": None, "max": None},
                # LIMIT orders' sizes; a MARKET order's range is in info (minTradeDumping, minSizeMarket...)
                "amount": {"min": self._number(rules.min_size), "max": self._number(rules.max_size)},
                "price": {"min": None, "max": None},
                "cost": {"min": self._number(rules.min_notional), "max": None},
            },
            "marginModes": {"cross": True, "isolated": True} if perp else {"cross": False, "isolated": False},
            "created": None,
            "info": record,
        }

    def _number(self, value: Any) -> Any:
        return None if value is None else self.parse_number(format(value, "f"))

    # -- tickers ---------------------------------------------------------------------------

    def _plan_fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Plan[dict[str, Any]]:
        """24-hour statistics (``getTickers``) with the best bid and ask (``getBookTickers``)."""
        market = self.market(symbol)
        tickers = yield from self._tickers_of(self._kind(market), market["id"], params)
        ticker = tickers.get(market["symbol"])
        if ticker is None:
            import ccxt

            raise ccxt.BadSymbol(f"pionex has no ticker for {symbol}")
        return ticker  # type: ignore[no-any-return]

    def _plan_fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> Plan[dict[str, Any]]:
        """Every pair's ticker of the market types asked for (both when ``symbols`` is None)."""
        symbols = self.market_symbols(symbols)
        kinds = self._kinds_of(symbols)
        result: dict[str, Any] = {}
        for kind in kinds:
            tickers = yield from self._tickers_of(kind, None, params)
            result.update(tickers)
        return self.filter_by_array_tickers(list(result.values()), "symbol", symbols)  # type: ignore[no-any-return]

    def _plan_fetch_bids_asks(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> Plan[dict[str, Any]]:
        """The best bid and ask of each pair (``getBookTickers``), as tickers."""
        symbols = self.market_symbols(symbols)
        result: dict[str, Any] = {}
        for kind in self._kinds_of(symbols):
            reply = yield seams.Call("getBookTickers", {"type": kind, **(params or {})})
            for record in seams.plain(reply)["tickers"]:
                market = self.safe_market(record.get("symbol"))
                ticker = self.parse_book_ticker(record, market)
                result[ticker["symbol"]] = ticker
        return self.filter_by_array_tickers(list(result.values()), "symbol", symbols)  # type: ignore[no-any-return]

    def _plan_fetch_mark_prices(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> Plan[dict[str, Any]]:
        """The perpetuals' mark and index prices (``futuresGetIndexes``), as tickers with
        ``markPrice`` and ``indexPrice``; ``fetch_mark_price(symbol)`` is ccxt's, on this."""
        symbols = self.market_symbols(symbols, "swap")
        arguments: dict[str, Any] = {}
        if symbols is not None and len(symbols) == 1:
            arguments["symbol"] = self.market(symbols[0])["id"]
        reply = yield seams.Call("futuresGetIndexes", {**arguments, **(params or {})})
        result: dict[str, Any] = {}
        for record in seams.plain(reply)["indexes"]:
            market = self.safe_market(record.get("symbol"), None, None, "swap")
            timestamp = self.safe_integer(record, "updateTime")
            ticker = self.safe_ticker(
                {
                    "symbol": market["symbol"],
                    "timestamp": timestamp,
                    "datetime": self.iso8601(timestamp),
                    "markPrice": self.safe_string(record, "markPrice"),
                    "indexPrice": self.safe_string(record, "indexPrice"),
                    "info": record,
                },
                market,
            )
            result[ticker["symbol"]] = ticker
        return self.filter_by_array_tickers(list(result.values()), "symbol", symbols)  # type: ignore[no-any-return]

    def _tickers_of(self, kind: str, market_id: str | None, params: dict[str, Any] | None) -> Plan[dict[str, Any]]:
        arguments: dict[str, Any] = {"type": kind}
        if market_id is not None:
            arguments["symbol"] = market_id
        statistics = yield seams.Call("getTickers", {**arguments, **(params or {})})
        books = yield seams.Call("getBookTickers", arguments)
        best = {record["symbol"]: record for record in seams.plain(books)["tickers"]}
        result: dict[str, Any] = {}
        for record in seams.plain(statistics)["tickers"]:
            market = self.safe_market(record.get("symbol"))
            ticker = self.parse_ticker(record, market, best.get(record.get("symbol")))
            result[ticker["symbol"]] = ticker
        return result

    def _kind(self, market: dict[str, Any]) -> str:
        return "PERP" if market["swap"] else "SPOT"

    def _kinds_of(self, symbols: list[str] | None) -> list[str]:
        if not symbols:
            return ["SPOT", "PERP"]
        kinds = {self._kind(self.market(symbol)) for symbol in symbols}
        return [kind for kind in ("SPOT", "PERP") if kind in kinds]

    def parse_ticker(
        self, ticker: dict[str, Any], market: dict[str, Any] | None = None, book: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """A ``getTickers`` record (and the pair's ``getBookTickers`` record, for bid and ask)."""
        timestamp = self.safe_integer(ticker, "time")
        info = dict(ticker)
        if book is not None:
            info["bookTicker"] = book
        unified: dict[str, Any] = self.safe_ticker(
            {
                "symbol": self.safe_symbol(self.safe_string(ticker, "symbol"), market),
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "high": self.safe_string(ticker, "high"),
                "low": self.safe_string(ticker, "low"),
                "bid": self.safe_string(book, "bidPrice"),
                "bidVolume": self.safe_string(book, "bidSize"),
                "ask": self.safe_string(book, "askPrice"),
                "askVolume": self.safe_string(book, "askSize"),
                "vwap": None,
                "open": self.safe_string(ticker, "open"),
                "close": self.safe_string(ticker, "close"),
                "last": self.safe_string(ticker, "close"),
                "previousClose": None,
                "change": None,
                "percentage": None,
                "average": None,
                "baseVolume": self.safe_string(ticker, "volume"),
                "quoteVolume": self.safe_string(ticker, "amount"),
                "info": info,
            },
            market,
        )
        return unified

    def parse_book_ticker(self, record: dict[str, Any], market: dict[str, Any] | None = None) -> dict[str, Any]:
        """A ``getBookTickers`` record as a ticker with only the best bid and ask."""
        timestamp = self.safe_integer(record, "timestamp")
        unified: dict[str, Any] = self.safe_ticker(
            {
                "symbol": self.safe_symbol(self.safe_string(record, "symbol"), market),
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "bid": self.safe_string(record, "bidPrice"),
                "bidVolume": self.safe_string(record, "bidSize"),
                "ask": self.safe_string(record, "askPrice"),
                "askVolume": self.safe_string(record, "askSize"),
                "info": record,
            },
            market,
        )
        return unified

    # -- order book ------------------------------------------------------------------------

    def _plan_fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> Plan[dict[str, Any]]:
        """The book's best ``limit`` levels a side (``getMarketDepth``: 1..1000, 20 if not given)."""
        market = self.market(symbol)
        arguments: dict[str, Any] = {"symbol": market["id"]}
        if limit is not None:
            arguments["limit"] = _clamp(int(limit), DEPTH_LIMITS)
        reply = yield seams.Call("getMarketDepth", {**arguments, **(params or {})})
        record = seams.plain(reply)
        timestamp = self.safe_integer(record, "updateTime")
        book: dict[str, Any] = self.parse_order_book(record, market["symbol"], timestamp)
        if limit is not None:
            book["bids"], book["asks"] = book["bids"][:limit], book["asks"][:limit]
        return book

    # -- candles ---------------------------------------------------------------------------

    def _plan_fetch_ohlcv(
        self,
        symbol: str,
        timeframe: str = "1m",
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> Plan[list[list[Any]]]:
        """Candles, oldest first.  Pionex takes only an end time and a count (500 at most), so
        ``since`` becomes the end of ``limit`` candles from it; ``params["until"]`` caps the end.
        ``params["paginate"] = True`` reads ccxt's way, window after window of 500 (at most
        ``paginationCalls``, 10 by default) from ``since`` (or from as far back as that many
        windows reach) to ``until`` or now.  ``params["price"]`` ``"mark"`` or ``"index"`` (what
        ccxt's ``fetch_mark_ohlcv`` and ``fetch_index_ohlcv`` send) reads a perpetual's mark or
        index candles, which have no volume."""
        import ccxt

        market = self.market(symbol)
        interval = self.safe_string(self.timeframes, timeframe)
        if interval is None:
            raise ccxt.BadRequest(f"pionex has no {timeframe} candles; it has {', '.join(self.timeframes)}")
        params = dict(params or {})
        paginate, params = self.handle_option_and_params(params, "fetchOHLCV", "paginate", False)
        until = self.safe_integer_2(params, "until", "till")
        params = self.omit(params, ["until", "till"])
        duration = self.parse_timeframe(timeframe) * 1000
        request = {"symbol": market["id"], "interval": interval}
        now = self.milliseconds()
        price = self.safe_string(params, "price")
        params = self.omit(params, ["price"])
        if price is not None:  # ccxt's fetch_mark_ohlcv and fetch_index_ohlcv: a perpetual's prices
            rows = yield from self._price_klines(price, market, request, since, limit, duration, now, params)
            return self._until(self.parse_ohlcvs(rows, market, timeframe, since, limit), until)
        if not paginate:
            count = KLINES_PER_REQUEST if limit is None and since is not None else limit
            count = None if count is None else _clamp(int(count), (1, KLINES_PER_REQUEST))
            end = until
            if since is not None:
                end = since + (count or KLINES_PER_REQUEST) * duration - 1
                end = end if until is None else min(end, until)
            rows = yield from self._klines(request, end, count, now, params)
            candles = self.parse_ohlcvs(rows, market, timeframe, since, limit)
            return self._until(candles, until)
        calls, params = self.handle_option_integer_and_params(params, "fetchOHLCV", "paginationCalls", 10)
        per, params = self.handle_option_integer_and_params(
            params, "fetchOHLCV", "maxEntriesPerRequest", KLINES_PER_REQUEST
        )
        per = _clamp(int(per), (1, KLINES_PER_REQUEST))
        step = per * duration
        start = now - int(calls) * step - 1
        if since is not None:
            start = since if until is not None else max(start, since)
        rows = []
        for _ in range(int(calls)):
            if start >= now or (until is not None and start >= until):
                break
            end = start + step - 1
            rows += yield from self._klines(request, end if until is None else min(end, until), per, now, params)
            start += step
        unique = {row["time"]: row for row in rows}
        candles = self.parse_ohlcvs(list(unique.values()), market, timeframe, since, limit)
        return self._until(candles, until)

    def _klines(
        self, request: dict[str, Any], end: int | None, count: int | None, now: int, params: dict[str, Any]
    ) -> Plan[list[dict[str, Any]]]:
        arguments = dict(request)
        if end is not None and end < now:  # an end still to come: the newest candles
            arguments["endTime"] = max(end, 1)
        if count is not None:
            arguments["limit"] = count
        reply = yield seams.Call("getKlines", {**arguments, **params})
        return seams.plain(reply)["klines"]  # type: ignore[no-any-return]

    def _price_klines(
        self,
        price: str,
        market: dict[str, Any],
        request: dict[str, Any],
        since: int | None,
        limit: int | None,
        duration: int,
        now: int,
        params: dict[str, Any],
    ) -> Plan[list[dict[str, Any]]]:
        """Mark or index candles (``futuresGetMarkKlines``, ``futuresGetIndexKlines``): the newest
        2000 at most, with no end time, so ``since`` only says how many to ask for."""
        import ccxt

        operation = {"mark": "futuresGetMarkKlines", "index": "futuresGetIndexKlines"}.get(price)
        if operation is None or not market["swap"]:
            raise ccxt.BadRequest(
                f"pionex has no {price} candles of {market['symbol']}: price 'mark' or 'index' reads a perpetual's"
            )
        count = limit
        if since is not None:
            count = max(now - since, 0) // duration + 1
        arguments = dict(request)
        if count is not None:
            arguments["limit"] = _clamp(int(count), (1, PRICE_KLINES_PER_REQUEST))
        reply = yield seams.Call(operation, {**arguments, **params})
        return seams.plain(reply)["klines"]  # type: ignore[no-any-return]

    def _until(self, candles: list[list[Any]], until: int | None) -> list[list[Any]]:
        return candles if until is None else [candle for candle in candles if candle[0] <= until]

    def parse_ohlcv(self, ohlcv: Any, market: dict[str, Any] | None = None) -> list[Any]:
        """A ``getKlines`` record as ``[time, open, high, low, close, volume]``."""
        if isinstance(ohlcv, list):
            return super().parse_ohlcv(ohlcv, market)  # type: ignore[misc, no-any-return]
        return [
            self.safe_integer(ohlcv, "time"),
            self.safe_number(ohlcv, "open"),
            self.safe_number(ohlcv, "high"),
            self.safe_number(ohlcv, "low"),
            self.safe_number(ohlcv, "close"),
            self.safe_number(ohlcv, "volume"),  # None for mark and index candles
        ]

    # -- public trades ---------------------------------------------------------------------

    def _plan_fetch_trades(
        self, symbol: str, since: int | None = None, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> Plan[list[dict[str, Any]]]:
        """The newest public trades, oldest first (``getMarketTrades`` gives 10..500 and takes no
        time: ``since`` filters what it gives)."""
        market = self.market(symbol)
        arguments: dict[str, Any] = {"symbol": market["id"]}
        if since is not None:  # as many as there are, to keep those from since on
            arguments["limit"] = TRADES_LIMITS[1]
        elif limit is not None:
            arguments["limit"] = _clamp(int(limit), TRADES_LIMITS)
        reply = yield seams.Call("getMarketTrades", {**arguments, **(params or {})})
        trades = [self.parse_market_trade(record, market) for record in seams.plain(reply)["trades"]]
        trades = self.sort_by_2(trades, "timestamp", "id")
        return self.filter_by_symbol_since_limit(trades, market["symbol"], since, limit)  # type: ignore[no-any-return]

    def parse_market_trade(self, trade: dict[str, Any], market: dict[str, Any] | None = None) -> dict[str, Any]:
        """A public trade (``getMarketTrades``); its side is the taker's."""
        timestamp = self.safe_integer(trade, "timestamp")
        side = self.safe_string_lower(trade, "side")
        unified: dict[str, Any] = self.safe_trade(
            {
                "info": trade,
                "id": self.safe_string(trade, "tradeId"),
                "order": None,
                "timestamp": timestamp,
                "datetime": self.iso8601(timestamp),
                "symbol": self.safe_symbol(self.safe_string(trade, "symbol"), market),
                "type": None,
                "side": side,
                "takerOrMaker": "taker",
                "price": self.safe_string(trade, "price"),
                "amount": self.safe_string(trade, "size"),
                "cost": None,
                "fee": None,
            },
            market,
        )
        return unified

    # -- balances --------------------------------------------------------------------------

    def _plan_fetch_balance(self, params: dict[str, Any] | None = None) -> Plan[dict[str, Any]]:
        """The spot account (``getBalances``), or with ``type="swap"`` (or ``options["defaultType"]``)
        the perpetual account's cross margin (``futuresGetAccountBalances``): ``used`` is what open
        orders hold (``frozen``); the isolated margins are in ``info["isolates"]``."""
        kind, params = self.handle_market_type_and_params("fetchBalance", None, dict(params or {}))
        if kind in ("swap", "future"):
            reply = yield seams.Call("futuresGetAccountBalances", params)
        else:
            reply = yield seams.Call("getBalances", params)
        return self.parse_balance(seams.plain(reply))

    def parse_balance(self, response: dict[str, Any]) -> dict[str, Any]:
        """A ``getBalances`` or ``futuresGetAccountBalances`` reply (``balances``: coin, free, frozen)."""
        result: dict[str, Any] = {"info": response}
        for record in response.get("balances") or []:
            account = self.account()
            account["free"] = self.safe_string(record, "free")
            account["used"] = self.safe_string(record, "frozen")
            result[self.safe_currency_code(self.safe_string(record, "coin"))] = account
        return self.safe_balance(result)  # type: ignore[no-any-return]
