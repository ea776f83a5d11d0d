"""Automated replies decided from settings, the clock and a new message: greeting, away and FAQ answers (pure)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from merchant_desk.core.errors import ValidationError, tr_noop
from merchant_desk.core.faq import FaqMatcher
from merchant_desk.core.placeholders import validate_template
from merchant_desk.core.timezones import DEFAULT_ZONE, ZONES, to_shop_time

GREETING, AWAY, FAQ = "greeting", "away", "faq"
AWAY_MODES = ("always", "outside_hours", "range")
DEFAULT_SILENCE_DAYS = 14  # as WhatsApp Business does
DEFAULT_GREETING = "Halo kak {nama} 👋 Terima kasih sudah menghubungi {nama_toko}. Ada yang bisa kami bantu?"
DEFAULT_AWAY = (
    "Halo kak {nama}, saat ini kami sedang di luar jam operasional. Pesan kakak akan kami balas secepatnya 🙏"
)


@dataclass(frozen=True)
class TimeRange:
    """Open from ``start`` to ``end`` in the shop's zone; ``end <= start`` runs past midnight into the next day
    (and ``start == end`` is the whole 24 hours)."""

    start: time
    end: time

    @property
    def overnight(self) -> bool:
        return self.end <= self.start


@dataclass(frozen=True)
class BusinessHours:
    """Ranges for Monday (0) to Sunday (6); a holiday closes the ranges that start on it."""

    weekly: tuple[tuple[TimeRange, ...], ...] = ((),) * 7
    holidays: frozenset[date] = frozenset()
    zone: str = DEFAULT_ZONE

    def is_open(self, at_utc: datetime) -> bool:
        local = to_shop_time(at_utc, self.zone).replace(tzinfo=None)
        today, now = local.date(), local.time()
        yesterday = today - timedelta(days=1)
        if today not in self.holidays:
            for r in self.weekly[today.weekday()]:
                if (r.start <= now < r.end) if not r.overnight else now >= r.start:
                    return True
        if yesterday not in self.holidays:
            # The part after midnight of yesterday's overnight ranges belongs to yesterday's schedule.
            return any(r.overnight and now < r.end for r in self.weekly[yesterday.weekday()])
        return False


@dataclass(frozen=True)
class AutomationSettings:
    greeting_enabled: bool = False
    greeting_text: str = DEFAULT_GREETING
    silence_days: int = DEFAULT_SILENCE_DAYS
    away_enabled: bool = False
    away_text: str = DEFAULT_AWAY
    away_mode: str = "outside_hours"
    away_from: datetime | None = None  # UTC, for away_mode "range"
    away_until: datetime | None = None
    away_cooldown_hours: int = 6  # one away message per customer per closed spell, not one per message
    hours: BusinessHours = field(default_factory=BusinessHours)
    faq_enabled: bool = True
    faq_threshold: float = 0.6


@dataclass(frozen=True)
class IncomingMessage:
    text: str
    sent_at: datetime  # UTC


@dataclass(frozen=True)
class HistoryFacts:
    """What the engine needs to know about the conversation before this message."""

    previous_incoming_at: datetime | None  # the customer's message before this one; None: first ever
    last_away_at: datetime | None = None  # when an away reply last went to this customer


@dataclass(frozen=True)
class Decision:
    kind: str  # greeting | away | faq
    text: str  # the reply template (placeholders filled by the sender)
    ref: Hashable | None = None  # the FAQ id for kind "faq"
    confidence: float = 1.0


def decide(
    settings: AutomationSettings,
    now_utc: datetime,
    message: IncomingMessage,
    history: HistoryFacts,
    faqs: FaqMatcher | None = None,
) -> list[Decision]:
    """The replies an incoming message calls for, in the order they would be sent.

    The greeting looks at the silence before the message; away looks at ``now_utc`` (an automatic channel
    decides as the message arrives; with the link channel the merchant may open it hours later).
    """
    decisions: list[Decision] = []
    if settings.greeting_enabled and (
        history.previous_incoming_at is None
        or message.sent_at - history.previous_incoming_at >= timedelta(days=settings.silence_days)
    ):
        decisions.append(Decision(GREETING, settings.greeting_text))
    recently_away = history.last_away_at is not None and now_utc - history.last_away_at < timedelta(
        hours=settings.away_cooldown_hours
    )
    if settings.away_enabled and not recently_away and is_away(settings, now_utc):
        decisions.append(Decision(AWAY, settings.away_text))
    if settings.faq_enabled and faqs is not None:
        found = faqs.match(message.text)
        if found is not None:
            decisions.append(Decision(FAQ, faqs.answer(found.faq_id), found.faq_id, found.confidence))
    return decisions


def is_away(settings: AutomationSettings, at_utc: datetime) -> bool:
    if settings.away_mode == "always":
        return True
    if settings.away_mode == "range":
        start, end = settings.away_from, settings.away_until
        return start is not None and end is not None and start <= at_utc < end
    return not settings.hours.is_open(at_utc)


# -- JSON form, as stored in the shop's settings -------------------------------------------------------------


def _hm(value: time) -> str:
    return value.strftime("%H:%M")


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).astimezone(UTC).replace(tzinfo=None)


def to_json(s: AutomationSettings) -> dict[str, Any]:
    return {
        "greeting": {"enabled": s.greeting_enabled, "text": s.greeting_text, "silence_days": s.silence_days},
        "away": {
            "enabled": s.away_enabled, "text": s.away_text, "mode": s.away_mode,
            "from": s.away_from.isoformat() if s.away_from else None,
            "until": s.away_until.isoformat() if s.away_until else None,
            "cooldown_hours": s.away_cooldown_hours,
        },
        "hours": {
            "weekly": [[[_hm(r.start), _hm(r.end)] for r in day] for day in s.hours.weekly],
            "holidays": sorted(d.isoformat() for d in s.hours.holidays),
        },
        "faq": {"enabled": s.faq_enabled, "threshold": s.faq_threshold},
    }  # fmt: skip


def from_json(data: Mapping[str, Any] | None, zone: str = DEFAULT_ZONE) -> AutomationSettings:
    """Settings from their JSON form (missing parts take defaults); ``zone`` is the shop's time zone.

    Raises:
        ValidationError: a wrong time, date, mode or number (the message names the part).
    """
    data = data or {}
    greeting, away = data.get("greeting", {}), data.get("away", {})
    hours, faq = data.get("hours", {}), data.get("faq", {})
    try:
        weekly = tuple(
            tuple(TimeRange(time.fromisoformat(a), time.fromisoformat(b)) for a, b in day)
            for day in hours.get("weekly", [[]] * 7)
        )
        holidays = frozenset(date.fromisoformat(d) for d in hours.get("holidays", []))
        settings = AutomationSettings(
            greeting_enabled=bool(greeting.get("enabled", False)),
            greeting_text=str(greeting.get("text", DEFAULT_GREETING)),
            silence_days=int(greeting.get("silence_days", DEFAULT_SILENCE_DAYS)),
            away_enabled=bool(away.get("enabled", False)),
            away_text=str(away.get("text", DEFAULT_AWAY)),
            away_mode=str(away.get("mode", "outside_hours")),
            away_from=_dt(away.get("from")),
            away_until=_dt(away.get("until")),
            away_cooldown_hours=int(away.get("cooldown_hours", 6)),
            hours=BusinessHours(weekly, holidays, zone if zone in ZONES else DEFAULT_ZONE),
            faq_enabled=bool(faq.get("enabled", True)),
            faq_threshold=float(faq.get("threshold", 0.6)),
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValidationError({"automation": tr_noop("The saved automation settings are not valid.")}) from exc
    return validate(settings)


def validate(s: AutomationSettings) -> AutomationSettings:
    """Raises ValidationError naming each wrong part; returns the settings unchanged when they are fine."""
    problems: dict[str, str] = {}
    if len(s.hours.weekly) != 7:
        problems["hours"] = tr_noop("Business hours need one entry per day of the week.")
    if s.away_mode not in AWAY_MODES:
        problems["away_mode"] = tr_noop("Choose always, outside business hours or a date range.")
    if s.away_mode == "range" and not (s.away_from and s.away_until and s.away_from < s.away_until):
        problems["away_range"] = tr_noop("The away period needs a start before its end.")
    if s.silence_days < 1:
        problems["silence_days"] = tr_noop("The greeting needs at least one day of silence.")
    if not 0.0 < s.faq_threshold <= 1.0:
        problems["faq_threshold"] = tr_noop("The FAQ threshold is between 0 and 1.")
    for key, text in (("greeting_text", s.greeting_text), ("away_text", s.away_text)):
        if validate_template(text):  # the editor lists each problem with its position from validate_template
            problems[key] = tr_noop("The text has an unknown placeholder or an unbalanced brace.")
    if s.away_cooldown_hours < 0:
        problems["away_cooldown_hours"] = tr_noop("The pause between away replies cannot be negative.")
    if problems:
        raise ValidationError(problems)
    return s
