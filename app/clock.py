"""The one clock. Every piece of code asks `clock.now()` for the time, so tests can move time instead of sleeping.

Times are timezone-aware UTC datetimes everywhere inside the app.
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

_lock = threading.Lock()
_frozen: datetime | None = None


def now() -> datetime:
    """The current time, aware, in UTC (or the time a test set)."""
    frozen = _frozen
    if frozen is not None:
        return frozen
    return datetime.now(timezone.utc)


def set_time(at: datetime | None) -> None:
    """Freeze the clock at `at` (aware), or let it run again with None. For tests and simulations."""
    global _frozen
    if at is not None and at.tzinfo is None:
        raise ValueError("clock.set_time needs an aware datetime")
    with _lock:
        _frozen = at.astimezone(timezone.utc) if at is not None else None


def advance(delta: timedelta) -> datetime:
    """Move a frozen clock forward (freezing it at the real time first if it runs)."""
    global _frozen
    with _lock:
        _frozen = (_frozen or datetime.now(timezone.utc)) + delta
        return _frozen


# Weekly availability and "today" are in China Standard Time (UTC+8 all year, no daylight saving).
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")
