"""faq_match: the FAQ matcher's precision, recall and speed on the labelled chat messages, beside keywords."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Hashable, Iterator, Sequence

from _registry import ROOT, Context, Figure, benchmark

from merchant_desk.core.faq import FaqEntry, FaqMatcher, content_words
from merchant_desk.services.faq_seed import SEED_FAQS

DATA = ROOT / "tests" / "data" / "faq_messages.jsonl"
PRECISION_TARGET, RECALL_TARGET = 0.9, 0.7
SPEED_TARGET = 2_000  # messages/s: a whole day's chats are proposed for in well under a second
Labelled = list[tuple[str, Hashable | None]]
Matcher = Callable[[str], Hashable | None]


def labelled() -> Labelled:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["text"], row["faq"]) for row in rows]


def held_out(rows: Labelled) -> Labelled:
    """Every third message, the split tests/core/test_faq.py holds out of tuning."""
    return [row for index, row in enumerate(rows) if index % 3 == 2]


class KeywordBaseline:
    """The plain approach: a FAQ wins when the lower-cased message contains most of its words as substrings."""

    def __init__(self, faqs: Sequence[FaqEntry]) -> None:
        self._words = [(f.id, {w for p in f.phrasings for w in content_words(p) if len(w) >= 4}) for f in faqs]

    def __call__(self, text: str) -> Hashable | None:
        lowered = text.lower()
        hits = [(sum(w in lowered for w in words), faq_id) for faq_id, words in self._words]
        best, faq_id = max(hits, key=lambda h: h[0])
        return faq_id if best > 0 else None


def scores(match: Matcher, rows: Labelled) -> tuple[float, float]:
    right = wrong = 0
    for text, expected in rows:
        found = match(text)
        if found is not None:
            right += found == expected
            wrong += found != expected
    questions = sum(1 for _t, e in rows if e is not None)
    return right / max(1, right + wrong), right / max(1, questions)


def rate(match: Matcher, texts: list[str], seconds: float = 1.0) -> float:
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for text in texts:
            match(text)
        done += len(texts)
    return done / (time.perf_counter() - started)


@benchmark("faq_match")
def faq_match(ctx: Context) -> Iterator[Figure]:
    rows = labelled()
    matcher = FaqMatcher(SEED_FAQS)

    def ours(text: str) -> Hashable | None:
        found = matcher.match(text)
        return found.faq_id if found else None

    baseline = KeywordBaseline(SEED_FAQS)
    size = {"messages": len(rows), "questions": sum(1 for _t, e in rows if e is not None)}
    for part, chosen in (("all", rows), ("held_out", held_out(rows))):
        (precision, recall), (base_p, base_r) = scores(ours, chosen), scores(baseline, chosen)
        extra = {"part": part, "messages": len(chosen), "threshold": matcher.threshold}
        target = f">= {PRECISION_TARGET} (baseline: substring keywords)"
        yield Figure(f"faq_precision_{part}", precision, "ratio", base_p, target, precision >= PRECISION_TARGET, extra)
        yield Figure(f"faq_recall_{part}", recall, "ratio", base_r,
                     f">= {RECALL_TARGET} at that precision", recall >= RECALL_TARGET, extra)  # fmt: skip
    texts = [t for t, _e in rows]
    speed, base_speed = rate(ours, texts), rate(baseline, texts)
    yield Figure("faq_match_speed", speed, "messages/s", base_speed,
                 f">= {SPEED_TARGET}/s with {len(SEED_FAQS)} FAQs (baseline: substring keywords)",
                 speed >= SPEED_TARGET, size)  # fmt: skip
