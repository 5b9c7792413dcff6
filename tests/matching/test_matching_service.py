"""Matching rules through the service: weekly availability in China time, eligibility, candidate search and
ranking (distance, Bayesian rating, fairness, reliability), widening and live locations."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select

from app import clock
from app.errors import ApiError
from app.extensions import db
from app import geo
from app.matching import ranking, search
from app.matching import volunteers as volunteers_service
from app.matching.availability import available_in
from app.matching.models import VolunteerCell, volunteer_skills
from app.menu.models import Community
from app.matching.search import CandidateSkill, CandidateVolunteer, SearchRequest, find_candidates, is_eligible
from app.orders.models import Order
from tests import factories

CST = clock.CHINA_TZ
UTC = timezone.utc
CENTRE = (29.5583, 106.5786)
# 2025-03-03 is a Monday; 09:00 China time that day is 01:00 UTC.
NOW = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
METRES_PER_DEGREE_LAT = geo.haversine_m(29.0, 106.5, 30.0, 106.5)


def cst(day, hour, minute=0):
    """A time in March 2025, China time, handed over in UTC as the app stores it."""
    return datetime(2025, 3, day, hour, minute, tzinfo=CST).astimezone(UTC)


def slot(weekday, start, end):
    return {"weekday": weekday, "start": start, "end": end}


def north(metres, of=CENTRE):
    """A point `metres` due north of `of`."""
    return of[0] + metres / METRES_PER_DEGREE_LAT, of[1]


# available_in: weekly slots in China time

def test_the_dates_used_here():
    assert cst(3, 9).astimezone(CST).weekday() == 0  # Monday
    assert cst(3, 9) == datetime(2025, 3, 3, 1, 0, tzinfo=UTC)


def test_a_window_inside_a_slot_on_the_same_weekday():
    assert available_in([slot(0, "08:00", "12:00")], cst(3, 9), cst(3, 11), 60)
    assert available_in([slot(0, "09:00", "11:00")], cst(3, 9), cst(3, 11), 120)


def test_slots_are_china_time_not_utc():
    window = (cst(3, 9), cst(3, 11))  # Monday 01:00-03:00 UTC
    assert not available_in([slot(6, "08:00", "12:00")], *window, 60)  # Sunday
    assert not available_in([slot(0, "01:00", "03:00")], *window, 60)  # the UTC hours
    assert not available_in([slot(1, "08:00", "12:00")], *window, 60)  # Tuesday
    assert not available_in([], *window, 60)


def test_an_early_morning_window_is_on_the_china_weekday():
    # Monday 07:00-08:00 China time is Sunday 23:00 to Monday 00:00 UTC.
    window = (cst(3, 7), cst(3, 8))
    assert window[0].weekday() == 6
    assert available_in([slot(0, "06:00", "09:00")], *window, 60)
    assert not available_in([slot(6, "06:00", "09:00")], *window, 60)
    assert not available_in([slot(6, "22:00", "24:00")], *window, 60)


def test_a_window_crossing_midnight_matches_a_slot_on_either_day():
    window = (cst(3, 23), cst(4, 1))  # Monday 23:00 to Tuesday 01:00
    assert available_in([slot(1, "00:00", "06:00")], *window, 60)  # Tuesday, after midnight
    assert available_in([slot(0, "22:00", "24:00")], *window, 60)  # Monday, before midnight
    assert not available_in([slot(1, "00:00", "06:00")], *window, 90)
    assert not available_in([slot(2, "00:00", "06:00"), slot(6, "22:00", "24:00")], *window, 30)


def test_a_window_crossing_sunday_midnight_wraps_to_monday():
    window = (cst(2, 23, 30), cst(3, 0, 30))  # Sunday 23:30 to Monday 00:30
    assert available_in([slot(0, "00:00", "01:00")], *window, 30)
    assert available_in([slot(6, "23:00", "24:00")], *window, 30)
    assert not available_in([slot(5, "23:00", "24:00")], *window, 30)


def test_availability_running_through_midnight_covers_a_window_across_it():
    # Available all Monday evening and all Tuesday small hours (a slot cannot cross midnight, so that is two
    # slots): a two-hour job from Monday 23:00 to Tuesday 01:00 fits, as it does for someone available always.
    window = (cst(3, 23), cst(4, 1))
    assert available_in([slot(0, "20:00", "24:00"), slot(1, "00:00", "03:00")], *window, 120)
    assert available_in(factories.ALWAYS, *window, 120)


def test_partial_overlap_must_last_the_needed_minutes():
    window = (cst(3, 9), cst(3, 12))
    assert not available_in([slot(0, "11:00", "13:00")], *window, 90)  # only 60 minutes of the window
    assert available_in([slot(0, "11:00", "13:00")], *window, 60)
    assert available_in([slot(0, "06:00", "10:30")], *window, 90)
    assert not available_in([slot(0, "06:00", "10:29")], *window, 90)
    # two short slots do not add up to one long enough
    assert not available_in([slot(0, "09:00", "10:00"), slot(0, "11:00", "12:00")], *window, 90)


def test_a_window_shorter_than_the_job_needs_only_the_whole_window():
    window = (cst(3, 9), cst(3, 9, 30))  # 30 minutes for a 60-minute job
    assert available_in([slot(0, "08:00", "10:00")], *window, 60)
    assert available_in([slot(0, "09:00", "09:30")], *window, 60)
    assert not available_in([slot(0, "09:15", "10:00")], *window, 60)


def test_slot_ending_at_24_00():
    assert available_in([slot(6, "20:00", "24:00")], cst(2, 22), cst(2, 23, 59), 90)


def test_a_window_over_several_days_finds_a_slot_in_the_middle():
    window = (cst(3, 9), cst(5, 9))  # Monday 09:00 to Wednesday 09:00
    assert available_in([slot(1, "10:00", "12:00")], *window, 60)
    assert not available_in([slot(3, "10:00", "12:00")], *window, 60)


# is_eligible

@pytest.fixture
def community(ctx):
    return factories.community(lat=CENTRE[0], lng=CENTRE[1])


@pytest.fixture
def meals(ctx):
    return factories.category("助餐")


def request_for(category, *, at=CENTRE, radius_m=1500, starts_in=timedelta(minutes=30), hours=2,
                expected_minutes=60, community_id=None, **extra):
    """A request as an order of the test's community (the newest one) would make."""
    start = clock.now() + starts_in
    if community_id is None:
        community_id = db.session.scalar(select(Community.id).order_by(Community.id.desc()).limit(1))
    return SearchRequest(category_id=category.id, lat=at[0], lng=at[1], radius_m=radius_m, window_start=start,
                         window_end=start + timedelta(hours=hours), expected_minutes=expected_minutes,
                         community_id=community_id, **extra)


def test_eligibility(community, meals):
    clock.set_time(NOW)
    volunteer = factories.volunteer(community, [meals], max_active_orders=2)
    req = request_for(meals)
    assert is_eligible(volunteer, req, clock.now())

    volunteer.active_orders = 1
    assert is_eligible(volunteer, req, clock.now())
    volunteer.active_orders = 2
    assert not is_eligible(volunteer, req, clock.now())  # at capacity
    volunteer.active_orders = 0

    assert not is_eligible(volunteer, request_for(meals, resident_id=volunteer.user_id), clock.now())
    assert is_eligible(volunteer, request_for(meals, resident_id=volunteer.user_id + 1000), clock.now())
    assert not is_eligible(volunteer, request_for(meals, exclude_volunteer_ids=frozenset({volunteer.id})),
                           clock.now())
    assert is_eligible(volunteer, request_for(meals, exclude_volunteer_ids=frozenset({volunteer.id + 1})),
                       clock.now())


@pytest.mark.parametrize("status", ["pending", "suspended"])
def test_only_approved_volunteers_are_eligible(community, meals, status):
    clock.set_time(NOW)
    volunteer = factories.volunteer(community, [meals], status=status)
    assert not is_eligible(volunteer, request_for(meals), clock.now())


def test_availability_decides_when_off_duty(community, meals):
    clock.set_time(NOW)  # Monday 09:00 China time
    volunteer = factories.volunteer(community, [meals], availability=[slot(0, "08:00", "12:00")])
    assert is_eligible(volunteer, request_for(meals, starts_in=timedelta(minutes=30), hours=1), clock.now())
    # Monday 13:00-14:00 China time: outside the slot
    assert not is_eligible(volunteer, request_for(meals, starts_in=timedelta(hours=4), hours=1), clock.now())


def test_on_duty_now_overrides_the_weekly_slots(community, meals):
    clock.set_time(NOW)
    volunteer = factories.volunteer(community, [meals], availability=[])
    assert not is_eligible(volunteer, request_for(meals), clock.now())
    volunteers_service.update_me(volunteer=volunteer, volunteer_in={"on_duty": True})
    assert is_eligible(volunteer, request_for(meals, starts_in=timedelta(minutes=30)), clock.now())
    assert is_eligible(volunteer, request_for(meals, starts_in=timedelta(minutes=60)), clock.now())
    # on duty now says nothing about a job that starts hours from now
    assert not is_eligible(volunteer, request_for(meals, starts_in=timedelta(hours=3)), clock.now())
    # and not for someone at capacity
    volunteer.active_orders = volunteer.max_active_orders
    assert not is_eligible(volunteer, request_for(meals), clock.now())


# find_candidates

def ids(candidates):
    return [c.volunteer.id for c in candidates]


def test_only_volunteers_with_the_skill_within_the_radius(community, meals):
    clock.set_time(NOW)
    cleaning = factories.category("保洁")
    near = factories.volunteer(community, [meals], lat=north(300)[0])
    both = factories.volunteer(community, [cleaning, meals], lat=north(600)[0])
    factories.volunteer(community, [cleaning], lat=north(100)[0])  # wrong skill
    factories.volunteer(community, [meals], lat=north(2000)[0])  # outside 1,500 m (and not needed: no widening)
    factories.volunteer(community, [meals], lat=north(100)[0], status="pending")
    factories.volunteer(community, [meals], lat=north(100)[0], status="suspended")
    found = find_candidates(request_for(meals), community=community)
    assert ids(found) == [near.id, both.id]
    assert found[0].distance_m == pytest.approx(300, abs=1)
    assert found[0].source == "home"
    assert found[0].reasons["radius"] == {"metres": 1500, "widened": False}


def test_no_volunteer_is_listed_twice(community, meals):
    clock.set_time(NOW)
    cleaning = factories.category("保洁")
    volunteer = factories.volunteer(community, [meals, cleaning], lat=north(200)[0])
    volunteers_service.update_me(volunteer=volunteer, volunteer_in={"on_duty": True, "lat": north(100)[0],
                                                                  "lng": CENTRE[1]})
    found = find_candidates(request_for(meals), community=community)
    assert ids(found) == [volunteer.id]
    assert found[0].source == "live" and found[0].distance_m == pytest.approx(100, abs=1)


def test_reasons_have_every_component(community, meals):
    clock.set_time(NOW)
    factories.volunteer(community, [meals], lat=north(750)[0])
    [candidate] = find_candidates(request_for(meals), community=community)
    reasons = candidate.reasons
    assert set(reasons) == {"distance", "rating", "fairness", "reliability", "radius"}
    assert reasons["distance"]["metres"] == 750 and reasons["distance"]["from"] == "home"
    assert reasons["distance"]["score"] == pytest.approx(0.5, abs=0.001)
    assert reasons["rating"] == {"bayesian_mean": 4.5, "ratings": 0, "score": 0.875, "weight": 0.2}
    assert reasons["fairness"] == {"orders_last_30_days": 0, "score": 1.0, "weight": 0.2}
    assert reasons["reliability"] == {"offers_accepted": 0, "offers_received": 0, "no_shows": 0, "releases": 0,
                                      "score": 0.8, "weight": 0.1}
    expected = (0.5 * 0.5 + 0.2 * 0.875 + 0.2 * 1.0 + 0.1 * 0.8) / 1.0
    assert candidate.score == pytest.approx(expected, abs=0.001)
    assert 0 <= candidate.score <= 1


def test_candidates_carry_read_only_values_of_what_callers_read(community, meals):
    clock.set_time(NOW)
    cleaning = factories.category("保洁")
    volunteer = factories.volunteer(community, [cleaning, meals], lat=north(300)[0], name="李师傅", max_active_orders=2)
    volunteer.rating_count, volunteer.rating_sum, volunteer.offers_received, volunteer.offers_accepted = 4, 18, 3, 2
    volunteer.verified_minutes, volunteer.approved_minutes = 120, 30
    db.session.commit()
    [candidate] = find_candidates(request_for(meals), community=community)
    assert candidate.volunteer == CandidateVolunteer(
        id=volunteer.id, user_id=volunteer.user_id, name="李师傅", community_id=community.id, status="approved",
        active_orders=0, max_active_orders=2, on_duty=False, rating_count=4, rating_sum=18, offers_received=3,
        offers_accepted=2, verified_minutes=120, approved_minutes=30,
        skills=(CandidateSkill(meals.id, "助餐", ""), CandidateSkill(cleaning.id, "保洁", "")))  # by id, as Volunteer's
    with pytest.raises(AttributeError):
        candidate.volunteer.active_orders = 1


def test_a_candidate_gone_from_the_skills_since_the_search_read_the_index_drops_out(community, meals):
    clock.set_time(NOW)
    stays = factories.volunteer(community, [meals], lat=north(200)[0])
    leaves = factories.volunteer(community, [meals], lat=north(300)[0])
    found = search.nearest_eligible(request_for(meals), 1500, 40, clock.now())
    assert [c.volunteer.id for c in found] == [stays.id, leaves.id]
    db.session.execute(delete(volunteer_skills).where(volunteer_skills.c.volunteer_id == leaves.id))
    assert [c.volunteer.id for c in search.with_details(found)] == [stays.id]


def test_nearer_ranks_higher_all_else_equal(community, meals):
    clock.set_time(NOW)
    far = factories.volunteer(community, [meals], lat=north(1200)[0])
    near = factories.volunteer(community, [meals], lat=north(200)[0])
    middle = factories.volunteer(community, [meals], lat=north(700)[0])
    found = find_candidates(request_for(meals), community=community)
    assert ids(found) == [near.id, middle.id, far.id]
    assert found[0].score > found[1].score > found[2].score


def test_one_five_star_rating_does_not_beat_fifty_averaging_4_8(community, meals):
    clock.set_time(NOW)
    newcomer = factories.volunteer(community, [meals], lat=north(400)[0])
    veteran = factories.volunteer(community, [meals], lat=north(400)[0])
    for volunteer, count, total in ((newcomer, 1, 5), (veteran, 50, 240)):
        volunteer.rating_count, volunteer.rating_sum = count, total
    db.session.commit()
    found = find_candidates(request_for(meals), community=community)
    assert ids(found) == [veteran.id, newcomer.id]
    assert found[0].distance_m == pytest.approx(found[1].distance_m)
    assert found[0].reasons["rating"]["bayesian_mean"] == pytest.approx(4.77, abs=0.01)
    assert found[1].reasons["rating"]["bayesian_mean"] == pytest.approx(4.58, abs=0.01)
    assert found[0].score > found[1].score


def test_a_better_rating_ranks_higher_at_equal_distance(community, meals):
    clock.set_time(NOW)
    poor = factories.volunteer(community, [meals], lat=north(400)[0])
    good = factories.volunteer(community, [meals], lat=north(400)[0])
    poor.rating_count, poor.rating_sum = 10, 25
    good.rating_count, good.rating_sum = 10, 48
    db.session.commit()
    assert ids(find_candidates(request_for(meals), community=community)) == [good.id, poor.id]


def test_reliability_counts(community, meals):
    clock.set_time(NOW)
    flaky = factories.volunteer(community, [meals], lat=north(400)[0])
    steady = factories.volunteer(community, [meals], lat=north(400)[0])
    flaky.offers_received, flaky.offers_accepted = 20, 5
    steady.offers_received, steady.offers_accepted = 20, 19
    db.session.commit()
    found = find_candidates(request_for(meals), community=community)
    assert ids(found) == [steady.id, flaky.id]
    assert found[1].reasons["reliability"]["score"] == pytest.approx(9 / 25, abs=0.001)


def make_orders(volunteer, item, resident, accepted_ats):
    for accepted_at in accepted_ats:
        db.session.add(Order(
            community_id=item.community_id, menu_item_id=item.id, category_id=item.category_id,
            resident_id=resident.id, created_by_id=resident.id, item_name=item.name, points=item.points,
            expected_minutes=item.expected_minutes, radius_m=1500, offer_minutes=10, address="民生路 1 号",
            lat=CENTRE[0], lng=CENTRE[1], cell=geo.cell_of(*CENTRE), window_start=accepted_at,
            window_end=accepted_at + timedelta(hours=2), note="", status="completed", volunteer_id=volunteer.id,
            accepted_at=accepted_at, completed_at=accepted_at + timedelta(hours=1)))
    db.session.commit()


def test_fewer_recent_orders_rank_higher(community, meals):
    clock.set_time(NOW)
    item = factories.menu_item(community, meals)
    resident = factories.user()
    busy = factories.volunteer(community, [meals], lat=north(400)[0])
    idle = factories.volunteer(community, [meals], lat=north(400)[0])
    make_orders(busy, item, resident, [NOW - timedelta(days=d) for d in (1, 5, 29)])
    make_orders(idle, item, resident, [NOW - timedelta(days=d) for d in (31, 45, 90, 200)])  # long ago
    found = find_candidates(request_for(meals), community=community)
    assert ids(found) == [idle.id, busy.id]
    assert found[0].reasons["fairness"]["orders_last_30_days"] == 0
    assert found[1].reasons["fairness"]["orders_last_30_days"] == 3
    assert found[1].reasons["fairness"]["score"] == 0.25
    assert ranking.orders_last_30_days([busy.id, idle.id]) == {busy.id: 3}
    assert ranking.orders_last_30_days([]) == {}


def test_widening_to_3000_m_when_nobody_is_within_the_radius(community, meals):
    clock.set_time(NOW)
    farther = factories.volunteer(community, [meals], lat=north(2500)[0])
    nearer = factories.volunteer(community, [meals], lat=north(2000)[0])
    factories.volunteer(community, [meals], lat=north(3200)[0])  # beyond even the widened radius
    found = find_candidates(request_for(meals, radius_m=1500), community=community)
    assert ids(found) == [nearer.id, farther.id]
    for candidate in found:
        assert candidate.reasons["radius"] == {"metres": 3000, "widened": True}
    assert found[0].reasons["distance"]["score"] == pytest.approx(1 - 2000 / 3000, abs=0.002)


def test_no_widening_when_someone_is_within_the_radius(community, meals):
    clock.set_time(NOW)
    near = factories.volunteer(community, [meals], lat=north(400)[0])
    factories.volunteer(community, [meals], lat=north(2000)[0])
    found = find_candidates(request_for(meals, radius_m=500), community=community)
    assert ids(found) == [near.id]
    assert found[0].reasons["radius"] == {"metres": 500, "widened": False}


def test_widening_happens_only_once_and_may_find_nobody(community, meals):
    clock.set_time(NOW)
    factories.volunteer(community, [meals], lat=north(3500)[0])
    assert find_candidates(request_for(meals), community=community) == []
    assert find_candidates(request_for(meals, radius_m=5000), community=community)[0].reasons["radius"] == {
        "metres": 5000, "widened": False}


def test_widening_also_when_those_within_the_radius_are_ineligible(community, meals):
    clock.set_time(NOW)
    busy = factories.volunteer(community, [meals], lat=north(300)[0])
    busy.active_orders = busy.max_active_orders
    db.session.commit()
    farther = factories.volunteer(community, [meals], lat=north(2200)[0])
    found = find_candidates(request_for(meals), community=community)
    assert ids(found) == [farther.id] and found[0].reasons["radius"]["widened"] is True


def test_search_applies_eligibility(community, meals):
    clock.set_time(NOW)
    resident_volunteer = factories.volunteer(community, [meals], lat=north(100)[0])
    excluded = factories.volunteer(community, [meals], lat=north(200)[0])
    full = factories.volunteer(community, [meals], lat=north(300)[0])
    full.active_orders = 1
    db.session.commit()
    unavailable = factories.volunteer(community, [meals], lat=north(400)[0], availability=[slot(3, "08:00", "09:00")])
    fine = factories.volunteer(community, [meals], lat=north(500)[0])
    req = request_for(meals, resident_id=resident_volunteer.user_id, exclude_volunteer_ids=frozenset({excluded.id}))
    found = find_candidates(req, community=community)
    assert ids(found) == [fine.id]
    assert unavailable.id not in ids(found)


def test_limit(community, meals):
    clock.set_time(NOW)
    volunteers = [factories.volunteer(community, [meals], lat=north(100 * (i + 1))[0]) for i in range(4)]
    assert ids(find_candidates(request_for(meals), community=community, limit=2)) == [v.id for v in volunteers[:2]]


def test_community_weights_change_the_ranking(community, meals):
    clock.set_time(NOW)
    near = factories.volunteer(community, [meals], lat=north(100)[0])
    rated = factories.volunteer(community, [meals], lat=north(1400)[0])
    rated.rating_count, rated.rating_sum = 40, 200
    db.session.commit()
    assert ids(find_candidates(request_for(meals), community=community)) == [near.id, rated.id]
    community.settings = {"weight_distance": 0, "weight_rating": 1, "weight_fairness": 0, "weight_reliability": 0}
    db.session.commit()
    found = find_candidates(request_for(meals), community=community)
    assert ids(found) == [rated.id, near.id]
    assert found[0].reasons["distance"]["weight"] == 0.0 and found[0].reasons["rating"]["weight"] == 1.0


def test_live_location_counts_while_fresh_and_on_duty(community, meals):
    clock.set_time(NOW)
    far_home = (CENTRE[0] - 0.05, CENTRE[1])  # about 5.6 km south: beyond any widening
    volunteer = factories.volunteer(community, [meals], lat=far_home[0], lng=far_home[1])
    assert find_candidates(request_for(meals), community=community) == []

    live = north(300)
    volunteers_service.update_me(volunteer=volunteer, volunteer_in={"on_duty": True, "lat": live[0], "lng": live[1]})
    [candidate] = find_candidates(request_for(meals), community=community)
    assert candidate.volunteer.id == volunteer.id and candidate.source == "live"
    assert candidate.reasons["distance"]["from"] == "live" and candidate.reasons["distance"]["metres"] == 300

    clock.set_time(NOW + timedelta(minutes=14, seconds=59))
    assert ids(find_candidates(request_for(meals), community=community)) == [volunteer.id]
    clock.set_time(NOW + timedelta(minutes=15))
    assert find_candidates(request_for(meals), community=community) == []  # stale
    clock.set_time(NOW + timedelta(minutes=40))
    assert find_candidates(request_for(meals), community=community) == []

    # a fresh location brings them back; going off duty takes them out at once
    volunteers_service.update_me(volunteer=volunteer, volunteer_in={"lat": live[0], "lng": live[1]})
    assert ids(find_candidates(request_for(meals), community=community)) == [volunteer.id]
    volunteers_service.update_me(volunteer=volunteer, volunteer_in={"on_duty": False})
    assert find_candidates(request_for(meals), community=community) == []


def test_live_location_of_an_off_duty_volunteer_does_not_count(community, meals):
    clock.set_time(NOW)
    volunteer = factories.volunteer(community, [meals], lat=CENTRE[0] - 0.05)
    live = north(300)
    volunteers_service.update_me(volunteer=volunteer, volunteer_in={"lat": live[0], "lng": live[1]})
    assert find_candidates(request_for(meals), community=community) == []


def test_nearer_of_home_and_live_is_used(community, meals):
    clock.set_time(NOW)
    volunteer = factories.volunteer(community, [meals], lat=north(200)[0])
    live = north(1000)
    volunteers_service.update_me(volunteer=volunteer, volunteer_in={"on_duty": True, "lat": live[0], "lng": live[1]})
    [candidate] = find_candidates(request_for(meals), community=community)
    assert candidate.source == "home" and candidate.distance_m == pytest.approx(200, abs=1)


# The index, approval and profile rules

def test_reindex_follows_status(community, meals):
    clock.set_time(NOW)

    def rows(v):
        return db.session.scalars(select(VolunteerCell).where(VolunteerCell.volunteer_id == v.id)).all()

    staff = factories.staff(community)
    volunteer = factories.volunteer(community, [meals], status="pending")
    assert rows(volunteer) == []
    volunteers_service.approve(volunteer=volunteer, staff_user=staff)
    assert [(r.source, r.category_id) for r in rows(volunteer)] == [("home", meals.id)]
    assert volunteer.user.has_role("volunteer") and volunteer.approved_at == NOW
    volunteers_service.suspend(volunteer=volunteer, staff_user=staff, reason="")
    assert rows(volunteer) == [] and volunteer.suspended_reason is None
    with pytest.raises(ApiError) as caught:
        volunteers_service.approve(volunteer=volunteer, staff_user=factories.staff(factories.community()))
    assert caught.value.status == 403
    assert volunteer.status == "suspended"


def test_apply_service_rules(community, meals):
    user = factories.user()
    volunteer = volunteers_service.apply(user=user, volunteer_in=dict(
        community_id=community.id, skills=[meals.id, meals.id], home_lat=29.56, home_lng=106.58))
    assert volunteer.skill_ids == [meals.id] and volunteer.status == "pending"
    assert volunteer.home_cell == geo.cell_of(29.56, 106.58)
    with pytest.raises(ApiError) as caught:
        volunteers_service.apply(user=user, volunteer_in=dict(community_id=community.id, skills=[meals.id],
                                                            home_lat=29.56, home_lng=106.58))
    assert (caught.value.status, caught.value.code) == (409, "already_applied")
    assert volunteers_service.get_by_user(user_id=user.id) is volunteer


@pytest.mark.parametrize("as_row", [False, True], ids=["object", "row"])
def test_require_active(community, meals, as_row):
    require = volunteers_service.require_active_row if as_row else volunteers_service.require_active
    with pytest.raises(ApiError) as caught:
        require(user=factories.user())
    assert (caught.value.status, caught.value.code) == (403, "not_a_volunteer")
    pending = factories.volunteer(community, [meals], status="pending")
    with pytest.raises(ApiError) as caught:
        require(user=pending.user)
    assert (caught.value.status, caught.value.code) == (403, "volunteer_not_approved")
    approved = factories.volunteer(community, [meals])
    found = require(user=approved.user)
    if as_row:
        assert (found.id, found.user_id, found.home_lat, found.status) == (
            approved.id, approved.user_id, approved.home_lat, "approved")
    else:
        assert found is approved


def test_capacity_is_taken_and_released(community, meals):
    volunteer = factories.volunteer(community, [meals], max_active_orders=2)
    volunteers_service.take_capacity(volunteer=volunteer)
    volunteers_service.take_capacity(volunteer=volunteer)
    assert volunteer.active_orders == 2
    with pytest.raises(ApiError) as caught:
        volunteers_service.take_capacity(volunteer=volunteer)
    assert (caught.value.status, caught.value.code) == (409, "volunteer_at_capacity")
    assert volunteer.active_orders == 2
    for _ in range(3):  # never below zero
        volunteers_service.release_capacity(volunteer_id=volunteer.id)
    db.session.refresh(volunteer)
    assert volunteer.active_orders == 0


def test_search_request_for_an_order():
    start = NOW + timedelta(hours=1)
    order = Order(category_id=3, lat=29.5, lng=106.5, radius_m=800, window_start=start,
                  window_end=start + timedelta(hours=2), expected_minutes=45, resident_id=9, community_id=7)
    req = search.search_request_for(order, exclude_volunteer_ids=[4, 5])
    assert req == SearchRequest(category_id=3, lat=29.5, lng=106.5, radius_m=800, window_start=start,
                                window_end=start + timedelta(hours=2), expected_minutes=45, community_id=7,
                                resident_id=9, exclude_volunteer_ids=frozenset({4, 5}))
