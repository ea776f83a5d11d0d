"""Merchant Desk: inbox, catalog and loyalty points for Indonesian small merchants."""

APP_NAME = "Merchant Desk"
APP_ID = "merchant-desk"
# Kept equal to pyproject.toml's version by a test; reading package metadata here cost ~40 ms at every start.
__version__ = "0.1.0"
