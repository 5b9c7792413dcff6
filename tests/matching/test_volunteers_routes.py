"""Volunteers through HTTP: applying, staff approval and suspension, the volunteer's own profile and the
search index rows each of those leaves behind."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from app import clock
from app.extensions import db
from app import geo
from app.matching.models import Volunteer, VolunteerCell
from tests import factories

API = "/api/v1"
PROBLEM = "application/problem+json"
CENTRE = (29.5583, 106.5786)
WEEKDAYS = [{"weekday": 0, "start": "08:00", "end": "12:00"}, {"weekday": 5, "start": "14:00", "end": "24:00"}]


def assert_problem(resp, status, code=None, *, fields=None):
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == PROBLEM
    body = resp.get_json()
    assert body["status"] == status and body["code"] and body["title"]
    if code is not None:
        assert body["code"] == code, body
    if fields is not None:
        # a nested field's messages are under its path (`availability.0.end`)
        assert set(fields) <= {name.split(".")[0] for name in body.get("errors", {})}, body
    return body


def index_rows(app, volunteer_id) -> list[tuple]:
    """The volunteer's search index rows as (source, category_id, cell, lat, lng, fresh_until), sorted."""
    with app.app_context():
        rows = db.session.scalars(select(VolunteerCell).where(VolunteerCell.volunteer_id == volunteer_id)).all()
        return sorted((r.source, r.category_id, r.cell, r.lat, r.lng, r.fresh_until) for r in rows)


def volunteer_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Volunteer))


@pytest.fixture
def community():
    return factories.community(lat=CENTRE[0], lng=CENTRE[1])


@pytest.fixture
def skills():
    return [factories.category("助餐"), factories.category("陪诊")]


@pytest.fixture
def staff(community):
    return factories.staff(community)


def apply_body(community, skills, /, **overrides):
    body = {"community_id": community.id, "skills": [s.id for s in skills], "home_lat": 29.5590,
            "home_lng": 106.5790, "availability": WEEKDAYS, "max_active_orders": 2}
    body.update(overrides)
    return body


# POST /volunteers

def test_apply(app, client, auth, community, skills):
    user = factories.user(name="旧名")
    headers = auth.headers(user)
    resp = client.post(f"{API}/volunteers", json=apply_body(community, skills, name="王芳"), headers=headers)
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["status"] == "pending" and body["user_id"] == user.id and body["community_id"] == community.id
    assert body["name"] == "王芳"
    assert [s["id"] for s in body["skills"]] == [skills[0].id, skills[1].id]
    assert body["availability"] == WEEKDAYS and body["max_active_orders"] == 2
    assert body["home_lat"] == pytest.approx(29.5590) and body["on_duty"] is False
    assert body["active_orders"] == 0 and body["rating_count"] == 0 and body["rating_mean"] is None
    assert body["approved_at"] is None and body["applied_at"]
    assert client.get(f"{API}/me", headers=headers).get_json()["name"] == "王芳"
    assert client.get(f"{API}/volunteers/me", headers=headers).get_json()["id"] == body["id"]
    # no role and no place in the search index until staff approve
    assert client.get(f"{API}/me", headers=headers).get_json()["roles"] == ["resident"]
    assert index_rows(app, body["id"]) == []


def test_apply_defaults(client, auth, community, skills):
    resp = client.post(f"{API}/volunteers", headers=auth.headers(factories.user()),
                       json={"community_id": community.id, "skills": [skills[0].id], "home_lat": 29.56,
                             "home_lng": 106.58})
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["availability"] == [] and body["max_active_orders"] == 1


def test_apply_needs_a_login(app, client, community, skills):
    assert_problem(client.post(f"{API}/volunteers", json=apply_body(community, skills)), 401, "unauthorized")
    assert volunteer_count(app) == 0


@pytest.mark.parametrize("overrides, field", [
    ({"skills": []}, "skills"),
    ({"skills": "助餐"}, "skills"),
    ({"skills": list(range(1, 22))}, "skills"),
    ({"availability": [{"weekday": 0, "start": "10:00", "end": "09:00"}]}, "availability"),
    ({"availability": [{"weekday": 0, "start": "10:00", "end": "10:00"}]}, "availability"),
    ({"availability": [{"weekday": 7, "start": "08:00", "end": "09:00"}]}, "availability"),
    ({"availability": [{"weekday": -1, "start": "08:00", "end": "09:00"}]}, "availability"),
    ({"availability": [{"weekday": 1, "start": "8:00", "end": "09:00"}]}, "availability"),
    ({"availability": [{"weekday": 1, "start": "08:00", "end": "24:30"}]}, "availability"),
    ({"availability": [{"weekday": 1, "start": "08:00"}]}, "availability"),
    ({"availability": [{"weekday": 1, "start": "08:00", "end": "09:00", "note": "x"}]}, "availability"),
    ({"availability": {"weekday": 1}}, "availability"),
    ({"home_lat": 90.5}, "home_lat"),
    ({"home_lat": -91}, "home_lat"),
    ({"home_lng": 200}, "home_lng"),
    ({"max_active_orders": 0}, "max_active_orders"),
    ({"max_active_orders": 11}, "max_active_orders"),
    ({"community_id": "one"}, "community_id"),
    ({"status": "approved"}, "status"),
    ({"name": ""}, "name"),
])
def test_apply_validation(app, client, auth, community, skills, overrides, field):
    user = factories.user()
    resp = client.post(f"{API}/volunteers", json=apply_body(community, skills, **overrides),
                       headers=auth.headers(user))
    assert_problem(resp, 422, "validation_failed", fields=[field])
    assert volunteer_count(app) == 0


@pytest.mark.english
def test_apply_missing_fields(app, client, auth):
    body = assert_problem(client.post(f"{API}/volunteers", json={}, headers=auth.headers(factories.user())),
                          422, "validation_failed", fields=["community_id", "skills", "home_lat", "home_lng"])
    assert body["errors"]["skills"] == ["Missing data for required field."]


@pytest.mark.english
def test_apply_slot_end_before_start_names_the_end(client, auth, community, skills):
    resp = client.post(f"{API}/volunteers", headers=auth.headers(factories.user()), json=apply_body(
        community, skills, availability=[WEEKDAYS[0], {"weekday": 2, "start": "18:00", "end": "17:00"}]))
    body = assert_problem(resp, 422, "validation_failed", fields=["availability"])
    assert body["errors"] == {"availability.1.end": ["A slot must end after it starts."]}


def test_apply_unknown_community_or_skill(app, client, auth, community, skills):
    user = factories.user(name="原名")
    headers = auth.headers(user)
    assert_problem(client.post(f"{API}/volunteers", json=apply_body(community, skills, community_id=community.id + 9,
                                                                    name="新名"), headers=headers),
                   422, "unknown_community", fields=["community_id"])
    body = assert_problem(client.post(f"{API}/volunteers",
                                      json=apply_body(community, skills, skills=[skills[0].id, 98765], name="新名"),
                                      headers=headers),
                          422, "unknown_category", fields=["skills"])
    assert "98765" in body["detail"]
    assert volunteer_count(app) == 0
    assert_problem(client.get(f"{API}/volunteers/me", headers=headers), 404, "volunteer_not_found")
    assert client.get(f"{API}/me", headers=headers).get_json()["name"] == "原名"


def test_apply_ids_too_big_for_the_database_are_422_not_500(app, client, auth, community, skills):
    headers = auth.headers(factories.user())
    assert_problem(client.post(f"{API}/volunteers", json=apply_body(community, skills, community_id=2 ** 70),
                               headers=headers), 422)
    assert_problem(client.post(f"{API}/volunteers", json=apply_body(community, skills, skills=[2 ** 70]),
                               headers=headers), 422)
    assert volunteer_count(app) == 0


def test_apply_twice(app, client, auth, community, skills):
    headers = auth.headers(factories.user())
    first = client.post(f"{API}/volunteers", json=apply_body(community, skills), headers=headers)
    assert first.status_code == 201
    other = factories.community()
    assert_problem(client.post(f"{API}/volunteers", json=apply_body(other, skills[:1]), headers=headers),
                   409, "already_applied")
    mine = client.get(f"{API}/volunteers/me", headers=headers).get_json()
    assert mine["community_id"] == community.id and len(mine["skills"]) == 2
    assert volunteer_count(app) == 1


def test_apply_malformed_json(client, auth):
    assert_problem(client.post(f"{API}/volunteers", data="{", content_type="application/json",
                               headers=auth.headers(factories.user())), 400)


# GET /communities/{id}/volunteers

def test_staff_list_volunteers_by_status(client, auth, community, skills, staff):
    approved = factories.volunteer(community, skills, status="approved")
    pending = factories.volunteer(community, skills, status="pending")
    suspended = factories.volunteer(community, skills, status="suspended")
    factories.volunteer(factories.community(), skills, status="pending")  # another community's
    headers = auth.headers(staff)
    url = f"{API}/communities/{community.id}/volunteers"
    everyone = client.get(url, headers=headers)
    assert everyone.status_code == 200
    assert [v["id"] for v in everyone.get_json()["items"]] == [approved.id, pending.id, suspended.id]
    assert json.loads(everyone.headers["X-Pagination"]) == {"total": 3, "total_pages": 1, "page": 1,
                                                           "page_size": 20}
    for status, volunteer in (("pending", pending), ("approved", approved), ("suspended", suspended)):
        resp = client.get(url, query_string={"status": status}, headers=headers)
        assert [v["id"] for v in resp.get_json()["items"]] == [volunteer.id]
        assert resp.get_json()["items"][0]["status"] == status
    paged = client.get(url, query_string={"page_size": 2, "page": 2}, headers=headers)
    assert [v["id"] for v in paged.get_json()["items"]] == [suspended.id]
    assert json.loads(paged.headers["X-Pagination"])["total_pages"] == 2


def test_a_page_of_volunteers_reads_their_skills_in_one_query(client, auth, community, skills, staff, statements):
    held = [sorted(c.id for c in skills[:n]) for n in (1, 2, 2)]
    for skill_set in held:
        factories.volunteer(community, [c for c in skills if c.id in skill_set])
    statements.clear()
    items = client.get(f"{API}/communities/{community.id}/volunteers", headers=auth.headers(staff)).get_json()["items"]
    assert [[s["id"] for s in v["skills"]] for v in items] == held
    assert len([s for s in statements if "volunteer_skills" in s]) == 1


def test_list_volunteers_refusals(client, auth, community, skills, staff):
    factories.volunteer(community, skills)
    url = f"{API}/communities/{community.id}/volunteers"
    assert_problem(client.get(url), 401)
    assert_problem(client.get(url, headers=auth.headers(factories.user())), 403, "role_required")
    volunteer_user = factories.volunteer(community, skills).user  # a volunteer is not staff
    assert_problem(client.get(url, headers=auth.headers(volunteer_user)), 403, "role_required")
    assert_problem(client.get(url, headers=auth.headers(factories.staff(factories.community()))),
                   403, "not_community_staff")
    assert_problem(client.get(url, query_string={"status": "retired"}, headers=auth.headers(staff)),
                   422, "validation_failed", fields=["status"])
    assert_problem(client.get(url, query_string={"page_size": 500}, headers=auth.headers(staff)),
                   422, "validation_failed", fields=["page_size"])
    assert_problem(client.get(f"{API}/communities/{community.id + 50}/volunteers", headers=auth.headers(staff)),
                   404, "community_not_found")


# Approve and suspend

def test_approve_adds_the_role_and_indexes_home(app, client, auth, community, skills, staff):
    volunteer = factories.volunteer(community, skills, status="pending", lat=29.5590, lng=106.5790)
    headers = auth.headers(volunteer.user)
    assert client.get(f"{API}/me", headers=headers).get_json()["roles"] == ["resident"]
    clock.set_time(datetime(2025, 3, 3, 1, 0, tzinfo=timezone.utc))
    resp = client.post(f"{API}/volunteers/{volunteer.id}/approve", headers=auth.headers(staff))
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["status"] == "approved" and body["approved_at"].startswith("2025-03-03T01:00:00")
    assert client.get(f"{API}/me", headers=headers).get_json()["roles"] == ["resident", "volunteer"]
    cell = geo.cell_of(29.5590, 106.5790)
    assert index_rows(app, volunteer.id) == sorted(
        ("home", s.id, cell, 29.5590, 106.5790, None) for s in skills)
    # approving again changes nothing
    again = client.post(f"{API}/volunteers/{volunteer.id}/approve", headers=auth.headers(staff))
    assert again.status_code == 200 and again.get_json()["approved_at"] == body["approved_at"]
    assert len(index_rows(app, volunteer.id)) == 2


def test_suspend_removes_from_the_index_and_approve_reinstates(app, client, auth, community, skills, staff):
    volunteer = factories.volunteer(community, skills)
    headers = auth.headers(staff)
    assert len(index_rows(app, volunteer.id)) == 2
    resp = client.post(f"{API}/volunteers/{volunteer.id}/suspend", json={"reason": "多次爽约"}, headers=headers)
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["status"] == "suspended" and body["suspended_reason"] == "多次爽约" and body["suspended_at"]
    assert body["on_duty"] is False
    assert index_rows(app, volunteer.id) == []
    listed = client.get(f"{API}/communities/{community.id}/volunteers", query_string={"status": "suspended"},
                        headers=headers).get_json()["items"]
    assert [v["id"] for v in listed] == [volunteer.id]

    reinstated = client.post(f"{API}/volunteers/{volunteer.id}/approve", headers=headers)
    assert reinstated.status_code == 200
    body = reinstated.get_json()
    assert body["status"] == "approved" and body["suspended_at"] is None and body["suspended_reason"] is None
    assert len(index_rows(app, volunteer.id)) == 2


def test_suspend_without_a_reason_and_suspending_twice(app, client, auth, community, skills, staff):
    volunteer = factories.volunteer(community, skills)
    resp = client.post(f"{API}/volunteers/{volunteer.id}/suspend", json={}, headers=auth.headers(staff))
    assert resp.status_code == 200 and resp.get_json()["suspended_reason"] is None
    first_at = resp.get_json()["suspended_at"]
    again = client.post(f"{API}/volunteers/{volunteer.id}/suspend", json={"reason": "x"}, headers=auth.headers(staff))
    assert again.status_code == 200 and again.get_json()["suspended_at"] == first_at
    assert_problem(client.post(f"{API}/volunteers/{volunteer.id}/suspend", json={"reason": "x" * 201},
                               headers=auth.headers(staff)), 422, fields=["reason"])


def test_suspending_an_on_duty_volunteer_drops_live_rows(app, client, auth, community, skills, staff):
    volunteer = factories.volunteer(community, skills)
    me = auth.headers(volunteer.user)
    assert client.patch(f"{API}/volunteers/me", json={"on_duty": True, "lat": 29.56, "lng": 106.58},
                        headers=me).status_code == 200
    assert {r[0] for r in index_rows(app, volunteer.id)} == {"home", "live"}
    client.post(f"{API}/volunteers/{volunteer.id}/suspend", json={}, headers=auth.headers(staff))
    assert index_rows(app, volunteer.id) == []
    assert client.get(f"{API}/volunteers/me", headers=me).get_json()["on_duty"] is False


def test_approve_and_suspend_refusals(app, client, auth, community, skills):
    pending = factories.volunteer(community, skills, status="pending")
    approved = factories.volunteer(community, skills)
    other_staff = factories.staff(factories.community())
    resident = factories.user()
    for url in (f"{API}/volunteers/{pending.id}/approve", f"{API}/volunteers/{approved.id}/suspend"):
        kwargs = {"json": {}} if url.endswith("suspend") else {}
        assert_problem(client.post(url, **kwargs), 401)
        assert_problem(client.post(url, headers=auth.headers(resident), **kwargs), 403, "role_required")
        assert_problem(client.post(url, headers=auth.headers(approved.user), **kwargs), 403, "role_required")
        assert_problem(client.post(url, headers=auth.headers(other_staff), **kwargs), 404, "volunteer_not_found")
    assert_problem(client.post(f"{API}/volunteers/{approved.id + 100}/approve", headers=auth.headers(other_staff)),
                   404, "volunteer_not_found")
    # nothing moved
    with app.app_context():
        assert db.session.get(Volunteer, pending.id).status == "pending"
        assert db.session.get(Volunteer, approved.id).status == "approved"
    assert index_rows(app, pending.id) == []
    assert len(index_rows(app, approved.id)) == 2
    assert client.get(f"{API}/me", headers=auth.headers(pending.user)).get_json()["roles"] == ["resident"]


def test_admin_may_approve_anywhere(client, auth, community, skills):
    pending = factories.volunteer(community, skills, status="pending")
    resp = client.post(f"{API}/volunteers/{pending.id}/approve", headers=auth.headers(factories.user(roles=("admin",))))
    assert resp.status_code == 200 and resp.get_json()["status"] == "approved"


# GET /volunteers/{id}

def test_staff_get_a_volunteer(client, auth, community, skills, staff):
    volunteer = factories.volunteer(community, skills, name="张伟")
    resp = client.get(f"{API}/volunteers/{volunteer.id}", headers=auth.headers(staff))
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["id"] == volunteer.id and body["name"] == "张伟" and body["status"] == "approved"
    assert {"verified_minutes", "approved_minutes", "offers_received", "offers_accepted"} <= set(body)
    assert_problem(client.get(f"{API}/volunteers/{volunteer.id}"), 401)
    assert_problem(client.get(f"{API}/volunteers/{volunteer.id}", headers=auth.headers(volunteer.user)),
                   403, "role_required")
    assert_problem(client.get(f"{API}/volunteers/{volunteer.id}",
                              headers=auth.headers(factories.staff(factories.community()))),
                   404, "volunteer_not_found")
    assert_problem(client.get(f"{API}/volunteers/{volunteer.id + 100}", headers=auth.headers(staff)),
                   404, "volunteer_not_found")


# GET, PATCH /volunteers/me

def test_me_before_applying(client, auth):
    headers = auth.headers(factories.user())
    assert_problem(client.get(f"{API}/volunteers/me", headers=headers), 404, "volunteer_not_found")
    assert_problem(client.patch(f"{API}/volunteers/me", json={"max_active_orders": 2}, headers=headers),
                   404, "volunteer_not_found")
    assert_problem(client.get(f"{API}/volunteers/me"), 401)


def test_update_skills_moves_index_rows(app, client, auth, community, skills):
    volunteer = factories.volunteer(community, skills[:1], lat=29.5600, lng=106.5800)
    third = factories.category("理发")
    headers = auth.headers(volunteer.user)
    assert [r[1] for r in index_rows(app, volunteer.id)] == [skills[0].id]
    resp = client.patch(f"{API}/volunteers/me", json={"skills": [skills[1].id, third.id]}, headers=headers)
    assert resp.status_code == 200
    assert [s["id"] for s in resp.get_json()["skills"]] == sorted([skills[1].id, third.id])
    assert index_rows(app, volunteer.id) == sorted(
        ("home", c, geo.cell_of(29.56, 106.58), 29.56, 106.58, None) for c in (skills[1].id, third.id))


def test_update_home_moves_index_rows(app, client, auth, community, skills):
    volunteer = factories.volunteer(community, skills[:1])
    headers = auth.headers(volunteer.user)
    resp = client.patch(f"{API}/volunteers/me", json={"home_lat": 29.5500, "home_lng": 106.5700}, headers=headers)
    assert resp.status_code == 200
    assert index_rows(app, volunteer.id) == [("home", skills[0].id, geo.cell_of(29.55, 106.57), 29.55, 106.57, None)]


def test_update_availability_and_capacity(client, auth, community, skills):
    volunteer = factories.volunteer(community, skills)
    headers = auth.headers(volunteer.user)
    slots = [{"weekday": 6, "start": "00:00", "end": "24:00"}]
    resp = client.patch(f"{API}/volunteers/me", json={"availability": slots, "max_active_orders": 3}, headers=headers)
    assert resp.status_code == 200
    assert resp.get_json()["availability"] == slots and resp.get_json()["max_active_orders"] == 3
    again = client.get(f"{API}/volunteers/me", headers=headers).get_json()
    assert again["availability"] == slots and again["max_active_orders"] == 3


def test_pending_volunteer_may_edit_but_stays_out_of_the_index(app, client, auth, community, skills):
    volunteer = factories.volunteer(community, skills, status="pending")
    resp = client.patch(f"{API}/volunteers/me", json={"skills": [skills[1].id]}, headers=auth.headers(volunteer.user))
    assert resp.status_code == 200 and [s["id"] for s in resp.get_json()["skills"]] == [skills[1].id]
    assert index_rows(app, volunteer.id) == []


def test_going_on_duty_adds_fresh_live_rows(app, client, auth, community, skills):
    volunteer = factories.volunteer(community, skills, lat=29.5600, lng=106.5800)
    headers = auth.headers(volunteer.user)
    at = datetime(2025, 3, 3, 2, 0, tzinfo=timezone.utc)
    clock.set_time(at)
    resp = client.patch(f"{API}/volunteers/me", json={"on_duty": True, "lat": 29.5650, "lng": 106.5850},
                        headers=headers)
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["on_duty"] is True and body["live_lat"] == pytest.approx(29.565)
    assert body["live_at"].startswith("2025-03-03T02:00:00")
    live_cell, home_cell = geo.cell_of(29.565, 106.585), geo.cell_of(29.56, 106.58)
    fresh_until = at + timedelta(minutes=15)
    assert index_rows(app, volunteer.id) == sorted(
        [("home", s.id, home_cell, 29.56, 106.58, None) for s in skills]
        + [("live", s.id, live_cell, 29.565, 106.585, fresh_until) for s in skills])

    # a newer location ten minutes later moves the live rows and renews their freshness
    clock.set_time(at + timedelta(minutes=10))
    assert client.patch(f"{API}/volunteers/me", json={"lat": 29.5700, "lng": 106.5900},
                        headers=headers).status_code == 200
    live = [r for r in index_rows(app, volunteer.id) if r[0] == "live"]
    assert live == sorted(("live", s.id, geo.cell_of(29.57, 106.59), 29.57, 106.59,
                           at + timedelta(minutes=25)) for s in skills)

    # off duty: the live rows go, home stays
    assert client.patch(f"{API}/volunteers/me", json={"on_duty": False}, headers=headers).status_code == 200
    assert {r[0] for r in index_rows(app, volunteer.id)} == {"home"}


def test_on_duty_without_a_location_has_home_rows_only(app, client, auth, community, skills):
    volunteer = factories.volunteer(community, skills)
    resp = client.patch(f"{API}/volunteers/me", json={"on_duty": True}, headers=auth.headers(volunteer.user))
    assert resp.status_code == 200 and resp.get_json()["on_duty"] is True
    assert {r[0] for r in index_rows(app, volunteer.id)} == {"home"}


def test_a_location_sent_off_duty_is_kept_but_not_indexed(app, client, auth, community, skills):
    volunteer = factories.volunteer(community, skills)
    resp = client.patch(f"{API}/volunteers/me", json={"lat": 29.57, "lng": 106.59},
                        headers=auth.headers(volunteer.user))
    assert resp.status_code == 200 and resp.get_json()["live_lat"] == pytest.approx(29.57)
    assert {r[0] for r in index_rows(app, volunteer.id)} == {"home"}


@pytest.mark.parametrize("body, field", [
    ({"lat": 29.56}, "lng"),
    ({"lng": 106.58}, "lat"),
    ({"home_lat": 29.56}, "home_lng"),
    ({"lat": 95, "lng": 106.58}, "lat"),
    ({"skills": []}, "skills"),
    ({"availability": [{"weekday": 7, "start": "08:00", "end": "09:00"}]}, "availability"),
    ({"availability": [{"weekday": 1, "start": "09:00", "end": "08:00"}]}, "availability"),
    ({"max_active_orders": 0}, "max_active_orders"),
    ({"on_duty": "sometimes"}, "on_duty"),
    ({"status": "approved"}, "status"),
    ({"community_id": 5}, "community_id"),
])
def test_patch_me_validation_changes_nothing(app, client, auth, community, skills, body, field):
    volunteer = factories.volunteer(community, skills)
    headers = auth.headers(volunteer.user)
    before = client.get(f"{API}/volunteers/me", headers=headers).get_json()
    rows = index_rows(app, volunteer.id)
    assert_problem(client.patch(f"{API}/volunteers/me", json=body, headers=headers), 422, "validation_failed",
                   fields=[field])
    assert client.get(f"{API}/volunteers/me", headers=headers).get_json() == before
    assert index_rows(app, volunteer.id) == rows


def test_patch_me_unknown_skill_changes_nothing(app, client, auth, community, skills):
    volunteer = factories.volunteer(community, skills)
    headers = auth.headers(volunteer.user)
    before = client.get(f"{API}/volunteers/me", headers=headers).get_json()
    rows = index_rows(app, volunteer.id)
    assert_problem(client.patch(f"{API}/volunteers/me", json={"skills": [skills[0].id, 55555],
                                                              "max_active_orders": 5}, headers=headers),
                   422, "unknown_category", fields=["skills"])
    assert client.get(f"{API}/volunteers/me", headers=headers).get_json() == before
    assert index_rows(app, volunteer.id) == rows


@pytest.mark.parametrize("status", ["pending", "suspended"])
def test_only_an_approved_volunteer_goes_on_duty(app, client, auth, community, skills, status):
    volunteer = factories.volunteer(community, skills, status=status)
    headers = auth.headers(volunteer.user)
    before = client.get(f"{API}/volunteers/me", headers=headers).get_json()
    assert_problem(client.patch(f"{API}/volunteers/me", json={"on_duty": True, "lat": 29.56, "lng": 106.58,
                                                              "max_active_orders": 4},
                                headers=headers), 409, "volunteer_not_approved")
    after = client.get(f"{API}/volunteers/me", headers=headers).get_json()
    assert after == before and after["on_duty"] is False and after["live_lat"] is None
    assert index_rows(app, volunteer.id) == []
