"""Files that are no catalog CSV (a workbook, nothing, binary junk, a broken zip, a missing file) are named for what
they are, with advice and without their bytes; Excel's semicolon CSV is simply read."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest

from merchant_desk.core.errors import UserError
from merchant_desk.core.file_errors import (
    EmptyFile,
    FileAccessDenied,
    FileIsFolder,
    FileMissing,
    FileProblem,
    file_problem,
)
from merchant_desk.formats.catalog_common import NotACatalogFeed, sniff_delimiter
from merchant_desk.formats.catalog_errors import (
    DamagedZip,
    NotABundle,
    NotTextCatalog,
    SpreadsheetNotCsv,
)
from merchant_desk.formats.catalog_read import open_catalog
from merchant_desk.formats.file_kind import printable


def _refused(path: Path) -> UserError:
    with pytest.raises(UserError) as caught, open_catalog(path) as source:
        list(source.rows)
    return caught.value


def _shown_safely(error: UserError) -> None:
    text = str(error)
    assert text.isprintable(), text
    assert "PK" not in text and "\ufffd" not in text


def test_an_excel_workbook_says_how_to_save_it_as_csv(tmp_path: Path) -> None:
    real = tmp_path / "katalog.xlsx"
    with zipfile.ZipFile(real, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    renamed = tmp_path / "produk.csv"  # a workbook renamed to .csv is still found out by its contents
    renamed.write_bytes(real.read_bytes())
    damaged = tmp_path / "rusak.xlsx"
    damaged.write_bytes(b"PK\x03\x04garbage")
    old = tmp_path / "lama.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200))
    for path in (real, renamed, damaged, old):
        error = _refused(path)
        assert isinstance(error, SpreadsheetNotCsv), (path.name, error)
        assert path.name in str(error) and "Save As" in str(error) and "CSV UTF-8" in str(error)
        _shown_safely(error)


def test_an_empty_file_says_it_is_empty(tmp_path: Path) -> None:
    for name, content in (("kosong.csv", b""), ("spasi.csv", b"\xef\xbb\xbf \r\n\r\n")):
        path = tmp_path / name
        path.write_bytes(content)
        error = _refused(path)
        assert isinstance(error, EmptyFile) and "is empty" in str(error) and name in str(error)


def test_random_binary_is_never_printed(tmp_path: Path) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(bytes((i * 73 + 41) % 256 for i in range(3000)))
    error = _refused(path)
    assert isinstance(error, NotTextCatalog) and "does not hold text" in str(error)
    _shown_safely(error)
    pdf = tmp_path / "katalog.csv"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert isinstance(_refused(pdf), NotTextCatalog)


def test_an_unknown_header_is_shown_printable(tmp_path: Path) -> None:
    path = tmp_path / "aneh.csv"
    path.write_bytes(b"nama\x07barang,harga\x1b[31m\nKopi,15000\n")
    error = _refused(path)
    assert type(error) is NotACatalogFeed
    assert "nama barang" in str(error) and "harga" in str(error) and "id, title and price" in str(error)
    _shown_safely(error)


def test_missing_folder_and_locked_files_name_the_file_not_the_os_text(tmp_path: Path) -> None:
    missing = _refused(tmp_path / "hilang.csv")
    assert isinstance(missing, FileMissing) and "hilang.csv" in str(missing)
    assert "No such file" not in str(missing)
    folder = tmp_path / "Katalog"
    folder.mkdir()
    assert isinstance(_refused(folder), FileIsFolder)
    denied = file_problem(tmp_path / "a.csv", PermissionError(errno.EACCES, "Permission denied"))
    assert isinstance(denied, FileAccessDenied) and "a.csv" in str(denied) and "Permission" not in str(denied)
    other = file_problem(tmp_path / "a.csv", OSError(errno.EIO, "Input/output error"))
    assert type(other) is FileProblem and "EIO" in str(other) and "Input/output" not in str(other)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_access_denied(tmp_path: Path) -> None:
    path = tmp_path / "rahasia.csv"
    path.write_text("id,title,price\n", encoding="utf-8")
    path.chmod(0)
    try:
        assert isinstance(_refused(path), FileAccessDenied)
    finally:
        path.chmod(0o600)


def test_broken_zip_and_zip_that_is_no_bundle(tmp_path: Path) -> None:
    broken = tmp_path / "katalog.zip"
    broken.write_bytes(b"PK\x03\x04zzzz")
    error = _refused(broken)
    assert isinstance(error, DamagedZip) and "damaged" in str(error)
    _shown_safely(error)
    other = tmp_path / "foto.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("a.jpg", b"x")
    assert isinstance(_refused(other), NotABundle)


def test_a_semicolon_csv_from_excel_is_read(tmp_path: Path) -> None:
    path = tmp_path / "meta.csv"
    path.write_text(
        "\ufeffid;title;description;availability;condition;price\r\n"
        'K1;Kopi Gayo;"Kopi; 250 g";in stock;new;15.000\r\n'
        "K2;Teh;Teh melati;in stock;new;Rp8.500\r\n",
        encoding="utf-8",
    )
    with open_catalog(path) as source:
        rows = list(source.rows)
    assert source.format == "meta" and source.header[:2] == ("id", "title")
    assert [r.draft.price for r in rows if r.draft] == [15000, 8500]
    assert rows[0].draft is not None and rows[0].draft.description == "Kopi; 250 g"


def test_delimiter_sniffing() -> None:
    assert sniff_delimiter("id,title,price\r\n") == ","
    assert sniff_delimiter("Nama Barang;Harga;Stok\n") == ";"
    assert sniff_delimiter("id\ttitle\tprice\n") == "\t"
    assert sniff_delimiter("title\n") == ","
    assert sniff_delimiter("id,title,price,note;x\n") == ","  # more commas: a semicolon inside a name


def test_printable_excerpt() -> None:
    assert printable("PK\x03\x04zzzz") == "PK zzzz"
    assert printable("a\u200bb\ufffd c" + "x" * 200, 10) == "a b cxxxx…"


def test_excel_unicode_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "katalog.txt"  # Excel's "Unicode Text": UTF-16 with a byte-order mark, tab-separated
    path.write_bytes("id\ttitle\tprice\r\nK1\tKopi Gayo – 250 g\t15000\r\n".encode("utf-16"))
    with open_catalog(path) as source:
        rows = list(source.rows)
    assert source.format == "meta" and rows[0].draft is not None and rows[0].draft.name == "Kopi Gayo – 250 g"
