"""Reading a list operation past the cap of one reply: ``client.paginate(...)``.

Which operations can be paged, and how, comes from the spec (``x-pionex-paginate``, carried
as :class:`~pionex_wrapper.operation.Paging` on the operation); nothing here knows an
endpoint.  Every paged reply holds the newest records that match, at most a page of them, so
the records are read newest first, backward:

* **by time** (``getAllOrders``, ``futuresGetFundingFees``...): when a reply is full, the records
  of its oldest millisecond ``T`` are held back and the next request asks for the records up to
  ``T`` again (``endTime=T``, or ``T + 1`` where the exchange's end is exclusive).  The records
  sharing ``T`` then come whole in the next reply, however the exchange orders them within one
  millisecond, so none is skipped or repeated at a page edge, records without an identifier
  included.  A full reply whose records *all* share one millisecond cannot be paged past (no
  request reaches the rest of that millisecond): :class:`~pionex_wrapper.errors.PaginationError`
  says so instead of skipping them.
* **by id** (``getFillsByOrderId``...): the next request asks for the records older than the
  oldest id seen (``fromId``).
* **by token** (the bots' lists): each reply names the next page (``nextPageToken``), which the
  next request asks for (``pageToken``), until a reply names none (absent or empty).  The records
  come in the order the exchange gives.  Bounded: at most :data:`MAX_TOKEN_PAGES` pages are read,
  and a token the exchange already gave (or the caller started from) would read pages again
  forever; either raises :class:`~pionex_wrapper.errors.PaginationError` once the records read so
  far have been given out, never a silent stop or an endless loop.

Anything at or beyond the point already read (a later time, an id not below ``fromId``, a
record twice in one reply) is dropped, so a server that reads a bound inclusively where the
spec says exclusively repeats nothing.

:class:`Pager` is the whole logic, without I/O: it gives the next request's arguments and takes
each reply.  :func:`iterate` and :func:`aiterate` drive it through a client's ``_invoke`` (rate
limits, retries and argument checks as for any call).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

from . import registry
from .errors import InvalidParameterError, PaginationError
from .operation import CallOptions, Operation, Paging
from .params import normalize, to_milliseconds

MAX_TOKEN_PAGES = 1000
"""The most pages a list paged by token is read for (a thousand requests, 100 s of Pionex's
account budget at weight 1): past it, :class:`~pionex_wrapper.errors.PaginationError` says the list
goes on rather than read without end (narrow the request, or start again from the last token)."""


def _token(value: str) -> str:
    """A page token for a message, shortened if long."""
    return repr(value) if len(value) <= 80 else f"{value[:80]!r}... ({len(value)} characters)"


def _moment(value: object, name: str) -> int:
    ms = to_milliseconds(value, name)
    assert isinstance(ms, int)  # to_milliseconds refuses anything else
    if ms < 1:
        raise InvalidParameterError(name, f"must be a moment after 1970-01-01, got {ms}")
    return ms


class Pager:
    """The paging of one operation with one set of arguments, as pure logic.

    Call :meth:`request` for the next request's arguments (None: the list is read), send it,
    and hand the reply's data to :meth:`take`, which returns the records to give out, newest first.
    """

    def __init__(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        start_time: object = None,
        end_time: object = None,
        max_items: int | None = None,
        page_size: int | None = None,
    ) -> None:
        paging = operation.paging
        if paging is None:
            raise InvalidParameterError("operation", f"{operation.operation_id} returns no list that can be paged")
        self.operation = operation
        self.paging = paging
        given = registry.arguments(operation, arguments)
        if paging.limit is not None and given.pop(paging.limit, None) is not None:
            raise InvalidParameterError(
                paging.limit,
                "is set by the pager: pass page_size= for the records per request, max_items= for the total",
            )
        if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 1):
            raise InvalidParameterError("max_items", f"must be a positive int or None, got {max_items!r}")
        self.max_items = max_items
        self.page_size = self._page_size(paging, page_size)
        self.start: int | None = None  # the earliest time to give out, when the window is cut here
        self.upper: int | None = None  # by time: the latest time still to give out (None: any)
        self.cursor: int | None = None  # the value of the input that pages (end or source) next time
        self.given = 0
        self.done = False
        self.token: str | None = None  # by token: the page to ask for next (None: the first)
        self.tokens: set[str] = set()  # by token: every token asked for or started from
        self.pages = 0
        self.pending: PaginationError | None = None  # raised by the next request(), once this page is out
        if paging.by == "token":
            for name, value in (("start_time", start_time), ("end_time", end_time)):
                if value is not None:
                    raise InvalidParameterError(
                        name, f"{operation.operation_id} pages by token and takes no time window"
                    )
            assert paging.token is not None
            token = given.pop(paging.token, None)
            if token is not None:
                if not isinstance(token, str) or not token:
                    raise InvalidParameterError(paging.token, f"must be a non-empty str, got {token!r}")
                self.token = token
                self.tokens.add(token)
        elif paging.by == "time":
            start = self._window(given, paging.start, start_time, "start_time")
            end = self._window(given, paging.end, end_time, "end_time")
            if start is not None:
                if paging.start is not None:
                    given[paging.start] = start
                self.start = start
            if end is not None:
                self.upper = end if paging.end_inclusive else end - 1
            self.cursor = end
        else:
            for name, value in (("start_time", start_time), ("end_time", end_time)):
                if value is not None:
                    raise InvalidParameterError(name, f"{operation.operation_id} pages by id and takes no time window")
            assert paging.source is not None
            source = given.pop(paging.source, None)
            if source is not None and (isinstance(source, bool) or not isinstance(source, int) or source < 1):
                raise InvalidParameterError(paging.source, f"must be a positive int, got {source!r}")
            self.cursor = source
        self.base = given
        normalize(operation, self._arguments())  # refuse bad arguments now, not at the first request

    def _page_size(self, paging: Paging, page_size: int | None) -> int:
        if page_size is None:
            return paging.size
        if isinstance(page_size, bool) or not isinstance(page_size, int):
            raise InvalidParameterError("page_size", f"must be an int, not {type(page_size).__name__}")
        if paging.limit is None and paging.size == 0:
            raise InvalidParameterError("page_size", f"cannot be set: {self.operation.operation_id} takes no page size")
        if paging.limit is None and page_size != paging.size:
            raise InvalidParameterError(
                "page_size", f"cannot be set: {self.operation.operation_id} always returns up to {paging.size}"
            )
        if not 2 <= page_size <= paging.size:
            raise InvalidParameterError("page_size", f"must be from 2 to {paging.size}, got {page_size}")
        return page_size

    def _window(self, given: dict[str, Any], param: str | None, value: object, name: str) -> int | None:
        """One end of the time window, by keyword (``start_time``) or among the arguments."""
        if param is not None and param in given:
            if value is not None:
                raise InvalidParameterError(name, f"is given twice (also as {param})")
            value = given.pop(param)
        return None if value is None else _moment(value, name)

    def _arguments(self) -> dict[str, Any]:
        arguments = dict(self.base)
        paging = self.paging
        if paging.limit is not None:
            arguments[paging.limit] = self.page_size
        if paging.by == "token":
            if self.token is not None:
                assert paging.token is not None
                arguments[paging.token] = self.token
        elif self.cursor is not None:
            target = paging.end if paging.by == "time" else paging.source
            assert target is not None
            arguments[target] = self.cursor
        return arguments

    def request(self) -> dict[str, Any] | None:
        """The arguments of the next request, or None once everything has been given out."""
        if self.pending is not None:
            error, self.pending = self.pending, None
            self.done = True
            raise error
        if self.done:
            return None
        return self._arguments()

    def take(self, data: Any) -> list[Any]:
        """The records of one reply still to give out; decides the next request (or the end)."""
        paging = self.paging
        page = list(getattr(data, paging.items, None) or [])
        if paging.by == "token":
            return self._take_by_token(data, page)
        full = len(page) >= self.page_size
        key = paging.time if paging.by == "time" else paging.id
        assert key is not None
        keys = [getattr(item, key) for item in page]
        if any(not isinstance(k, int) for k in keys):
            raise PaginationError(
                f"a record of {self.operation.operation_id} has no {key}: the list cannot be paged",
                operation_id=self.operation.operation_id,
                method=self.operation.method,
                path=self.operation.path,
            )
        bound = self.upper if paging.by == "time" else None if self.cursor is None else self.cursor - 1
        fresh = [(item, k) for item, k in zip(page, keys, strict=True) if bound is None or k <= bound]
        if not full:
            out = fresh
            self.done = True
        else:
            oldest = min(keys)
            if paging.by == "time":
                if self.upper is not None and oldest > self.upper:
                    raise self._stuck(None)
                if oldest == max(keys):
                    raise self._stuck(oldest)
                out = [(item, k) for item, k in fresh if k > oldest]  # the oldest ms comes whole next time
                self.upper = oldest
                self.cursor = oldest if paging.end_inclusive else oldest + 1
            else:
                if self.cursor is not None and oldest >= self.cursor:
                    raise self._stuck(None)
                out = fresh
                self.cursor = oldest
        out = self._unique(out)
        if self.start is not None and any(k < self.start for _, k in out):
            out = [(item, k) for item, k in out if k >= self.start]
            self.done = True
        if self.max_items is not None and self.given + len(out) >= self.max_items:
            out = out[: self.max_items - self.given]
            self.done = True
        self.given += len(out)
        return [item for item, _ in out]

    def _take_by_token(self, data: Any, page: list[Any]) -> list[Any]:
        """One reply of a list paged by token: its records, and the next page's token (or the end)."""
        assert self.paging.next is not None
        self.pages += 1
        out = self._unique([(item, 0) for item in page])
        if self.max_items is not None and self.given + len(out) >= self.max_items:
            out = out[: self.max_items - self.given]
            self.done = True
        self.given += len(out)
        following = getattr(data, self.paging.next, None)
        if self.done or not following:
            self.done = True
        elif following in self.tokens:
            self.pending = self._token_error(
                f"the exchange gave the page token {_token(following)} again: reading on would repeat pages without end"
            )
        elif self.pages >= MAX_TOKEN_PAGES:
            self.pending = self._token_error(
                f"the list goes on past {MAX_TOKEN_PAGES} pages (MAX_TOKEN_PAGES), where reading stops; "
                f"narrow the request, or go on from {self.paging.token}={_token(following)}"
            )
        else:
            self.token = following
            self.tokens.add(following)
        return [item for item, _ in out]

    def _token_error(self, problem: str) -> PaginationError:
        op = self.operation
        return PaginationError(
            f"{op.operation_id}: {problem}", operation_id=op.operation_id, method=op.method, path=op.path
        )

    def _unique(self, records: list[tuple[Any, int]]) -> list[tuple[Any, int]]:
        """The records without repeats within one reply, by ``id`` when records have one."""
        name = self.paging.id
        if name is None:
            return records
        seen: set[Any] = set()
        out = []
        for item, k in records:
            ident = getattr(item, name)
            if ident in seen:
                continue
            seen.add(ident)
            out.append((item, k))
        return out

    def _stuck(self, ms: int | None) -> PaginationError:
        op = self.operation
        if ms is None:
            problem = "the exchange returned no record older than the previous page: paging stopped"
        else:
            problem = (
                f"a full page of {self.page_size} records all share the millisecond {ms}: the API pages by time "
                f"and cannot reach the rest of that millisecond, so the records after this point cannot be "
                f"read without skipping some (narrow the request, e.g. by symbol"
                + (", or use a larger page_size" if self.page_size < self.paging.size else "")
                + ")"
            )
        return PaginationError(
            f"{op.operation_id}: {problem}", operation_id=op.operation_id, time_ms=ms, method=op.method, path=op.path
        )


def iterate(
    invoke: Callable[[Operation[Any], dict[str, Any], CallOptions], Any], pager: Pager, options: CallOptions
) -> Iterator[Any]:
    """The records, one request at a time through ``invoke`` (a sync client's ``_invoke``)."""
    while (arguments := pager.request()) is not None:
        yield from pager.take(invoke(pager.operation, arguments, options))


async def aiterate(
    invoke: Callable[[Operation[Any], dict[str, Any], CallOptions], Awaitable[Any]], pager: Pager, options: CallOptions
) -> AsyncIterator[Any]:
    """The async twin of :func:`iterate`."""
    while (arguments := pager.request()) is not None:
        for item in pager.take(await invoke(pager.operation, arguments, options)):
            yield item
