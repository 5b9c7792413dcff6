"""How a visit is judged (app/attendance/rules.py), at the edges a volunteer meets: check-in opening and closing,
minutes rounded and capped, and each reason a visit waits for staff, alone and exactly at its limit (issue 21: the
order and activity tests cross these edges nowhere, so a flipped `<` or `<=` lived)."""
from datetime import datetime, timedelta, timezone

import pytest

from app.attendance import rules

START = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)
END = START + timedelta(hours=1)


def _assess(*, check_in_at=START, check_out_at=END, distances_m=(100.0, 100.0), radius_m=500.0,
            expected_minutes=60, confirmed=True, also=()):
    return rules.assess(check_in_at=check_in_at, check_out_at=check_out_at, window_end=END, distances_m=distances_m,
                        radius_m=radius_m, expected_minutes=expected_minutes, confirmed=confirmed, also=also)


@pytest.mark.parametrize(("at", "allowed"), [
    (START - timedelta(minutes=30, seconds=1), False), (START - timedelta(minutes=30), True), (START, True),
    (END, True), (END + timedelta(seconds=1), False),
])
def test_check_in_opens_half_an_hour_early_and_closes_at_the_windows_end(at, allowed):
    assert rules.may_check_in(at, START, END) is allowed


def test_served_minutes_are_whole_minutes_and_never_negative():
    assert rules.served_minutes(START, START + timedelta(minutes=59, seconds=59)) == 59
    assert rules.served_minutes(START, START + timedelta(minutes=60)) == 60
    assert rules.served_minutes(START, START - timedelta(minutes=5)) == 0
    assert rules.served_minutes(None, END) == 0


def test_a_visit_that_meets_every_signal_is_verified():
    assessment = _assess()
    assert assessment.verified and assessment.status == "verified"
    assert assessment.minutes == 60 and assessment.reasons == ()


def test_verified_minutes_are_capped_at_twice_the_expected():
    assert rules.minutes_cap(45) == 90
    assessment = _assess(check_in_at=START - timedelta(minutes=100), check_out_at=END + timedelta(minutes=30),
                         expected_minutes=60)
    assert assessment.verified and assessment.minutes == 120


def test_minutes_waiting_for_review_are_not_capped():
    assessment = _assess(check_in_at=START - timedelta(minutes=100), check_out_at=END + timedelta(minutes=30),
                         expected_minutes=60, confirmed=False)
    assert not assessment.verified and assessment.minutes == 190


def test_a_check_point_exactly_at_the_radius_is_near_enough():
    assert _assess(distances_m=(500.0, 499.0)).verified
    assert _assess(distances_m=(500.5, 10.0)).reasons == ("far_from_address",)
    assert _assess(distances_m=(10.0, None)).reasons == ("far_from_address",)  # a check point without a place


def test_a_check_out_up_to_two_hours_after_the_window_counts_and_later_is_reviewed():
    on_time = _assess(check_out_at=END + timedelta(hours=2))
    assert on_time.verified and on_time.minutes == 120
    late = _assess(check_out_at=END + timedelta(hours=2, seconds=1))
    assert late.reasons == ("outside_window",)
    assert late.minutes == 180  # counted until the window's end + 2 h, not until the late check-out


def test_a_visit_of_a_quarter_of_the_expected_minutes_is_long_enough():
    assert _assess(check_out_at=START + timedelta(minutes=15)).verified
    assert _assess(check_out_at=START + timedelta(minutes=14)).reasons == ("too_short",)


def test_every_reason_that_applies_is_given_in_one_order():
    assessment = _assess(check_out_at=END + timedelta(hours=3), check_in_at=END + timedelta(hours=2, minutes=50),
                         distances_m=(900.0,), confirmed=False, also=("no_check_out",))
    assert assessment.status == "pending_review"
    assert assessment.reasons == ("far_from_address", "outside_window", "too_short", "unconfirmed", "no_check_out")
    assert _assess(confirmed=False).reasons == ("unconfirmed",)
