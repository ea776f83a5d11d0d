"""Keyword rules on Indonesian chat text: spellings, accents, punctuation, whole words, phrases, speed."""

from __future__ import annotations

import time

import pytest

from merchant_desk.core.errors import ValidationError
from merchant_desk.core.label_rules import DEFAULT_RULES, RuleMatcher, normalise_words, validate_rule, word_set
from merchant_desk.core.shop import DEFAULT_LABELS

DEFAULTS = RuleMatcher([(rule.label, rule.words) for rule in DEFAULT_RULES])


def test_normalisation_folds_case_accents_punctuation_and_chat_spellings() -> None:
    assert normalise_words("Kak!! BRP, harganya??") == ["kak", "berapa", "harganya"]
    assert normalise_words("Café—crème") == ["cafe", "creme"]
    assert normalise_words("gk/ga/gak/nggak/enggak") == ["tidak"] * 5
    assert normalise_words("udh tf blm") == ["sudah", "transfer", "belum"]


def test_word_set_adds_bases_of_nya_and_reduplication() -> None:
    assert {"harga", "harganya", "barang", "sampai"} <= word_set("harganya? barang2 gak sampe2")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Kak, brp harganya?", ["Pertanyaan produk"]),
        ("masih ready gk kak ukuran L?", ["Pertanyaan produk"]),
        ("stoknya ada?", ["Pertanyaan produk"]),
        ("mau order 2 pcs ya", ["Pesanan baru"]),
        ("Saya mau ambil yang merah", ["Pesanan baru"]),
        ("no rek nya apa kak", ["Menunggu pembayaran"]),
        ("udh tf ya kak, ini buktinya", ["Sudah dibayar"]),
        ("Sudah saya transfer barusan", ["Sudah dibayar"]),
        ("barangnya rusak, kecewa bgt", ["Keluhan"]),
        ("paket gak sampe2 min", ["Keluhan"]),
        ("Selamat pagi kak", []),
        ("transfer kapan?", []),  # "transfer" alone is not proof of payment
        ("hargai waktu saya", []),  # whole words only: "hargai" is not "harga"
    ],
)
def test_default_rules_on_indonesian_chat_text(text: str, labels: list[str]) -> None:
    assert DEFAULTS.match(text) == labels


def test_default_rules_use_default_labels_and_valid_statuses() -> None:
    names = {name for name, _colour in DEFAULT_LABELS}
    for rule in DEFAULT_RULES:
        assert rule.label in names
        assert rule.set_status in (None, "open", "pending", "resolved")
        validate_rule(rule.name, rule.words, rule.set_status, True)


def test_rule_words_are_normalised_like_messages() -> None:
    matcher = RuleMatcher([("a", ["brp"]), ("b", ["Bukti TF"])])
    assert matcher.match("berapa?") == ["a"]
    assert matcher.match("ini bukti transfer ya") == ["b"]
    assert matcher.match("transfer bukti") == []  # phrases keep their order


def test_validate_rule_reports_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_rule(" ", ["", "!!"], None, False)
    assert set(caught.value.problems) == {"name", "words", "action"}
    with pytest.raises(ValidationError) as caught:
        validate_rule("x", ["harga"], "closed", False)
    assert set(caught.value.problems) == {"set_status"}
    assert validate_rule("x", ["Harga", "harga", "brp"], None, True) == ("harga", "berapa")


def test_matching_a_million_messages_takes_seconds_not_minutes() -> None:
    texts = ["halo kak brp harganya? masih ready gk", "oke makasih ya kak", "udh tf ya kak", "pagi, mau tanya"]
    sample = texts * 25_000  # 100,000 messages; the budget below scales to ~1,000,000 in well under a minute
    started = time.perf_counter()
    matched = sum(1 for text in sample if DEFAULTS.match(text))
    elapsed = time.perf_counter() - started
    assert matched == 50_000
    assert elapsed < 4.0, f"{elapsed:.2f} s for 100,000 messages"
