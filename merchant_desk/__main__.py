"""Allows `python -m merchant_desk`."""

from merchant_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
