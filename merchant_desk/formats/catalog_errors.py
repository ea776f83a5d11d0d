"""Why a file cannot be read as a catalog at all, each saying what the merchant can do about it."""

from __future__ import annotations

from merchant_desk.core.errors import UserError, tr_noop


class NotACatalogFeed(UserError):
    """The file is text but its first row matches no catalog format (``header`` is a printable excerpt)."""

    message = tr_noop(
        "{name} is not a catalog feed Merchant Desk knows: its first row reads “{header}”. Choose a product CSV "
        "exported from Meta Commerce Manager, Shopify, WooCommerce or Merchant Desk; for your own spreadsheet, "
        "name its columns id, title and price."
    )


class SpreadsheetNotCsv(NotACatalogFeed):
    message = tr_noop(
        "{name} is not a CSV file but an Excel workbook. In Excel choose File → Save As → CSV UTF-8 (Comma "
        "delimited), then import that file."
    )


ODS_NOT_CSV = tr_noop(
    "{name} is not a CSV file but a LibreOffice or Numbers spreadsheet. Choose File → Save As (or Export) → "
    "CSV, then import that file."
)


class NotTextCatalog(NotACatalogFeed):
    message = tr_noop(
        "{name} is not a CSV file: it does not hold text (it may be a picture, a PDF or a program). Choose the "
        ".csv file you exported from your store."
    )


class UnreadableCatalog(UserError):
    message = tr_noop(
        "{name} cannot be read as CSV text. Open it in Excel or Google Sheets, save it as CSV UTF-8, then import "
        "the new file."
    )


class NotABundle(UnreadableCatalog):
    message = tr_noop(
        "{name} is a zip file but not a Merchant Desk export: it holds no products.csv. If your CSV is inside it, "
        "unzip it first and choose the CSV."
    )


class DamagedZip(UnreadableCatalog):
    message = tr_noop(
        "{name} looks like a zip file but it is damaged or incomplete. Copy or download it again, then choose the "
        "new file."
    )
