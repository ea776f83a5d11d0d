"""RuleRun.feed_conversation: counting each distinct text once gives what feeding every message gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_desk.core.label_rules import KeywordRule
from merchant_desk.services.rule_engine import RuleRun

RULES = [
    KeywordRule(1, "harga", ("berapa", "harga"), label_id=10),
    KeywordRule(2, "bayar", ("rekening",), label_id=11, set_status="pending"),
    KeywordRule(3, "lunas", ("sudah transfer",), label_id=12, set_status="open", assign_staff_id=7),
    KeywordRule(4, "keluhan", ("rusak", "berapa"), set_status="resolved", assign_staff_id=8),
]
TEXTS = ["brp kak", "no rek nya?", "udh tf ya", "barangnya rusak", "ok", "harga brp, rusak ga?", "rekening rusak"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TEXTS), max_size=30))
def test_feeding_a_conversation_equals_feeding_each_message(texts: list[str]) -> None:
    one_by_one, at_once = RuleRun(RULES), RuleRun(RULES)
    for text in texts:
        one_by_one.feed(5, text)
    at_once.feed_conversation(5, texts)
    assert at_once.counts == one_by_one.counts
    assert (at_once.labels, at_once.status, at_once.assignee) == (
        one_by_one.labels, one_by_one.status, one_by_one.assignee,
    )  # fmt: skip
