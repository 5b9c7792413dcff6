"""Attendance at an activity through HTTP: the rotating sign-in code, check-in and check-out judged by the shared
rules (a valid code within 500 m is verified; a wrong or expired code, or a check-in 2 km away, leaves the minutes for
staff), staff's decisions on minutes (never their own), and the close: minutes final, points per participant once,
no-shows counted in reliability."""
from datetime import timedelta

from sqlalchemy import select

from app import clock
from app.activities import codes
from app.extensions import db
from app.matching.models import Volunteer
from app.points import verify
from app.points.models import LedgerEntry
from tests import factories
from tests.activities.conftest import API, code_now, here, sign_up


def _started(world, quota=10, hours=2, **extra):
    activity = factories.activity(world.community, world.category, quota=quota, hours=hours, **extra)
    return activity


def _check(client, auth, activity, volunteer, what, code=None, at=None):
    body = {**(at or here(activity_community(activity))), "code": code or code_now(activity.id)}
    return client.post(f"{API}/activities/{activity.id}/{what}", json=body, headers=auth.headers(volunteer.user))


def activity_community(activity):
    from app.menu.models import Community

    with factories.context():
        return db.session.get(Community, activity.community_id)


def _entries(volunteer):
    with factories.context():
        return db.session.scalars(select(LedgerEntry).where(LedgerEntry.kind == "activity")
                                  .where(LedgerEntry.business_key.endswith(f":volunteer:{volunteer.id}"))).all()


def test_the_sign_in_code_for_organisers(client, auth, world):
    leader, member = world.volunteers[:2]
    team = factories.team(world.community, leaders=[leader], members=[member])
    activity = factories.activity(world.community, world.category, by=leader.user, team_id=team.id)
    clock.set_time(clock.now().replace(microsecond=0))
    for organiser in (world.staff, leader.user):
        resp = client.get(f"{API}/activities/{activity.id}/sign-in-code", headers=auth.headers(organiser))
        assert resp.status_code == 200
        body = resp.get_json()
        assert body["code"] == code_now(activity.id) and len(body["code"]) == 6
        assert body["period_seconds"] == 60
        assert body["qr"].endswith(f"/m/activities/{activity.id}/sign-in?code={body['code']}")
        assert body["qr_svg"].startswith("<svg")
    for refused in (member.user, world.other_staff, factories.user()):
        resp = client.get(f"{API}/activities/{activity.id}/sign-in-code", headers=auth.headers(refused))
        assert (resp.status_code, resp.get_json()["code"]) == (403, "not_organiser")
    clock.advance(timedelta(seconds=60))
    assert client.get(f"{API}/activities/{activity.id}/sign-in-code",
                      headers=auth.headers(world.staff)).get_json()["code"] == code_now(activity.id)


def test_a_valid_code_within_500_m_is_verified_and_paid_at_the_close(client, auth, world, runner):
    activity = _started(world, hours=2, points_per_hour=6)
    volunteer = world.volunteers[0]
    sign_up(client, auth, activity.id, volunteer)
    clock.set_time(activity.start_at)
    resp = _check(client, auth, activity, volunteer, "check-in", at=here(world.community, 120))
    assert resp.status_code == 200, resp.get_json()
    assert resp.get_json()["check_in_code_ok"] is True and resp.get_json()["check_in_distance_m"] == 120
    clock.advance(timedelta(minutes=100))
    resp = _check(client, auth, activity, volunteer, "check-out", at=here(world.community, 450))
    body = resp.get_json()
    assert resp.status_code == 200, body
    assert (body["minutes_status"], body["service_minutes"], body["review_reasons"]) == ("verified", 100, [])
    assert _entries(volunteer) == []  # points are paid at the close
    with factories.context():
        assert db.session.get(Volunteer, volunteer.id).verified_minutes == 100
    clock.advance(timedelta(minutes=30))
    closed = client.post(f"{API}/activities/{activity.id}/close", headers=auth.headers(world.staff))
    assert closed.status_code == 200 and closed.get_json()["status"] == "closed"
    (entry,) = _entries(volunteer)
    assert (entry.amount, entry.activity_id, entry.business_key) == (10, activity.id,
                                                                     f"activity:{activity.id}:volunteer:{volunteer.id}")
    statement = client.get(f"{API}/points/me/entries", headers=auth.headers(volunteer.user)).get_json()["items"]
    assert statement[0]["kind"] == "activity" and statement[0]["activity_id"] == activity.id
    # closing twice pays once, and the ledger verifies
    again = client.post(f"{API}/activities/{activity.id}/close", headers=auth.headers(world.staff))
    assert (again.status_code, again.get_json()["code"]) == (409, "activity_closed")
    assert len(_entries(volunteer)) == 1
    result = runner.invoke(args=["points", "verify"])
    assert result.exit_code == 0, result.output
    with factories.context():
        assert verify.verify() == []


def test_a_wrong_code_leaves_the_minutes_for_review(client, auth, world):
    activity = _started(world)
    volunteer = world.volunteers[0]
    sign_up(client, auth, activity.id, volunteer)
    clock.set_time(activity.start_at)
    right = code_now(activity.id)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    assert _check(client, auth, activity, volunteer, "check-in", code=wrong).get_json()["check_in_code_ok"] is False
    clock.advance(timedelta(minutes=90))
    body = _check(client, auth, activity, volunteer, "check-out").get_json()
    assert (body["minutes_status"], body["review_reasons"]) == ("pending_review", ["unconfirmed"])
    assert body["check_out_code_ok"] is True


def test_an_expired_code_leaves_the_minutes_for_review(client, auth, world):
    activity = _started(world)
    volunteer = world.volunteers[0]
    sign_up(client, auth, activity.id, volunteer)
    clock.set_time(activity.start_at)
    assert _check(client, auth, activity, volunteer, "check-in").get_json()["check_in_code_ok"] is True
    clock.advance(timedelta(minutes=60))
    seen_then = code_now(activity.id)
    clock.advance(timedelta(seconds=121))  # two periods on: the code read then has expired
    body = _check(client, auth, activity, volunteer, "check-out", code=seen_then).get_json()
    assert body["check_out_code_ok"] is False
    assert (body["minutes_status"], body["review_reasons"]) == ("pending_review", ["unconfirmed"])


def test_the_previous_periods_code_is_still_accepted(client, auth, world):
    activity = _started(world)
    volunteer = world.volunteers[0]
    sign_up(client, auth, activity.id, volunteer)
    clock.set_time(activity.start_at.replace(second=50))
    seen = code_now(activity.id)
    clock.advance(timedelta(seconds=20))  # the code turned over while they typed it
    assert _check(client, auth, activity, volunteer, "check-in", code=seen).get_json()["check_in_code_ok"] is True


def test_a_check_in_2_km_away_leaves_the_minutes_for_review(client, auth, world):
    activity = _started(world)
    volunteer = world.volunteers[0]
    sign_up(client, auth, activity.id, volunteer)
    clock.set_time(activity.start_at)
    resp = _check(client, auth, activity, volunteer, "check-in", at=here(world.community, 2000))
    assert 1950 < resp.get_json()["check_in_distance_m"] < 2050
    clock.advance(timedelta(minutes=90))
    body = _check(client, auth, activity, volunteer, "check-out").get_json()
    assert (body["minutes_status"], body["review_reasons"]) == ("pending_review", ["far_from_address"])
    with factories.context():
        assert db.session.get(Volunteer, volunteer.id).verified_minutes == 0


def test_check_in_rules(client, auth, world):
    activity = _started(world, quota=1)
    holder, waiting, stranger = world.volunteers[:3]
    sign_up(client, auth, activity.id, holder)
    sign_up(client, auth, activity.id, waiting)
    clock.set_time(activity.start_at - timedelta(minutes=31))
    resp = _check(client, auth, activity, holder, "check-in")
    assert (resp.status_code, resp.get_json()["code"]) == (409, "outside_service_window")
    clock.set_time(activity.start_at - timedelta(minutes=29))
    resp = _check(client, auth, activity, holder, "check-out")
    assert (resp.status_code, resp.get_json()["code"]) == (409, "not_checked_in")
    assert _check(client, auth, activity, holder, "check-in").status_code == 200
    resp = _check(client, auth, activity, holder, "check-in")
    assert (resp.status_code, resp.get_json()["code"]) == (409, "already_checked_in")
    resp = _check(client, auth, activity, waiting, "check-in")
    assert (resp.status_code, resp.get_json()["code"]) == (409, "signup_waitlisted")
    resp = _check(client, auth, activity, stranger, "check-in")
    assert (resp.status_code, resp.get_json()["code"]) == (403, "not_signed_up")
    # checked in: no backing out any more
    resp = client.delete(f"{API}/activities/{activity.id}/signups/me", headers=auth.headers(holder.user))
    assert (resp.status_code, resp.get_json()["code"]) == (409, "already_checked_in")
    resp = client.post(f"{API}/activities/{activity.id}/cancel", json={"reason": "x"},
                       headers=auth.headers(world.staff))
    assert (resp.status_code, resp.get_json()["code"]) == (409, "activity_has_check_ins")
    clock.advance(timedelta(minutes=60))
    assert _check(client, auth, activity, holder, "check-out").status_code == 200
    resp = _check(client, auth, activity, holder, "check-out")
    assert (resp.status_code, resp.get_json()["code"]) == (409, "already_checked_out")
    for bad in ({"lat": 29.5, "lng": 106.5}, {"lat": 29.5, "lng": 106.5, "code": "12345"},
                {"lat": 29.5, "lng": 106.5, "code": "１２３４５６"}, {"lat": 91, "lng": 0, "code": "123456"}):
        assert client.post(f"{API}/activities/{activity.id}/check-in", json=bad,
                           headers=auth.headers(holder.user)).status_code == 422


def test_staff_decide_on_minutes_never_their_own_and_approval_after_the_close_pays(client, auth, world):
    staff_volunteer = factories.volunteer(world.community, [world.category], user_=world.staff)
    activity = _started(world, points_per_hour=12)
    volunteer = world.volunteers[0]
    for v in (volunteer, staff_volunteer):
        sign_up(client, auth, activity.id, v)
    clock.set_time(activity.start_at)
    for v in (volunteer, staff_volunteer):
        _check(client, auth, activity, v, "check-in", at=here(world.community, 2000))
    clock.advance(timedelta(minutes=60))
    ids = {v.id: _check(client, auth, activity, v, "check-out").get_json()["id"] for v in (volunteer, staff_volunteer)}
    # nobody decides on their own record
    resp = client.post(f"{API}/signups/{ids[staff_volunteer.id]}/minutes-review", json={"approve": True},
                       headers=auth.headers(world.staff))
    assert (resp.status_code, resp.get_json()["code"]) == (403, "conflict_of_interest")
    assert client.post(f"{API}/signups/{ids[volunteer.id]}/minutes-review", json={"approve": True},
                       headers=auth.headers(world.other_staff)).status_code == 403
    assert client.post(f"{API}/signups/{ids[volunteer.id]}/minutes-review", json={"approve": "yes"},
                       headers=auth.headers(world.staff)).status_code == 422
    clock.advance(timedelta(minutes=30))
    closed = client.post(f"{API}/activities/{activity.id}/close", headers=auth.headers(world.staff))
    assert closed.status_code == 200
    assert _entries(volunteer) == []  # pending review: nothing paid yet
    resp = client.post(f"{API}/signups/{ids[volunteer.id]}/minutes-review", json={"approve": True, "minutes": 50},
                       headers=auth.headers(world.staff))
    assert resp.status_code == 200 and resp.get_json()["minutes_status"] == "approved"
    assert resp.get_json()["service_minutes"] == 50
    (entry,) = _entries(volunteer)
    assert entry.amount == 10  # 50 minutes at 12 an hour
    again = client.post(f"{API}/signups/{ids[volunteer.id]}/minutes-review", json={"approve": False},
                        headers=auth.headers(world.staff))
    assert (again.status_code, again.get_json()["code"]) == (409, "minutes_not_pending_review")
    admin = factories.user(roles=("admin",))
    resp = client.post(f"{API}/signups/{ids[staff_volunteer.id]}/minutes-review", json={"approve": False},
                       headers=auth.headers(admin))
    assert resp.status_code == 200 and resp.get_json()["minutes_status"] == "rejected"
    assert _entries(staff_volunteer) == []
    with factories.context():
        assert db.session.get(Volunteer, volunteer.id).approved_minutes == 50


def test_the_close_records_no_shows_and_forgotten_check_outs(client, auth, world):
    activity = _started(world, hours=2)
    came, forgot, absent = world.volunteers[:3]
    for v in (came, forgot, absent):
        sign_up(client, auth, activity.id, v)
    clock.set_time(activity.start_at)
    _check(client, auth, activity, came, "check-in")
    _check(client, auth, activity, forgot, "check-in")
    clock.advance(timedelta(minutes=110))
    _check(client, auth, activity, came, "check-out")
    early = client.post(f"{API}/activities/{activity.id}/close", headers=auth.headers(came.user))
    assert (early.status_code, early.get_json()["code"]) == (403, "not_organiser")
    clock.set_time(activity.end_at + timedelta(hours=1))
    assert client.post(f"{API}/activities/{activity.id}/close", headers=auth.headers(world.staff)).status_code == 200
    rows = {row["volunteer_id"]: row for row in client.get(
        f"{API}/activities/{activity.id}/signups", headers=auth.headers(world.staff)).get_json()["items"]}
    assert rows[came.id]["minutes_status"] == "verified"
    assert (rows[forgot.id]["minutes_status"], rows[forgot.id]["service_minutes"]) == ("pending_review", 120)
    assert rows[forgot.id]["review_reasons"] == ["no_check_out"]
    assert rows[absent.id]["status"] == "no_show" and rows[absent.id]["minutes_status"] is None
    with factories.context():
        assert db.session.get(Volunteer, absent.id).no_shows == 1
        assert db.session.get(Volunteer, came.id).no_shows == 0
    profile = client.get(f"{API}/volunteers/me", headers=auth.headers(absent.user)).get_json()
    assert profile["no_shows"] == 1
    # after the close nobody checks in or out any more
    resp = _check(client, auth, activity, forgot, "check-out")
    assert (resp.status_code, resp.get_json()["code"]) == (409, "activity_closed")


def test_no_shows_count_against_reliability_in_ranking(ctx, world):
    from app.matching import search

    steady, flaky = world.volunteers[:2]
    with factories.context():
        db.session.get(Volunteer, flaky.id).no_shows = 3
        db.session.commit()
        item = factories.menu_item(world.community, world.category)
        order = factories.order(item)
        request = search.search_request_for(db.session.merge(order), exclude_volunteer_ids=set())
        found = {c.volunteer.id: c for c in search.find_candidates(request, community=db.session.merge(
            world.community), limit=20)}
    assert found[flaky.id].reasons["reliability"]["no_shows"] == 3
    assert found[flaky.id].reasons["reliability"]["score"] < found[steady.id].reasons["reliability"]["score"]
    assert found[flaky.id].reasons["reliability"]["score"] == round(4 / 8, 3)


def test_an_activity_closes_only_once_it_has_started(client, auth, world):
    activity = _started(world)
    resp = client.post(f"{API}/activities/{activity.id}/close", headers=auth.headers(world.staff))
    assert (resp.status_code, resp.get_json()["code"]) == (409, "activity_not_started")


def test_the_code_window_matches_the_helper(world):
    activity = _started(world)
    with factories.context():
        from app.activities.models import Activity

        secret = db.session.get(Activity, activity.id).sign_in_secret
    assert codes.is_valid(secret, code_now(activity.id), clock.now())


def test_the_sign_in_link_is_on_the_public_address_or_else_the_servers_own(app, client, auth, world):
    activity = factories.activity(world.community, world.category)
    path = f"/m/activities/{activity.id}/sign-in?code="

    def link():
        resp = client.get(f"{API}/activities/{activity.id}/sign-in-code", headers=auth.headers(world.staff))
        return resp.get_json()["qr"]

    saved = app.config.get("PUBLIC_BASE_URL")
    try:
        app.config["PUBLIC_BASE_URL"] = ""
        assert link().startswith(f"http://localhost{path}")
        app.config["PUBLIC_BASE_URL"] = "https://volunteer.example"
        assert link().startswith(f"https://volunteer.example{path}")
    finally:
        app.config["PUBLIC_BASE_URL"] = saved


def _held_for_review(client, auth, world, minutes_served=90):
    """A 2-hour activity whose volunteer checked in with a wrong code: their minutes wait for staff."""
    activity = _started(world, hours=2)
    volunteer = world.volunteers[0]
    sign_up(client, auth, activity.id, volunteer)
    clock.set_time(activity.start_at)
    wrong = f"{(int(code_now(activity.id)) + 1) % 1_000_000:06d}"
    _check(client, auth, activity, volunteer, "check-in", code=wrong)
    clock.advance(timedelta(minutes=minutes_served))
    body = _check(client, auth, activity, volunteer, "check-out").get_json()
    assert body["minutes_status"] == "pending_review"
    return body


def _review(client, auth, world, signup_id, **body):
    resp = client.post(f"{API}/signups/{signup_id}/minutes-review", json={"approve": True, **body},
                       headers=auth.headers(world.staff))
    assert resp.status_code == 200, resp.get_json()
    return resp.get_json()


def test_approving_without_minutes_keeps_the_minutes_served(client, auth, world):
    signup = _held_for_review(client, auth, world)
    assert _review(client, auth, world, signup["id"])["service_minutes"] == 90


def test_approved_minutes_are_capped_at_twice_the_activitys_length(client, auth, world):
    signup = _held_for_review(client, auth, world)
    assert _review(client, auth, world, signup["id"], minutes=500)["service_minutes"] == 240


def test_staff_may_approve_a_visit_at_no_minutes(client, auth, world):
    signup = _held_for_review(client, auth, world)
    assert _review(client, auth, world, signup["id"], minutes=0)["service_minutes"] == 0
