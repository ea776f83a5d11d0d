"""import-catalog and export-catalog through merchant_desk.cli.main, as the shell would run them."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from merchant_desk.services.hub import Services

Cli = Callable[..., Any]
DATA = Path(__file__).parents[1] / "formats" / "data"


def test_import_json_dry_run_then_real_then_again(cli: Cli, shop: Services) -> None:
    folder = str(shop.paths.data_dir)
    feed = str(DATA / "meta_template.csv")
    dry = cli("--data-dir", folder, "import-catalog", feed, "--dry-run", "--json")
    assert dry.code == 0, dry.err
    report = json.loads(dry.out)
    assert {"format", "rows", "created", "updated", "unchanged", "rejected"} <= set(report)
    assert (report["format"], report["rows"], report["created"]) == ("meta", 7, 4)
    assert {r["row"] for r in report["rejected"]} == {7, 8, 9}
    assert all(set(r) == {"row", "column", "reason"} for r in report["rejected"])
    assert shop.catalog.count() == 0
    real = json.loads(cli("--data-dir", folder, "import-catalog", feed, "--json").out)
    assert real["created"] == 4 and shop.catalog.count() == 4
    again = json.loads(cli("--data-dir", folder, "import-catalog", feed, "--json").out)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 4)


def test_forced_format_and_plain_output(cli: Cli, shop: Services) -> None:
    run = cli(
        "--data-dir", str(shop.paths.data_dir), "import-catalog", str(DATA / "shopify.csv"), "--format", "shopify"
    )
    assert run.code == 0
    assert run.out.startswith("shopify: 7 rows, created 5")
    assert "rejected row 8 [Title]" in run.out


def test_unreadable_file_exits_non_zero_without_traceback(cli: Cli, shop: Services, tmp_path: Path) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("nama,harga\nKopi,15000\n", encoding="utf-8")
    run = cli("--data-dir", str(shop.paths.data_dir), "import-catalog", str(notes), "--json")
    assert run.code == 2 and "not a catalog feed" in run.err and "nama" in run.err
    assert run.out == "" and "Traceback" not in run.err
    missing = cli("--data-dir", str(shop.paths.data_dir), "import-catalog", str(tmp_path / "none.csv"))
    assert missing.code == 2 and "Traceback" not in missing.err


def test_export_meta_and_native(cli: Cli, shop: Services, tmp_path: Path) -> None:
    folder = str(shop.paths.data_dir)
    cli("--data-dir", folder, "import-catalog", str(DATA / "woocommerce.csv"))
    meta = cli("--data-dir", folder, "export-catalog", "--format", "meta", str(tmp_path / "feed.csv"))
    assert meta.code == 0
    assert json.loads(meta.out)["rows"] == 4
    assert (tmp_path / "feed.csv").read_text(encoding="utf-8").startswith("id,title,description,availability")
    native = cli("--data-dir", folder, "export-catalog", "--format", "native", str(tmp_path / "catalog.zip"))
    assert json.loads(native.out)["rows"] == 4
    with zipfile.ZipFile(tmp_path / "catalog.zip") as zf:
        assert "products.csv" in zf.namelist()
    bad = cli("--data-dir", folder, "export-catalog", "--format", "meta", str(tmp_path / "no" / "feed.csv"))
    assert bad.code == 2 and "Traceback" not in bad.err


def test_json_reasons_stay_english_with_their_values(cli: Cli, shop: Services, tmp_path: Path) -> None:
    feed = tmp_path / "feed.csv"
    feed.write_text(
        "id;title;price\nA1;Kopi;15.000\nA1;Teh;8000\nA2;Gula;abc\n", encoding="utf-8"
    )  # semicolons, as Excel saves on an Indonesian Windows
    report = json.loads(
        cli("--data-dir", str(shop.paths.data_dir), "import-catalog", str(feed), "--dry-run", "--json").out
    )
    assert report["format"] == "meta" and report["created"] == 1
    assert report["rejected"] == [
        {"row": 3, "column": "id", "reason": "The same id as row 2."},
        {"row": 4, "column": "price", "reason": "'abc' is not a price: write it like 15000, 15.000 or Rp15.000."},
    ]
