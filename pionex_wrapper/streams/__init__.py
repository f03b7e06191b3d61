"""Pionex's WebSocket streams: connections, subscriptions, reconnection (see connection.py)."""
