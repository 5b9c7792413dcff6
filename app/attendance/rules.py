"""How a check-in and a check-out are judged, pure (no database): the minutes served, and whether they can be
verified by the system or need a staff decision, with the reasons why not."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

# Verified minutes are capped at this many times the expected minutes: a forgotten check-out is not a day's work.
MINUTES_CAP_FACTOR = 2


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


def assess(*, check_in_at: datetime | None, check_out_at: datetime, distances_m: tuple, radius_m: float,
           expected_minutes: int) -> Assessment:
    """Verified when every check point (`distances_m`, metres from the place of service) was within `radius_m`:
    the minutes, capped. Otherwise they wait for review, uncapped (staff cap them when they approve)."""
    minutes = served_minutes(check_in_at, check_out_at)
    if any(distance is None or distance > radius_m for distance in distances_m):
        return Assessment(minutes, "pending_review", ("far_from_address",))
    return Assessment(min(minutes, minutes_cap(expected_minutes)), "verified")
