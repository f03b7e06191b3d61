"""What every product of the sandbox shares: the sandbox's state, the markets and their motion,
order books, matching, the skeleton of an order engine, and market data replies."""
