"""What a chosen file really is, from its first bytes, before a reader takes it for text.

Merchants pick the wrong file often: an Excel workbook instead of its CSV, a half-copied zip, a PDF. Reading
those as text would show binary junk as a "header" or "line 1"; the readers ask here first and name the problem.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

from merchant_desk.core.file_errors import EmptyFile, FileIsFolder, file_problem

HEAD = 8192  # enough to tell text from binary; the readers stream the rest
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Excel (.xls) and Word files
# PDF, PNG, JPEG, GIF, WebP/WAV, gzip, RAR, 7-Zip, Linux programs: what else a merchant may pick by mistake
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"RIFF",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x7fELF",
)
_EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb")
_ODS_SUFFIXES = (".ods", ".numbers")

TEXT, ZIP, BROKEN_ZIP, EXCEL, ODS, BINARY = "text", "zip", "broken_zip", "excel", "ods", "binary"


def read_head(path: Path) -> bytes:
    """The first bytes of ``path``.

    Raises:
        FileProblem: missing, not allowed, a folder, or unreadable (the merchant's words, not the system's).
        EmptyFile: nothing in it but blanks (or a byte-order mark).
    """
    try:
        if path.is_dir():
            raise FileIsFolder(name=path.name)
        with open(path, "rb") as stream:
            head = stream.read(HEAD)
    except OSError as exc:
        raise file_problem(path, exc) from exc
    if not head.removeprefix(b"\xef\xbb\xbf").strip():
        raise EmptyFile(name=path.name)
    return head


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError):
        return BROKEN_ZIP
    if any(n.startswith("xl/") for n in names):
        return EXCEL
    if b"opendocument.spreadsheet" in mimetype or any(n.startswith("Index/") for n in names):
        return ODS
    return ZIP


def looks_binary(head: bytes) -> bool:
    """True for a known binary file type, or when the first line is not text.

    Only the first line is judged: a CSV's header or a chat's first message is plain text, while later cells
    may hold anything a product's description can (our own export is lossless, control characters included).
    """
    if head.startswith(_BINARY_MAGIC) or head[4:8] == b"ftyp":  # ftyp: HEIC photos and MP4 videos
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text (Excel's "Unicode Text")
    line = head.split(b"\n", 1)[0]
    if b"\x00" in line:
        return True
    text = line.decode("utf-8", errors="replace")
    odd = sum(1 for c in text if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\t\r\f"))
    return odd > max(2, len(text) // 20)


def text_encoding(head: bytes) -> str:
    """UTF-16 when the file starts with its byte-order mark (Excel's "Unicode Text"), else UTF-8."""
    return "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"


def file_kind(path: Path, head: bytes | None = None) -> str:
    """``text``, ``zip``, ``broken_zip``, ``excel``, ``ods`` or ``binary``; raises what ``read_head`` raises."""
    head = read_head(path) if head is None else head
    suffix = path.suffix.lower()
    if head.startswith(_ZIP_MAGIC) or zipfile.is_zipfile(path):
        kind = _zip_kind(path)
        if kind in (BROKEN_ZIP, ZIP) and suffix in _EXCEL_SUFFIXES:
            return EXCEL  # a damaged workbook is still a workbook: the advice is the same
        if kind in (BROKEN_ZIP, ZIP) and suffix in _ODS_SUFFIXES:
            return ODS
        return kind
    if head.startswith(_OLE_MAGIC) or suffix in _EXCEL_SUFFIXES:
        return EXCEL
    if suffix in _ODS_SUFFIXES:
        return ODS
    return BINARY if looks_binary(head) else TEXT


def printable(text: str, limit: int = 80) -> str:
    """An excerpt safe to show in a message: control and unprintable characters become spaces, cut at ``limit``."""
    kept = "".join(c if unicodedata.category(c)[0] not in "CZ" else " " for c in text.replace("\ufffd", " "))
    kept = " ".join(kept.split())
    return kept if len(kept) <= limit else kept[: limit - 1].rstrip() + "…"
