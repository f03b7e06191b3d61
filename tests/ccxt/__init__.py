"""Tests of the ccxt-compatible classes (:mod:`pionex_ccxt`) against the local sandbox, checked
with ccxt's own unified-structure tests (``ccxt.test.exchange.base``)."""
