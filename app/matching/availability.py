"""Weekly availability, pure: whether a volunteer's weekly slots (China time) cover an order's window, and the
hours of the week slots touch, as the search index keeps them. No database, no Flask (like app.geo)."""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache

from app import clock

WEEK_HOURS = 168
_HOUR = 3_600_000_000  # in microseconds, the unit of weekly times here
_PART = (1 << 56) - 1  # the search index keeps the week's hours in three parts of 56


def available_in(availability: list, start: datetime, end: datetime, need_minutes: int) -> bool:
    """True when the weekly slots (China time) cover at least `need_minutes` of the window [start, end] in one
    continuous stretch (or the whole window, when it is shorter). Slots that touch, such as Monday 20:00-24:00
    and Tuesday 00:00-03:00, join into one stretch, so a job across midnight can be matched."""
    return WeeklyWindow(start, end, need_minutes).fits(availability)


class WeeklyWindow:
    """A window laid over the days it touches (China time, from the day before it starts, whose slots may run
    into it), with every time in microseconds from that first midnight: testing a volunteer's weekly slots is
    then integer arithmetic. Built once per search and shared by every volunteer it checks."""

    __slots__ = ("start", "end", "need", "midnights", "first_weekday")

    def __init__(self, start: datetime, end: datetime, need_minutes: int):
        need = timedelta(minutes=min(need_minutes, max(1, int((end - start).total_seconds() // 60))))
        local_start, local_end = start.astimezone(clock.CHINA_TZ), end.astimezone(clock.CHINA_TZ)
        first = local_start.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
        self.start, self.end, self.need = (_microseconds(local_start - first), _microseconds(local_end - first),
                                           _microseconds(need))
        self.midnights: dict[int, list[int]] = {}  # weekday -> the midnights of the days with that weekday
        self.first_weekday = first.weekday()
        day = first
        while day <= local_end:
            self.midnights.setdefault(day.weekday(), []).append(_microseconds(day - first))
            day += timedelta(days=1)

    def fits(self, availability: list) -> bool:
        spans = sorted((midnight + _slot_time(slot["start"]), midnight + _slot_time(slot["end"]))
                       for slot in availability for midnight in self.midnights.get(slot["weekday"], ()))
        stretch_start = stretch_end = None
        for span_start, span_end in spans:
            if stretch_end is not None and span_start <= stretch_end:
                stretch_end = max(stretch_end, span_end)
                continue
            if stretch_end is not None and self._covers(stretch_start, stretch_end):
                return True
            stretch_start, stretch_end = span_start, span_end
        return stretch_end is not None and self._covers(stretch_start, stretch_end)

    def _covers(self, stretch_start: int, stretch_end: int) -> bool:
        return min(stretch_end, self.end) - max(stretch_start, self.start) >= self.need

    def week_hours(self) -> tuple[int, int, int]:
        """The hours of the week the window overlaps for some time, in the parts of `week_hours`: slots covering part
        of the window must touch one of them. Every hour when the window needs no time at all or lasts a week."""
        if self.need <= 0 or self.end - self.start >= WEEK_HOURS * _HOUR:
            return _in_parts((1 << WEEK_HOURS) - 1)
        monday = self.first_weekday * 24 * _HOUR  # the window's times are from its first midnight
        return _in_parts(_hours_touched(monday + self.start, monday + self.end))


def week_hours(availability: list) -> tuple[int, int, int]:
    """The hours of the week (China time, from Monday 00:00) that weekly slots touch, a bit an hour, in the three
    parts of 56 the search index keeps (VolunteerCell.available_hours_*): bit h of the week is bit h % 56 of part
    h // 56. Slots that touch none of a window's hours cannot cover any of it."""
    hours = 0
    for slot in availability:
        day = int(slot["weekday"]) * 24 * _HOUR
        hours |= _hours_touched(day + _slot_time(slot["start"]), day + _slot_time(slot["end"]))
    return _in_parts(hours)


def _hours_touched(start: int, end: int) -> int:
    """A bit for each hour of the week that [start, end) touches, times in microseconds from a Monday 00:00 (a time
    past the week's end wraps round to its start)."""
    hours = 0
    for hour in range(start // _HOUR, -(-end // _HOUR)):
        hours |= 1 << (hour % WEEK_HOURS)
    return hours


def _in_parts(hours: int) -> tuple[int, int, int]:
    return hours & _PART, (hours >> 56) & _PART, (hours >> 112) & _PART


def _microseconds(delta: timedelta) -> int:
    return delta // timedelta(microseconds=1)


@lru_cache(maxsize=2048)
def _slot_time(text: str) -> int:
    return _microseconds(_hhmm(text))


def _hhmm(text: str) -> timedelta:
    hours, minutes = text.split(":")
    return timedelta(hours=int(hours), minutes=int(minutes))
