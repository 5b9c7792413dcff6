"""Activities through HTTP: publishing, reading, nearby, sign-up with its quota and waitlist, backing out (the first
on the waitlist promoted and told), the sign-up deadline, team-only activities, and calling one off."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock
from app.activities.models import Activity
from app.extensions import db
from app.notify.models import Notification
from tests import factories
from tests.activities.conftest import API, create_body, sign_up


def _notifications(user, event):
    with factories.context():
        return db.session.scalars(select(Notification).where(Notification.user_id == user.id,
                                                             Notification.event == event)).all()


# Publishing

def test_staff_publish_an_activity_open_at_once(client, auth, world):
    resp = client.post(f"{API}/communities/{world.community.id}/activities", json=create_body(world),
                       headers=auth.headers(world.staff))
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert body["status"] == "open" and body["quota"] == 3
    assert (body["signed_up"], body["waitlisted"], body["places_left"]) == (0, 0, 3)
    assert body["signup_deadline"] == body["start"] and body["signup_open"] is True
    assert body["points_per_hour"] == 10  # the community's rule by default
    assert resp.headers["Location"].endswith(f"/activities/{body['id']}")
    assert "sign_in_secret" not in body and "sign_in_secret" not in resp.get_data(as_text=True)
    listed = client.get(f"{API}/communities/{world.community.id}/activities").get_json()["items"]
    assert [a["id"] for a in listed] == [body["id"]]
    assert client.get(f"{API}/activities/{body['id']}").get_json()["title"] == "嘉陵江边清洁"


@pytest.mark.parametrize("change, code, field", [
    ({"end": "start"}, "end_before_start", "end"),
    ({"hours": 25}, "activity_too_long", "end"),
    ({"hours_ago": 5}, "activity_in_past", "end"),
    ({"deadline_after_end": True}, "signup_deadline_after_end", "signup_deadline"),
    ({"category_id": 999_999}, "unknown_category", "category_id"),
])
def test_bad_activities_are_422_and_change_nothing(client, auth, world, change, code, field):
    body = create_body(world)
    start = clock.now().replace(microsecond=0) + timedelta(hours=2)
    if "end" in change:
        body["end"] = body["start"]
    if "hours" in change:
        body["end"] = (start + timedelta(hours=change["hours"])).isoformat()
    if "hours_ago" in change:
        body["start"] = (start - timedelta(hours=10)).isoformat()
        body["end"] = (start - timedelta(hours=7)).isoformat()
    if "deadline_after_end" in change:
        body["signup_deadline"] = (start + timedelta(hours=4)).isoformat()
    if "category_id" in change:
        body["category_id"] = change["category_id"]
    resp = client.post(f"{API}/communities/{world.community.id}/activities", json=body,
                       headers=auth.headers(world.staff))
    assert resp.status_code == 422 and resp.get_json()["code"] == code, resp.get_json()
    assert field in resp.get_json()["errors"]
    with factories.context():
        assert db.session.scalar(select(Activity.id)) is None


@pytest.mark.parametrize("body", [{"quota": 0}, {"quota": "5"}, {"quota": 10_001}, {"title": "  "},
                                  {"lat": 91}, {"start": "2026-13-01T00:00:00+08:00"}, {"start": "2026-12-01T09:00"},
                                  {"points_per_hour": -1}, {"team_id": 0}, {"unknown": 1}])
def test_malformed_activities_are_422(client, auth, world, body):
    resp = client.post(f"{API}/communities/{world.community.id}/activities", json=create_body(world, **body),
                       headers=auth.headers(world.staff))
    assert resp.status_code == 422, resp.get_json()


def test_who_may_publish(client, auth, world):
    leader, member = world.volunteers[:2]
    team = factories.team(world.community, leaders=[leader], members=[member])
    url = f"{API}/communities/{world.community.id}/activities"
    # a leader, for their team
    assert client.post(url, json=create_body(world, team_id=team.id),
                       headers=auth.headers(leader.user)).status_code == 201
    # a leader without a team, a member, other staff, a resident: refused
    assert client.post(url, json=create_body(world), headers=auth.headers(leader.user)).get_json()["code"] == \
        "not_community_staff"
    resp = client.post(url, json=create_body(world, team_id=team.id), headers=auth.headers(member.user))
    assert (resp.status_code, resp.get_json()["code"]) == (403, "not_team_leader")
    assert client.post(url, json=create_body(world), headers=auth.headers(world.other_staff)).status_code == 403
    assert client.post(url, json=create_body(world), headers=auth.headers(factories.user())).status_code == 403
    # another community's team is no team of this one
    foreign = factories.team(world.other_community)
    resp = client.post(url, json=create_body(world, team_id=foreign.id), headers=auth.headers(world.staff))
    assert (resp.status_code, resp.get_json()["code"]) == (422, "unknown_team")


# Sign-up, the waitlist, backing out

def test_places_then_the_waitlist_and_a_cancellation_promotes_the_first_waitlisted(client, auth, world):
    activity = factories.activity(world.community, world.category, quota=2)
    first, second, third, fourth = world.volunteers[:4]
    answers = [sign_up(client, auth, activity.id, v) for v in (first, second, third, fourth)]
    assert [r.status_code for r in answers] == [201, 201, 201, 201]
    assert [r.get_json()["status"] for r in answers] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert [r.get_json()["position"] for r in answers] == [None, None, 1, 2]
    shown = client.get(f"{API}/activities/{activity.id}").get_json()
    assert (shown["signed_up"], shown["waitlisted"], shown["places_left"]) == (2, 2, 0)

    resp = client.delete(f"{API}/activities/{activity.id}/signups/me", headers=auth.headers(first.user))
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"
    listed = client.get(f"{API}/activities/{activity.id}/signups", headers=auth.headers(world.staff)).get_json()
    statuses = {row["volunteer_id"]: (row["status"], row["position"]) for row in listed["items"]}
    assert statuses == {second.id: ("confirmed", None), third.id: ("confirmed", None),
                        fourth.id: ("waitlisted", 1), first.id: ("cancelled", None)}
    assert [row["volunteer_id"] for row in listed["items"]] == [second.id, third.id, fourth.id, first.id]
    told = _notifications(third.user, "signup_promoted")
    assert len(told) == 1 and "候补" in told[0].title and told[0].data["activity_id"] == activity.id
    assert _notifications(fourth.user, "signup_promoted") == []
    shown = client.get(f"{API}/activities/{activity.id}").get_json()
    assert (shown["signed_up"], shown["waitlisted"], shown["places_left"]) == (2, 1, 0)


def test_a_waitlisted_volunteer_backs_out_and_signs_up_again_at_the_back(client, auth, world):
    activity = factories.activity(world.community, world.category, quota=1)
    a, b, c = world.volunteers[:3]
    for v in (a, b, c):
        sign_up(client, auth, activity.id, v)
    assert client.delete(f"{API}/activities/{activity.id}/signups/me",
                         headers=auth.headers(b.user)).get_json()["status"] == "cancelled"
    again = sign_up(client, auth, activity.id, b)
    assert again.status_code == 201 and again.get_json()["status"] == "waitlisted"
    assert again.get_json()["position"] == 2  # behind c, who waited longer
    shown = client.get(f"{API}/activities/{activity.id}").get_json()
    assert (shown["signed_up"], shown["waitlisted"]) == (1, 2)


def test_signing_up_twice_and_backing_out_twice_are_409(client, auth, world):
    activity = factories.activity(world.community, world.category)
    v = world.volunteers[0]
    assert sign_up(client, auth, activity.id, v).status_code == 201
    again = sign_up(client, auth, activity.id, v)
    assert (again.status_code, again.get_json()["code"]) == (409, "already_signed_up")
    assert client.delete(f"{API}/activities/{activity.id}/signups/me", headers=auth.headers(v.user)).status_code == 200
    resp = client.delete(f"{API}/activities/{activity.id}/signups/me", headers=auth.headers(v.user))
    assert (resp.status_code, resp.get_json()["code"]) == (409, "signup_not_active")
    other = world.volunteers[1]
    resp = client.delete(f"{API}/activities/{activity.id}/signups/me", headers=auth.headers(other.user))
    assert (resp.status_code, resp.get_json()["code"]) == (404, "signup_not_found")
    assert client.get(f"{API}/activities/{activity.id}").get_json()["signed_up"] == 0


def test_the_signup_deadline(client, auth, world):
    deadline = clock.now() + timedelta(minutes=30)
    activity = factories.activity(world.community, world.category, signup_deadline=deadline)
    clock.set_time(deadline + timedelta(seconds=1))
    resp = sign_up(client, auth, activity.id, world.volunteers[0])
    assert (resp.status_code, resp.get_json()["code"]) == (409, "signup_closed")
    assert client.get(f"{API}/activities/{activity.id}").get_json()["signup_open"] is False


def test_team_activities_are_for_members_only(client, auth, world):
    leader, member, stranger = world.volunteers[:3]
    team = factories.team(world.community, leaders=[leader], members=[member])
    activity = factories.activity(world.community, world.category, by=leader.user, team_id=team.id)
    resp = sign_up(client, auth, activity.id, stranger)
    assert (resp.status_code, resp.get_json()["code"]) == (403, "not_team_member")
    assert sign_up(client, auth, activity.id, member).get_json()["status"] == "confirmed"
    assert sign_up(client, auth, activity.id, leader).get_json()["status"] == "confirmed"
    # a pending request to join is no membership yet
    client.post(f"{API}/teams/{team.id}/join", headers=auth.headers(stranger.user))
    assert sign_up(client, auth, activity.id, stranger).status_code == 403
    assert client.get(f"{API}/activities/{activity.id}").get_json()["signed_up"] == 2


def test_who_may_sign_up(client, auth, world):
    activity = factories.activity(world.community, world.category)
    resp = sign_up(client, auth, activity.id, world.outsider)
    assert (resp.status_code, resp.get_json()["code"]) == (403, "other_community")
    pending = factories.volunteer(world.community, [world.category], status="pending")
    suspended = factories.volunteer(world.community, [world.category], status="suspended")
    assert client.post(f"{API}/activities/{activity.id}/signups",
                       headers=auth.headers(pending.user)).status_code == 403
    assert client.post(f"{API}/activities/{activity.id}/signups",
                       headers=auth.headers(suspended.user)).get_json()["code"] == "volunteer_not_approved"
    assert client.post(f"{API}/activities/{activity.id}/signups").status_code == 401
    assert client.post(f"{API}/activities/999999/signups",
                       headers=auth.headers(world.volunteers[0].user)).status_code == 404


# Calling it off

def test_cancel_tells_everyone_signed_up_and_closes_sign_up(client, auth, world):
    activity = factories.activity(world.community, world.category, quota=1)
    a, b = world.volunteers[:2]
    sign_up(client, auth, activity.id, a)
    sign_up(client, auth, activity.id, b)
    assert client.post(f"{API}/activities/{activity.id}/cancel", json={"reason": "暴雨预警"},
                       headers=auth.headers(a.user)).status_code == 403
    resp = client.post(f"{API}/activities/{activity.id}/cancel", json={"reason": "暴雨预警"},
                       headers=auth.headers(world.staff))
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"
    assert resp.get_json()["cancel_reason"] == "暴雨预警"
    for volunteer in (a, b):
        told = _notifications(volunteer.user, "activity_cancelled")
        assert len(told) == 1 and "暴雨预警" in told[0].body
    again = client.post(f"{API}/activities/{activity.id}/cancel", json={"reason": "x"},
                        headers=auth.headers(world.staff))
    assert (again.status_code, again.get_json()["code"]) == (409, "activity_cancelled")
    late = sign_up(client, auth, activity.id, world.volunteers[2])
    assert (late.status_code, late.get_json()["code"]) == (409, "activity_cancelled")
    assert client.get(f"{API}/activities/{activity.id}/sign-in-code",
                      headers=auth.headers(world.staff)).status_code == 409


def test_cancel_needs_a_reason(client, auth, world):
    activity = factories.activity(world.community, world.category)
    for body in ({}, {"reason": ""}, {"reason": "\u200b"}):
        assert client.post(f"{API}/activities/{activity.id}/cancel", json=body,
                           headers=auth.headers(world.staff)).status_code == 422


# Nearby

def test_nearby_lists_what_the_volunteer_may_join_nearest_first(client, auth, world):
    leader, member, stranger = world.volunteers[:3]
    team = factories.team(world.community, leaders=[leader], members=[member])
    near = factories.activity(world.community, world.category, title="近", lat=world.community.lat + 0.002)
    far = factories.activity(world.community, world.category, title="远", lat=world.community.lat + 0.02)
    team_only = factories.activity(world.community, world.category, title="队伍", by=leader.user, team_id=team.id)
    factories.activity(world.other_community, world.category, title="别的社区", lat=world.community.lat,
                       lng=world.community.lng)
    cancelled = factories.activity(world.community, world.category, title="取消")
    client.post(f"{API}/activities/{cancelled.id}/cancel", json={"reason": "x"}, headers=auth.headers(world.staff))
    point = f"lat={world.community.lat}&lng={world.community.lng}"

    def titles(volunteer, query):
        resp = client.get(f"{API}/activities/nearby?{query}", headers=auth.headers(volunteer.user))
        assert resp.status_code == 200, resp.get_json()
        return [(a["title"], a["distance_m"]) for a in resp.get_json()["items"]]

    assert titles(member, point + "&radius_m=1000") == [("队伍", 0), ("近", 222)]
    assert titles(stranger, point + "&radius_m=5000") == [("近", 222), ("远", 2224)]
    assert titles(stranger, point + "&radius_m=1000&page_size=1") == [("近", 222)]
    assert [t for t, _ in titles(stranger, "radius_m=3000")] == ["近", "远"]  # from home by default
    assert client.get(f"{API}/activities/nearby?lat=29.5", headers=auth.headers(stranger.user)).status_code == 422
    assert client.get(f"{API}/activities/nearby?{point}&radius_m=50000",
                      headers=auth.headers(stranger.user)).status_code == 422
    assert client.get(f"{API}/activities/nearby?{point}", headers=auth.headers(world.staff)).status_code == 403
    assert far.id and near.id and team_only.id


def test_my_activities_list_my_own_sign_ups_only_and_filter_by_status(client, auth, world):
    first, second = world.volunteers[:2]
    full = factories.activity(world.community, world.category, quota=1)
    other = factories.activity(world.community, world.category)
    assert sign_up(client, auth, full.id, second).get_json()["status"] == "confirmed"
    assert sign_up(client, auth, full.id, first).get_json()["status"] == "waitlisted"
    assert sign_up(client, auth, other.id, first).get_json()["status"] == "confirmed"

    def mine(volunteer, **query):
        resp = client.get(f"{API}/volunteers/me/activities", query_string=query, headers=auth.headers(volunteer.user))
        assert resp.status_code == 200, resp.get_json()
        return [(item["activity"]["id"], item["status"]) for item in resp.get_json()["items"]]

    assert mine(first) == [(other.id, "confirmed"), (full.id, "waitlisted")]  # latest first
    assert mine(second) == [(full.id, "confirmed")]
    assert mine(first, status="waitlisted") == [(full.id, "waitlisted")]
    assert mine(second, status="waitlisted") == []


def test_sign_up_is_open_until_its_deadline_itself(client, auth, world):
    first, second = world.volunteers[:2]
    activity = factories.activity(world.community, world.category)
    clock.set_time(activity.signup_deadline)
    assert sign_up(client, auth, activity.id, first).status_code == 201
    clock.advance(timedelta(seconds=1))
    resp = sign_up(client, auth, activity.id, second)
    assert resp.status_code == 409 and resp.get_json()["code"] == "signup_closed"


def test_a_place_given_up_at_the_very_end_goes_to_nobody(client, auth, world):
    first, second = world.volunteers[:2]
    activity = factories.activity(world.community, world.category, quota=1)
    sign_up(client, auth, activity.id, first)
    assert sign_up(client, auth, activity.id, second).get_json()["status"] == "waitlisted"
    clock.set_time(activity.end_at)
    resp = client.delete(f"{API}/activities/{activity.id}/signups/me", headers=auth.headers(first.user))
    assert resp.status_code in (200, 204), resp.get_json()
    listed = client.get(f"{API}/activities/{activity.id}/signups", headers=auth.headers(world.staff)).get_json()
    assert {item["status"] for item in listed["items"]} == {"cancelled", "waitlisted"}


def test_someone_without_a_volunteer_profile_has_no_sign_up_to_cancel(client, auth, world):
    activity = factories.activity(world.community, world.category)
    stranger = factories.user(roles=("volunteer",))  # the role, no volunteer record yet
    resp = client.delete(f"{API}/activities/{activity.id}/signups/me", headers=auth.headers(stranger))
    assert resp.status_code == 404


def test_organisers_filter_the_sign_ups_by_status(client, auth, world):
    first, second = world.volunteers[:2]
    activity = factories.activity(world.community, world.category, quota=1)
    sign_up(client, auth, activity.id, first)
    sign_up(client, auth, activity.id, second)

    def listed(status):
        resp = client.get(f"{API}/activities/{activity.id}/signups", query_string={"status": status},
                          headers=auth.headers(world.staff))
        return [(item["volunteer_id"], item["status"]) for item in resp.get_json()["items"]]

    assert listed("waitlisted") == [(second.id, "waitlisted")]
    assert listed("confirmed") == [(first.id, "confirmed")]
