"""Loyalty: customers ranked by points, their ledger, redeem and adjust, rewards and the program's settings."""
