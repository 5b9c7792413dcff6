"""The index's hour filter only rules people out: whoever the full availability rule accepts, it keeps."""
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from app.matching.availability import WeeklyWindow, available_in, week_hours

times = st.integers(0, 24 * 4).map(lambda q: f"{q * 15 // 60:02d}:{q * 15 % 60:02d}")


@st.composite
def slots(draw):
    start, end = sorted(draw(st.lists(times, min_size=2, max_size=2, unique=True)))
    return {"weekday": draw(st.integers(0, 6)), "start": start, "end": end}


@given(availability=st.lists(slots(), max_size=6),
       start_minutes=st.integers(0, 14 * 24 * 60), length_minutes=st.integers(1, 3 * 24 * 60),
       need_minutes=st.integers(1, 240))
@settings(max_examples=400, deadline=None, derandomize=True)
def test_hour_filter_never_excludes_an_available_volunteer(availability, start_minutes, length_minutes,
                                                           need_minutes):
    start = datetime(2026, 11, 16, tzinfo=timezone.utc) + timedelta(minutes=start_minutes)
    end = start + timedelta(minutes=length_minutes)
    available = available_in(availability, start, end, need_minutes)
    assert WeeklyWindow(start, end, need_minutes).fits(availability) == available  # the search's fast form
    if not available:
        return
    volunteer_hours = week_hours(availability)
    window_hours = WeeklyWindow(start, end, need_minutes).week_hours()
    assert any(v & w for v, w in zip(volunteer_hours, window_hours))


def test_fast_fit_agrees_with_the_rule():
    start = datetime(2026, 11, 16, 15, 0, tzinfo=timezone.utc)  # Monday 23:00 China time
    end = start + timedelta(hours=2)
    overnight = [{"weekday": 0, "start": "20:00", "end": "24:00"}, {"weekday": 1, "start": "00:00", "end": "03:00"}]
    assert available_in(overnight, start, end, 120) is True
    assert WeeklyWindow(start, end, 120).fits(overnight) is True
    assert WeeklyWindow(start, end, 120).fits(overnight[:1]) is False
