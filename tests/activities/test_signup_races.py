"""Races for an activity's places through real servers (gunicorn, several workers, each request its own connection),
on whichever database the suite runs on: the quota is never exceeded, a waitlist promoted under racing cancellations
stays in order, and racing closes pay each participant once."""
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock
from app.activities.models import Activity, Signup
from app.extensions import db
from app.points import verify
from app.points.models import LedgerEntry
from tests import factories
from tests.live_server import LiveServer, race

pytestmark = pytest.mark.real_commits


@pytest.fixture(scope="module")
def server(app):
    live = LiveServer.of(app)
    yield live
    live.stop()


def _world(n_volunteers, quota, **extra):
    community = factories.community()
    category = factories.category()
    staff = factories.staff(community)
    volunteers = [factories.volunteer(community, [category], lat=community.lat + i * 0.0002)
                  for i in range(n_volunteers)]
    activity = factories.activity(community, category, quota=quota, by=staff, **extra)
    return activity, staff, volunteers


def _signups(activity_id):
    with factories.context():
        rows = db.session.scalars(select(Signup).where(Signup.activity_id == activity_id)
                                  .order_by(Signup.signed_up_at, Signup.id)).all()
        activity = db.session.get(Activity, activity_id)
        counts = (activity.confirmed_count, activity.waitlisted_count)
        db.session.remove()
        return rows, counts


def test_thirty_volunteers_race_for_ten_places(server, auth):
    activity, staff, volunteers = _world(30, quota=10)
    tokens = [auth.tokens(v.user)["access_token"] for v in volunteers]
    results = race([lambda t=t: server.request("POST", f"/api/v1/activities/{activity.id}/signups", t)
                     for t in tokens])
    assert Counter(status for status, _ in results) == {201: 30}, results
    assert Counter(body["status"] for _, body in results) == {"confirmed": 10, "waitlisted": 20}
    assert sorted(body["position"] for _, body in results if body["status"] == "waitlisted") == list(range(1, 21))
    rows, counts = _signups(activity.id)
    assert Counter(row.status for row in rows) == {"confirmed": 10, "waitlisted": 20}
    assert counts == (10, 20)
    status, shown = server.request("GET", f"/api/v1/activities/{activity.id}")
    assert (shown["signed_up"], shown["waitlisted"], shown["places_left"]) == (10, 20, 0)


def test_racing_cancellations_promote_the_waitlist_in_order(server, auth):
    activity, staff, volunteers = _world(16, quota=4)
    tokens = {v.id: auth.tokens(v.user)["access_token"] for v in volunteers}
    for v in volunteers:  # one at a time: the waitlist's order is the order of these sign-ups
        server.request("POST", f"/api/v1/activities/{activity.id}/signups", tokens[v.id])
    confirmed, waitlisted = volunteers[:4], volunteers[4:]
    results = race([lambda t=tokens[v.id]: server.request("DELETE", f"/api/v1/activities/{activity.id}/signups/me", t)
                     for v in confirmed]
                    + [lambda t=tokens[v.id]: server.request("POST", f"/api/v1/activities/{activity.id}/signups", t)
                       for v in confirmed])  # and they sign up again at once
    assert all(status in (200, 201, 409) for status, _ in results), results
    rows, counts = _signups(activity.id)
    places = [row.volunteer_id for row in rows if row.status == "confirmed"]
    assert len(places) == 4 and counts[0] == 4
    # the first four on the waitlist took the places, never someone who signed up again at the back
    assert sorted(places) == sorted(v.id for v in waitlisted[:4])
    assert counts[1] == sum(1 for row in rows if row.status == "waitlisted")


def test_racing_closes_pay_each_participant_once(server, auth, app):
    activity, staff, volunteers = _world(3, quota=3, start_in_hours=-2, hours=3, points_per_hour=10)
    with factories.context():
        row = db.session.get(Activity, activity.id)
        for v in volunteers:
            db.session.add(Signup(activity_id=activity.id, volunteer_id=v.id, status="confirmed",
                                  signed_up_at=clock.now() - timedelta(days=1), check_in_at=row.start_at,
                                  check_out_at=row.start_at + timedelta(minutes=90),
                                  ended_at=row.start_at + timedelta(minutes=90), service_minutes=90,
                                  minutes_status="verified", review_reasons=[]))
        row.confirmed_count = 3
        db.session.commit()
        db.session.remove()
    staff_token = auth.tokens(staff)["access_token"]
    results = race([lambda: server.request("POST", f"/api/v1/activities/{activity.id}/close", staff_token)
                     for _ in range(4)])
    assert sorted(status for status, _ in results) == [200, 409, 409, 409], results
    with app.app_context():
        entries = db.session.scalars(select(LedgerEntry).where(LedgerEntry.activity_id == activity.id)).all()
        assert sorted(e.amount for e in entries) == [15, 15, 15]
        assert verify.verify() == []
        db.session.remove()
