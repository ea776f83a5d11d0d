"""FAQ answers matched to incoming chat messages: normalised Indonesian, fuzzy words and distinctive keywords."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from merchant_desk.core.errors import ValidationError, tr_noop
from merchant_desk.core.label_rules import normalise_words

DEFAULT_THRESHOLD = 0.6

# Spellings label_rules does not fold but buyers use when asking FAQ-type questions.
EXTRA_SPELLINGS: dict[str, str] = {
    **dict.fromkeys(("dmn", "dmna", "dimana", "mna", "kemana"), "mana"),
    **dict.fromkeys(("jm",), "jam"),
    **dict.fromkeys(("bka", "bukak"), "buka"),
    **dict.fromkeys(("tutp",), "tutup"),
    **dict.fromkeys(("alamt", "almt"), "alamat"),
    **dict.fromkeys(("brg", "barangnya"), "barang"),
    **dict.fromkeys(("ukurn", "ukr", "size", "sizenya", "saiz"), "ukuran"),
    **dict.fromkeys(("grnsi", "garansinya", "warranty"), "garansi"),
    **dict.fromkeys(("tuker", "tukar", "ganti"), "tukar"),
    **dict.fromkeys(("kirm", "krm", "dikirim", "ngirim", "pengiriman"), "kirim"),
    **dict.fromkeys(("ekspedisi", "expedisi", "kurirnya", "jasa"), "kurir"),
    **dict.fromkeys(("lm", "lma"), "lama"),
    **dict.fromkeys(("ongkos",), "ongkir"),
    **dict.fromkeys(("bayarnya", "pembayaran", "payment"), "bayar"),
    **dict.fromkeys(("kpn", "kapn"), "kapan"),
    **dict.fromkeys(("apakah", "ap"), "apa"),
    **dict.fromkeys(("tersedia", "ready", "redi", "avail", "available"), "ready"),
    **dict.fromkeys(("hargane", "price", "pricelist"), "harga"),
}


# Words that carry no question: forms of address, particles, courtesy. A message made only of these
# ("halo kak", "ok siap min") matches nothing.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """
    kak admin sis gan bang bro mba mbak mas bu ibu pak bapak om tante say cuy ka kaka
    ya yah yaa iya ye dong deh sih nih kah lah loh kok tuh aja saja juga lagi pun mah si
    ini itu yang dan atau di ke dari untuk utk buat sama dengan dgn nya nih
    saya kami kita km kamu anda dia mereka
    mau tanya nanya nanyain mo mohon tolong minta info infonya dulu bentar sebentar
    halo hallo hai hi hello permisi assalamualaikum pagi siang sore malam selamat
    makasih terima kasih thanks thx tq ok oke okey okay sip siap baik
    """
)

# Signs that a message asks something; a statement that happens to name a topic ("ongkir sudah saya
# transfer") is far less likely to want the FAQ answer.
QUESTION_WORDS = _words("berapa apa bagaimana kapan mana bisa boleh ada tidak belum kah apakah kenapa minta share")
_NOT_QUESTION = 0.7

# Words of everyday order talk ("pesan 3 ya", "sudah transfer", "kirim ke alamat kantor"): alone they say
# little about which question is asked, so they count half as much as a FAQ's distinctive words.
COMMON_WORDS = _words("pesan beli ambil transfer bayar kirim sudah barang alamat ada bisa tidak berapa warna hari jadi")


@dataclass(frozen=True)
class FaqEntry:
    """A question, its other phrasings and the answer sent to the customer (Indonesian, may hold placeholders)."""

    id: Hashable
    question: str
    answer: str
    alternatives: tuple[str, ...] = ()

    @property
    def phrasings(self) -> tuple[str, ...]:
        return (self.question, *self.alternatives)


@dataclass(frozen=True)
class FaqMatch:
    faq_id: Hashable
    confidence: float  # 0–1


def validate_faq(question: str, answer: str, alternatives: Iterable[str]) -> tuple[str, str, tuple[str, ...]]:
    """Cleans a FAQ's texts; alternatives are one phrasing each, blanks and repeats dropped.

    Raises:
        ValidationError: no question, no answer, or a question made only of greetings and particles.
    """
    problems: dict[str, str] = {}
    question, answer = question.strip(), answer.strip()
    alts = tuple(dict.fromkeys(a.strip() for a in alternatives if a.strip() and a.strip() != question))
    if not question:
        problems["question"] = tr_noop("Write the question customers ask.")
    elif not content_words(question):
        problems["question"] = tr_noop("The question needs words other than greetings, e.g. 'berapa ongkirnya'.")
    if not answer:
        problems["answer"] = tr_noop("Write the answer.")
    if problems:
        raise ValidationError(problems)
    return question, answer, alts


_NUMBER = re.compile(r"^\d+$")


def content_words(text: str) -> list[str]:
    """Normalised words that carry meaning: chat spellings folded, "-nya" dropped, no particles or numbers."""
    words = []
    for word in normalise_words(text):
        if len(word) > 5 and word.endswith("nya"):
            word = word[:-3]
        word = EXTRA_SPELLINGS.get(word, word)
        if word not in STOPWORDS and not _NUMBER.match(word):
            words.append(word)
    return words


def _is_question(text: str, words: Sequence[str]) -> bool:
    return "?" in text or any(w in QUESTION_WORDS for w in words)


class FaqMatcher:
    """Every active FAQ compiled once; ``match`` costs a few rapidfuzz calls per FAQ.

    confidence = (½ · keyword + ½ · similarity) × coverage × question factor, where keyword sums the message's
    words weighted by how few FAQs use them, similarity is the best rapidfuzz token score against a phrasing,
    coverage falls with words no phrasing knows, and a message with no sign of a question counts 0.7.
    """

    def __init__(self, faqs: Sequence[FaqEntry], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._ids = [f.id for f in faqs]
        self._answers = {f.id: f.answer for f in faqs}
        self._phrasings: list[list[str]] = []
        vocab: list[set[str]] = []
        for faq in faqs:
            texts = [" ".join(content_words(p)) for p in faq.phrasings]
            self._phrasings.append([t for t in texts if t])
            vocab.append({w for t in texts for w in t.split()})
        df: dict[str, int] = {}
        for words in vocab:
            for w in words:
                df[w] = df.get(w, 0) + 1
        # A word in one FAQ only is a strong sign for it; one shared by three FAQs says little on its own.
        self._weights = [{w: (0.5 if w in COMMON_WORDS else 1.0) / df[w] for w in words} for words in vocab]
        self._vocabulary = sorted(df)
        self._question_words = frozenset(QUESTION_WORDS)

    def _canonical(self, word: str) -> str:
        """The FAQ word a message word stands for, allowing a typo in longer words ("ongkri", "rekeing")."""
        if word in self._question_words or len(word) < 5:
            return word
        # OSA counts a swapped pair of letters as one edit: "ongkri" is one typo away from "ongkir".
        found = process.extractOne(word, self._vocabulary, scorer=OSA.normalized_similarity, score_cutoff=0.8)
        return found[0] if found else word

    def scores(self, text: str) -> list[FaqMatch]:
        """Every FAQ with its confidence for ``text``, best first."""
        raw = content_words(text)
        words = [self._canonical(w) for w in raw]
        if not words:
            return []
        joined = " ".join(words)
        known = set(words)
        factor = 1.0 if _is_question(text, normalise_words(text)) else _NOT_QUESTION
        results = []
        for index, phrasings in enumerate(self._phrasings):
            weights = self._weights[index]
            keyword = min(1.0, sum(weights.get(w, 0.0) for w in known))
            if keyword == 0.0 or not phrasings:
                continue
            # token_set alone gives a one-word message inside a phrasing full marks ("pesan 3" ⊂ "cara pesan");
            # averaging with token_sort keeps the credit for shared words but asks for the phrasing's other words.
            similar = max(fuzz.token_set_ratio(joined, p) + fuzz.token_sort_ratio(joined, p) for p in phrasings) / 200
            # Words of the message no phrasing knows ("ongkir sudah saya transfer kemarin") lower confidence.
            unknown = sum(1 for w in known if w not in weights and w not in self._question_words)
            coverage = 1.0 - min(0.5, 0.15 * unknown)
            results.append(FaqMatch(self._ids[index], round((0.5 * keyword + 0.5 * similar) * coverage * factor, 4)))
        results.sort(key=lambda m: m.confidence, reverse=True)
        return results

    def answer(self, faq_id: Hashable) -> str:
        return self._answers[faq_id]

    def match(self, text: str) -> FaqMatch | None:
        """The best FAQ for ``text`` when its confidence reaches the threshold and no other FAQ ties it."""
        ranked = self.scores(text)
        if not ranked or ranked[0].confidence < self.threshold:
            return None
        if len(ranked) > 1 and ranked[0].confidence - ranked[1].confidence < 0.02:
            return None  # two FAQs fit equally well: proposing either would be a guess
        return ranked[0]
