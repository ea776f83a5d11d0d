"""When demo messages happen: a chat planned as episodes of steps with their typical reply delays, then placed
in time so it ends a while ago and every episode starts in waking hours (WIB)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from merchant_desk.services.demo import chat

HOUR = 3_600
DAY = 86_400
Script = Callable[[random.Random], list[str]]
DELAYS = {name: (step.delay[0] + 15, step.delay[1] - step.delay[0]) for name, step in chat.STEPS.items()}


def plan(rng: random.Random, budget: int, scripts: list[Script]) -> tuple[list[list[str]], list[int]]:
    """Episodes (truncated to the budget) and each message's offset in seconds from the first one."""
    rand, episodes, offsets, t, left = rng.random, [], [], 0, budget
    while left > 0:
        steps = scripts[int(rand() * len(scripts))](rng)[:left]
        left -= len(steps)
        # Whole days pass between episodes (give or take three hours), so a chat keeps to the waking hours of
        # its last message; within an episode each step has its own typical reply delay.
        t += (2 + int(rand() * 38)) * DAY + int((rand() - 0.5) * 6 * HOUR) if offsets else 0
        for step in steps:
            lo, span = DELAYS[step]
            delay = lo + int(rand() * span)
            if delay >= 12 * HOUR:  # "the next day": keep the time of day, give or take two hours
                delay = max(1, round(delay / DAY)) * DAY + int((rand() - 0.5) * 4 * HOUR)
            t += delay
            offsets.append(t)
        episodes.append(steps)
    return episodes, offsets


def timeline(rng: random.Random, now: datetime, episodes: list[list[str]], offsets: list[int]) -> list[datetime]:
    """Each message's UTC time: the chat ends a while ago, and every episode starts in waking hours (WIB).

    Walks back from the end, one episode at a time: an episode keeps its own reply delays and the gap to the
    next one, and is only ever moved earlier, so times stay in order.
    """
    r = rng.random()
    # A tenth of the chats moved in the last eight hours (unread badges), the rest fade out over months.
    ago = r * 80 * HOUR if r < 0.1 else 8 * HOUR + min(rng.expovariate(1 / (25 * DAY)), 300 * DAY)
    limit = now - timedelta(seconds=int(ago))  # the next episode's start (or the end) bounds this one
    times: list[datetime] = []
    stop = len(offsets)
    for steps in reversed(episodes):
        first = stop - len(steps)
        duration = offsets[stop - 1] - offsets[first]
        start = _waking(limit - timedelta(seconds=duration))
        times[:0] = [start + timedelta(seconds=o - offsets[first]) for o in offsets[first:stop]]
        gap = offsets[first] - offsets[first - 1] if first else 0
        limit, stop = start - timedelta(seconds=gap), first
    return times


def _waking(at: datetime) -> datetime:
    """``at``, or the evening before when it falls between 21.00 and 07.00 WIB."""
    hour = (at.hour + 7) % 24
    if hour >= 21:
        return at - timedelta(hours=hour - 20)
    if hour < 7:
        return at - timedelta(hours=hour + 4)
    return at
