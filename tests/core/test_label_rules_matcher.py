"""The word-cached matcher gives exactly the answers of matching each text from scratch."""

from __future__ import annotations

from collections.abc import Hashable

from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_desk.core.label_rules import CHAT_SPELLINGS, DEFAULT_RULES, RuleMatcher, _base, normalise_words, word_set

RULES = [(i, rule.words) for i, rule in enumerate(DEFAULT_RULES)] + [(99, ("harganya berapa", "barang2", "kak"))]
WORDS = sorted({w for _i, words in RULES for phrase in words for w in phrase.split()} | set(CHAT_SPELLINGS))
WORDS += ["harganya", "barang2", "sampe2", "Café", "crème", "BRP", "ok", "12", "nya", "punya", "stoknya", "🙏"]


def reference(rules: list[tuple[Hashable, tuple[str, ...]]], text: str) -> list[Hashable]:
    """The matcher as first written: the text's word set, then every candidate phrase in order."""
    present = word_set(text)
    joined = " " + " ".join(_base(w) for w in normalise_words(text)) + " "
    found = []
    for key, words in rules:
        for word in words:
            parts = normalise_words(word)
            if len(parts) == 1 and parts[0] in present:
                found.append(key)
                break
            if len(parts) > 1 and set(parts) <= present and " " + " ".join(parts) + " " in joined:
                found.append(key)
                break
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", ", ", "! ", "\n", "-", "  "])), max_size=12))
def test_matches_equal_the_reference(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    matcher = RuleMatcher(RULES)
    assert matcher.match(text) == reference(RULES, text)
    assert matcher.match(text) == reference(RULES, text)  # again, from the words it has learnt
