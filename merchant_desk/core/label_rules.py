"""Keyword rules for incoming messages, matched on normalised Indonesian chat text (pure, compiled once)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from merchant_desk.core.errors import ValidationError, tr_noop

STATUSES = ("open", "pending", "resolved")

# Chat spellings → one canonical word, so a rule written "berapa" also catches "brp" (and the reverse).
CHAT_SPELLINGS: dict[str, str] = {
    **dict.fromkeys(("brp", "brapa", "brpa", "berapaan"), "berapa"),
    **dict.fromkeys(("gk", "ga", "gak", "ngga", "nggak", "enggak", "engga", "tdk", "g", "ndak", "nda"), "tidak"),
    **dict.fromkeys(("tf", "trf", "trnsfr", "transfr", "transferan"), "transfer"),
    **dict.fromkeys(("udh", "udah", "sdh", "dah", "sudh"), "sudah"),
    **dict.fromkeys(("blm", "blum", "belom"), "belum"),
    **dict.fromkeys(("ongkoskirim", "ongkr"), "ongkir"),
    **dict.fromkeys(("ka", "kk", "kakak"), "kak"),
    **dict.fromkeys(("min", "mimin"), "admin"),
    **dict.fromkeys(("stock", "stoknya", "stocknya"), "stok"),
    **dict.fromkeys(("redy", "ready", "readystock", "rdy"), "ready"),
    **dict.fromkeys(("hrg", "hrga"), "harga"),
    **dict.fromkeys(("byr", "bayr"), "bayar"),
    **dict.fromkeys(("rek", "norek", "no.rek"), "rekening"),
    **dict.fromkeys(("order", "orderan", "psn"), "pesan"),
    **dict.fromkeys(("co", "chekout", "cekot"), "checkout"),
    **dict.fromkeys(("sy", "aq", "aku", "gw", "gue"), "saya"),
    **dict.fromkeys(("yg",), "yang"),
    **dict.fromkeys(("gmn", "gmna", "gimana"), "bagaimana"),
    **dict.fromkeys(("knp", "napa"), "kenapa"),
    **dict.fromkeys(("bs", "bsa"), "bisa"),
    **dict.fromkeys(("mw", "mo", "pengen", "pgn", "pengin"), "mau"),
    **dict.fromkeys(("lg", "lgi"), "lagi"),
    **dict.fromkeys(("komplen", "complain", "komplin"), "komplain"),
    **dict.fromkeys(("sampe", "smpe", "nyampe", "nyampai"), "sampai"),
}

_WORD = re.compile(r"[^\W_]+")  # letters and digits: punctuation, emoji and "_" separate words
_SPELLED = frozenset(CHAT_SPELLINGS)


def _fold(text: str) -> str:
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))


def _base(word: str) -> str:
    """The word without chat reduplication ("barang2") or the "-nya" clitic ("harganya"), if any."""
    if word.endswith("2") and word[:-1].isalpha():
        word = word[:-1]
    if len(word) > 5 and word.endswith("nya"):
        word = word[:-3]
    return CHAT_SPELLINGS.get(word, word)


def normalise_words(text: str) -> list[str]:
    """Lower-case words without accents or punctuation, chat spellings made canonical.

    >>> normalise_words("Kak, brp HARGANYA?")
    ['kak', 'berapa', 'harganya']
    """
    get = CHAT_SPELLINGS.get
    return [get(word, word) for word in _WORD.findall(_fold(text))]


def word_set(text: str) -> set[str]:
    """The canonical words of ``text`` plus their bases ("harganya" also counts as "harga")."""
    lowered = _fold(text)
    present = set(_WORD.findall(lowered))
    spelled = present & _SPELLED  # set operations run in C: most words need no lookup at all
    if spelled:
        present -= spelled
        present.update(CHAT_SPELLINGS[w] for w in spelled)
    if "nya" in lowered or "2" in lowered:
        present.update([_base(w) for w in present if w.endswith(("nya", "2"))])
    return present


@dataclass(frozen=True)
class KeywordRule:
    """'When an incoming message contains any of these words → add label / set status / assign to'."""

    id: int | None
    name: str
    words: tuple[str, ...]
    label_id: int | None = None
    set_status: str | None = None
    assign_staff_id: int | None = None
    active: bool = True
    position: int = 0
    matched_count: int = 0
    label_name: str | None = None


def validate_rule(name: str, words: Iterable[str], set_status: str | None, has_action: bool) -> tuple[str, ...]:
    """Cleans a rule's words (one per entry; phrases allowed) and checks it does something.

    Raises:
        ValidationError: no name, no words, an unknown status or no action.
    """
    problems: dict[str, str] = {}
    cleaned = tuple(dict.fromkeys(" ".join(normalise_words(w)) for w in words if normalise_words(w)))
    if not name.strip():
        problems["name"] = tr_noop("The rule needs a name.")
    if not cleaned:
        problems["words"] = tr_noop("Enter at least one word.")
    if set_status is not None and set_status not in STATUSES:
        problems["set_status"] = tr_noop("Choose open, pending or resolved.")
    if not has_action and set_status is None:
        problems["action"] = tr_noop("Choose a label, a status or a staff member.")
    if problems:
        raise ValidationError(problems)
    return cleaned


# Words remembered per matcher: a chat's vocabulary is small next to its number of messages.
_WORD_CACHE_MAX = 200_000


class RuleMatcher:
    """Every active rule compiled into one word index; what each word of a text means is worked out once."""

    def __init__(self, rules: Sequence[tuple[Hashable, Iterable[str]]]) -> None:
        self._keys = [key for key, _words in rules]
        self._single: dict[str, list[int]] = {}
        # Phrases filed under their first word, so a message only looks at phrases that could occur in it.
        self._phrases: dict[str, list[tuple[str, int]]] = {}
        for index, (_key, words) in enumerate(rules):
            for word in words:
                parts = normalise_words(word)
                if len(parts) == 1:
                    self._single.setdefault(parts[0], []).append(index)
                elif parts:
                    self._phrases.setdefault(parts[0], []).append((" " + " ".join(parts) + " ", index))
        self._vocabulary = frozenset(self._single) | frozenset(self._phrases)
        # word as written (lower case) -> (its base for phrases, the rule words it stands for)
        self._words: dict[str, tuple[str, tuple[str, ...]]] = {}

    def _learn(self, word: str) -> tuple[str, tuple[str, ...]]:
        canonical = CHAT_SPELLINGS.get(word, word)
        base = _base(canonical)
        # As in word_set(): the word itself, and its base when it carries "-nya" or a reduplication "2".
        forms = (canonical, base) if canonical.endswith(("nya", "2")) else (canonical,)
        entry = (base, tuple(dict.fromkeys(f for f in forms if f in self._vocabulary)))
        if len(self._words) < _WORD_CACHE_MAX:
            self._words[word] = entry
        return entry

    def match(self, text: str) -> list[Hashable]:
        """The keys of the rules ``text`` triggers, in rule order."""
        words = _WORD.findall(_fold(text))
        entries = list(map(self._words.get, words))
        if None in entries:
            entries = [e or self._learn(w) for w, e in zip(words, entries, strict=True)]
        indexes: set[int] = set()
        candidates: list[tuple[str, int]] = []
        for _base_word, hits in entries:  # type: ignore[misc]
            for word in hits:
                indexes.update(self._single.get(word, ()))
                candidates.extend(self._phrases.get(word, ()))
        if candidates:
            # A phrase's words in order, as bases: "sudah saya transfer" also in "udh sy tf".
            joined = " " + " ".join([e[0] for e in entries]) + " "  # type: ignore[index]
            for phrase, index in candidates:
                if index not in indexes and phrase in joined:
                    indexes.add(index)
        return [self._keys[i] for i in sorted(indexes)]


@dataclass(frozen=True)
class DefaultRule:
    name: str
    words: tuple[str, ...]
    label: str  # one of core.shop.DEFAULT_LABELS
    set_status: str | None = None


# Seeded for new shops and by migration 0002; ordered so that the strongest signal is applied last.
DEFAULT_RULES: tuple[DefaultRule, ...] = (
    DefaultRule(
        "Tanya harga & stok",
        ("berapa", "harga", "stok", "ready", "tersedia", "masih ada", "ongkir", "ukuran", "size", "warna lain"),
        "Pertanyaan produk",
    ),
    DefaultRule(
        "Pesanan baru",
        ("pesan", "beli", "checkout", "mau ambil", "keranjang", "jadi ambil", "ambil satu", "mau pesan"),
        "Pesanan baru",
    ),
    DefaultRule(
        "Minta nomor rekening",
        ("rekening", "cara bayar", "total berapa", "totalnya", "qris", "mau bayar", "bayar ke mana"),
        "Menunggu pembayaran",
        "pending",
    ),
    DefaultRule(
        "Bukti transfer",
        ("sudah transfer", "bukti transfer", "sudah bayar", "sudah saya transfer", "lunas", "struk"),
        "Sudah dibayar",
        "open",
    ),
    DefaultRule(
        "Keluhan",
        (
            "rusak", "kecewa", "komplain", "cacat", "pecah", "salah kirim", "tidak sampai", "belum sampai",
            "belum diterima", "refund", "retur", "penipu", "tidak sesuai",
        ),
        "Keluhan",
        "open",
    ),
)  # fmt: skip
