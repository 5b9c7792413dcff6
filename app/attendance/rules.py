"""How a check-in and a check-out are judged, pure (no database): when a check-in is allowed, the minutes served,
and whether they can be verified by the system or need a staff decision, with the reasons why not.

A minute is verified only when several independent signals agree (mission.md, "Trust"): the place (both check
points near the place of service), the time (inside the window, long enough) and the other party (the resident's
service code or rating; an activity's rotating sign-in code). Anything less goes to a staff decision.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

# Verified minutes are capped at this many times the expected minutes: a forgotten check-out is not a day's work.
MINUTES_CAP_FACTOR = 2
# A visit shorter than this share of the expected minutes is too short to verify.
SHORTEST_SHARE = 0.25
# Check-in opens this long before the window starts (a volunteer arrives a little early) and closes when it ends.
EARLY_CHECK_IN = timedelta(minutes=30)
# Minutes after the window's end + this are not counted: a check-out that late counts up to then.
LATE_CHECK_OUT = timedelta(hours=2)
REVIEW_REASONS = ("far_from_address", "outside_window", "too_short", "unconfirmed", "no_check_out")


@dataclass(frozen=True)
class Assessment:
    """The minutes of one visit and how they stand: "verified", or "pending_review" with the reasons."""

    minutes: int
    status: str
    reasons: tuple[str, ...] = ()

    @property
    def verified(self) -> bool:
        return self.status == "verified"


def served_minutes(check_in_at: datetime | None, check_out_at: datetime) -> int:
    """Whole minutes from check-in to check-out (none without a check-in)."""
    if check_in_at is None:
        return 0
    return max(0, math.floor((check_out_at - check_in_at).total_seconds() / 60))


def minutes_cap(expected_minutes: int) -> int:
    return MINUTES_CAP_FACTOR * expected_minutes


def may_check_in(at: datetime, window_start: datetime, window_end: datetime) -> bool:
    """Check-in is open from 30 minutes before the window starts until it ends."""
    return window_start - EARLY_CHECK_IN <= at <= window_end


def assess(*, check_in_at: datetime | None, check_out_at: datetime, window_end: datetime, distances_m: tuple,
           radius_m: float, expected_minutes: int, confirmed: bool, also: tuple[str, ...] = ()) -> Assessment:
    """Judge a visit. Verified, and capped, when every check point (`distances_m`, metres from the place of service)
    was within `radius_m`, the check-out came before the window's end + 2 h, the minutes reach a quarter of the
    expected ones, and the other party confirmed; otherwise the minutes wait for review, uncapped (staff cap them
    when they approve), with every reason that applies (and `also`, reasons the caller found)."""
    counted_until = min(check_out_at, window_end + LATE_CHECK_OUT)
    minutes = served_minutes(check_in_at, counted_until)
    reasons = list(also)
    if any(distance is None or distance > radius_m for distance in distances_m):
        reasons.append("far_from_address")
    if check_out_at > window_end + LATE_CHECK_OUT:
        reasons.append("outside_window")
    if minutes < SHORTEST_SHARE * expected_minutes:
        reasons.append("too_short")
    if not confirmed:
        reasons.append("unconfirmed")
    ordered = tuple(reason for reason in REVIEW_REASONS if reason in reasons)
    if ordered:
        return Assessment(minutes, "pending_review", ordered)
    return Assessment(min(minutes, minutes_cap(expected_minutes)), "verified")
