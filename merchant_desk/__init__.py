"""Merchant Desk: inbox, catalog and loyalty points for Indonesian small merchants."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Merchant Desk"
APP_ID = "merchant-desk"

try:
    __version__ = version("merchant-desk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
