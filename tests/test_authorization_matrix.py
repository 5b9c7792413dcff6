"""Every endpoint of the route table x every role, with the answer each must get.

Roles: anonymous; a resident (who placed the order); an approved volunteer of the community (the order is open
to them); staff of this community; staff of another community; an admin. The table is the design: a new route
without a row fails the test, and so does any answer that differs from its row. Each request runs in a savepoint
rolled back after it, so every row starts from the same world.
"""
import os

import pytest

from sqlalchemy import select

from app import clock
from tests import factories
from tests.wechat.conftest import fake, wechat_server  # noqa: F401  (fixtures)

ROLES = ("anonymous", "resident", "volunteer", "staff", "other_staff", "admin")
C = "/api/v1/communities/{community}"
O = "/api/v1/orders/{order}"
A = "/api/v1/activities/{activity}"
T = "/api/v1/teams/{team}"

# (method, rule): answers for anonymous, resident, volunteer, staff, other_staff, admin
MATRIX = {
    ("POST", "/api/v1/auth/login"): (200, 200, 200, 200, 200, 200),
    ("POST", "/api/v1/auth/refresh"): (200, 200, 200, 200, 200, 200),
    ("POST", "/api/v1/auth/logout"): (401, 204, 204, 204, 204, 204),
    ("POST", "/api/v1/auth/wechat"): (200, 200, 200, 200, 200, 200),
    ("POST", "/api/v1/auth/wechat/phone"): (401, 200, 200, 200, 200, 200),
    ("GET", "/api/v1/me"): (401, 200, 200, 200, 200, 200),
    ("PATCH", "/api/v1/me"): (401, 200, 200, 200, 200, 200),
    ("GET", "/api/v1/residents"): (401, 403, 403, 200, 200, 200),
    ("POST", "/api/v1/residents"): (401, 403, 403, 201, 201, 201),
    ("GET", "/api/v1/categories"): (200, 200, 200, 200, 200, 200),
    ("POST", "/api/v1/categories"): (401, 403, 403, 403, 403, 201),
    ("GET", "/api/v1/communities"): (200, 200, 200, 200, 200, 200),
    ("POST", "/api/v1/communities"): (401, 403, 403, 403, 403, 201),
    ("GET", C): (200, 200, 200, 200, 200, 200),
    ("PATCH", C): (401, 403, 403, 200, 403, 200),
    ("GET", C + "/menu"): (200, 200, 200, 200, 200, 200),
    ("GET", C + "/menu-items"): (401, 403, 403, 200, 403, 200),
    ("POST", C + "/menu-items"): (401, 403, 403, 201, 403, 201),
    ("PATCH", "/api/v1/menu-items/{item}"): (401, 403, 403, 200, 403, 200),
    ("DELETE", "/api/v1/menu-items/{item}"): (401, 403, 403, 204, 403, 204),
    ("GET", C + "/volunteers"): (401, 403, 403, 200, 403, 200),
    ("GET", C + "/follow-ups"): (401, 403, 403, 200, 403, 200),
    ("GET", C + "/stats"): (401, 403, 403, 200, 403, 200),
    ("GET", C + "/leaderboard"): (200, 200, 200, 200, 200, 200),
    ("GET", C + "/rewards"): (200, 200, 200, 200, 200, 200),
    ("POST", C + "/rewards"): (401, 403, 403, 201, 403, 201),
    ("GET", C + "/points-reversals"): (401, 403, 403, 200, 403, 200),
    ("PATCH", "/api/v1/rewards/{reward}"): (401, 403, 403, 200, 403, 200),
    ("POST", "/api/v1/volunteers"): (401, 201, 409, 201, 201, 201),
    ("GET", "/api/v1/volunteers/me"): (401, 404, 200, 404, 404, 404),
    ("PATCH", "/api/v1/volunteers/me"): (401, 404, 200, 404, 404, 404),
    ("GET", "/api/v1/volunteers/me/tasks"): (401, 403, 200, 403, 403, 403),
    ("GET", "/api/v1/volunteers/{volunteer}"): (401, 403, 403, 200, 404, 200),
    ("POST", "/api/v1/volunteers/{volunteer}/approve"): (401, 403, 403, 200, 404, 200),
    ("POST", "/api/v1/volunteers/{volunteer}/suspend"): (401, 403, 403, 200, 404, 200),
    ("POST", "/api/v1/orders"): (401, 201, 403, 201, 403, 201),
    ("GET", "/api/v1/orders"): (401, 200, 200, 200, 200, 200),
    ("GET", "/api/v1/orders/open"): (401, 403, 200, 403, 403, 403),
    ("GET", O): (401, 200, 200, 200, 404, 200),
    ("POST", O + "/cancel"): (401, 200, 403, 200, 404, 200),
    ("GET", O + "/candidates"): (401, 403, 403, 200, 404, 200),
    ("POST", O + "/dispatch"): (401, 403, 403, 201, 404, 201),
    ("POST", O + "/accept"): (401, 403, 409, 403, 403, 403),
    ("POST", O + "/decline"): (401, 403, 409, 403, 403, 403),
    ("POST", O + "/claim"): (401, 403, 200, 403, 403, 403),
    ("POST", O + "/release"): (401, 403, 403, 409, 404, 409),  # the order is pending: nothing to hand back
    ("POST", O + "/reassign"): (401, 403, 403, 409, 404, 409),
    ("POST", O + "/check-in"): (401, 403, 403, 403, 403, 403),
    ("POST", O + "/check-out"): (401, 403, 403, 403, 403, 403),
    ("POST", O + "/rating"): (401, 409, 403, 403, 404, 403),
    ("POST", O + "/minutes-review"): (401, 403, 403, 409, 404, 409),
    ("POST", O + "/points-reversal"): (401, 403, 403, 201, 404, 201),  # nothing awarded yet: reverses 0
    ("POST", "/api/v1/follow-ups/{follow_up}/close"): (401, 403, 403, 200, 404, 200),
    ("POST", "/api/v1/points/adjustments"): (401, 403, 403, 201, 404, 201),
    ("GET", "/api/v1/points/me"): (401, 403, 200, 403, 403, 403),
    ("GET", "/api/v1/points/me/entries"): (401, 403, 200, 403, 403, 403),
    ("POST", "/api/v1/redemptions"): (401, 403, 201, 403, 403, 403),
    ("GET", "/api/v1/redemptions"): (401, 403, 200, 200, 200, 200),
    ("POST", "/api/v1/redemptions/{redemption}/fulfill"): (401, 403, 403, 200, 404, 200),
    ("POST", "/api/v1/redemptions/{redemption}/cancel"): (401, 403, 403, 200, 404, 200),
    ("POST", "/api/v1/redemptions/{redemption}/pickup-code"): (401, 403, 403, 200, 404, 200),
    ("GET", "/api/v1/notifications"): (401, 200, 200, 200, 200, 200),
    ("POST", "/api/v1/notifications/{notification}/read"): (401, 200, 404, 404, 404, 404),
    ("GET", "/api/v1/volunteers/me/record"): (401, 404, 200, 404, 404, 404),
    ("POST", "/api/v1/volunteers/me/certificates"): (401, 404, 201, 404, 404, 404),
    ("GET", "/api/v1/certificates/{code}.pdf"): (200, 200, 200, 200, 200, 200),
    ("GET", "/api/v1/certificates/{code}"): (200, 200, 200, 200, 200, 200),
    ("POST", "/api/v1/certificates/{code}/revoke"): (401, 403, 403, 200, 403, 200),
    **{("GET", C + f"/exports/{dataset}.{fmt}"): (401, 403, 403, 200, 403, 200)
       for dataset in ("volunteers", "services", "orders") for fmt in ("csv", "xlsx")},
    ("GET", "/api/v1/me/export"): (401, 200, 200, 200, 200, 200),
    ("DELETE", "/api/v1/me"): (401, 204, 204, 204, 204, 204),  # open orders cancelled, redemptions refunded
    ("GET", "/api/v1/stats/areas"): (401, 403, 403, 200, 200, 200),
    # Teams: the volunteer leads {team}; {member} asked to join it.
    ("POST", C + "/teams"): (401, 403, 403, 201, 403, 201),
    ("GET", C + "/teams"): (401, 200, 200, 200, 200, 200),
    ("GET", T): (401, 200, 200, 200, 200, 200),
    ("PATCH", T): (401, 403, 403, 200, 403, 200),
    ("POST", T + "/join"): (401, 403, 409, 403, 403, 403),  # the volunteer is in it already
    ("POST", T + "/members/{member}/approve"): (401, 403, 200, 200, 403, 200),
    ("DELETE", T + "/members/{member}"): (401, 403, 204, 204, 403, 204),
    ("GET", "/api/v1/volunteers/me/teams"): (401, 403, 200, 403, 403, 403),
    ("POST", "/api/v1/orders/{team_order}/assign"): (401, 403, 201, 403, 403, 403),
    # Activities: {activity} has started and the volunteer has a place; {signup} waits for review (another one's).
    ("POST", C + "/activities"): (401, 403, 403, 201, 403, 201),
    ("GET", C + "/activities"): (200, 200, 200, 200, 200, 200),
    ("GET", "/api/v1/activities/nearby"): (401, 403, 200, 403, 403, 403),
    ("GET", A): (200, 200, 200, 200, 200, 200),
    ("POST", A + "/signups"): (401, 403, 409, 403, 403, 403),  # signed up already
    ("DELETE", A + "/signups/me"): (401, 404, 200, 404, 404, 404),
    ("GET", A + "/signups"): (401, 403, 403, 200, 403, 200),
    ("GET", A + "/sign-in-code"): (401, 403, 403, 200, 403, 200),
    ("POST", A + "/check-in"): (401, 403, 200, 403, 403, 403),
    ("POST", A + "/check-out"): (401, 403, 409, 403, 403, 403),  # not checked in
    ("POST", A + "/close"): (401, 403, 403, 200, 403, 200),
    ("POST", A + "/cancel"): (401, 403, 403, 200, 403, 200),
    ("POST", "/api/v1/signups/{signup}/minutes-review"): (401, 403, 403, 200, 403, 200),
    ("GET", "/api/v1/volunteers/me/activities"): (401, 403, 200, 403, 403, 403),
}


def _to_rule(path: str) -> str:
    import re

    names = {"community": "community_id", "item": "item_id", "reward": "reward_id", "volunteer": "volunteer_id",
             "order": "order_id", "follow_up": "follow_up_id", "redemption": "redemption_id",
             "notification": "notification_id", "team": "team_id", "member": "volunteer_id",
             "team_order": "order_id", "activity": "activity_id", "signup": "signup_id"}
    strings = {"code"}  # certificate codes: the default string converter
    return re.sub(r"\{(\w+)\}", lambda m: f"<{m.group(1)}>" if m.group(1) in strings else f"<int:{names[m.group(1)]}>",
                  path)


def test_every_route_has_a_row(app):
    routes = {(method, rule.rule) for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/v1/")
              and rule.endpoint != "api-docs.openapi_json"
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    rows = {(method, _to_rule(path)) for method, path in MATRIX}
    assert routes - rows == set(), "routes without a row in the authorization matrix"
    assert rows - routes == set(), "rows for routes that no longer exist"


@pytest.fixture
def world(auth, fake):  # noqa: F811
    from app.extensions import db
    from app.notify.models import Notification
    from app.orders import acceptance, ratings, visits
    from app.orders.models import FollowUp
    from app.points import earning
    from app.points import shop

    community = factories.community()
    other_community = factories.community()
    category = factories.category()
    item = factories.menu_item(community, category)
    staff = factories.staff(community, password="staffpass1")
    other_staff = factories.staff(other_community)
    admin = factories.user(roles=("admin",))
    resident = factories.user(roles=("resident",))
    volunteer = factories.volunteer(community, [category])
    order = factories.order(item, resident)
    # a low rating with its follow-up, a redemption, a reward and the resident's notification
    rated = factories.order(item, resident)
    with factories.context():
        rated = db.session.merge(rated)
        other = factories.volunteer(community, [category])
        acceptance.claim(order=rated, user=db.session.merge(other.user))
        here = dict(lat=community.lat, lng=community.lng)
        visits.check_in(order=rated, user=db.session.merge(other.user), **here)
        visits.check_out(order=rated, user=db.session.merge(other.user), **here)
        ratings.rate(order=rated, user=db.session.merge(resident), stars=1)
        follow_up = db.session.scalar(select(FollowUp).where(FollowUp.order_id == rated.id))
        earning.adjust(volunteer=db.session.merge(volunteer), amount=500, reason="matrix",
                              staff_user=db.session.merge(staff))
        reward = shop.create_reward(community=db.session.merge(community), user=db.session.merge(staff),
                                    reward_in={"name": "大米", "cost_points": 10, "stock": 10, "active": True})
        redemption = shop.redeem(user=db.session.merge(volunteer.user), reward_id=reward.id, quantity=1)
        notification = db.session.scalar(select(Notification).where(Notification.user_id == resident.id))
        from app.records import certificates
        from app.records import service as records_service

        records_service.register_real_name(user=db.session.merge(volunteer.user), real_name_in={
            "real_name": "张伟", "id_number": "11010519491231002X"})
        certificate = certificates.issue(volunteer=db.session.merge(volunteer), user=db.session.merge(volunteer.user),
                                         start=clock.now().date().replace(year=2020), end=clock.now().date())
        teams_and_activities = _teams_and_activities(community, category, item, resident, volunteer)
        db.session.commit()
    users = {"resident": resident, "volunteer": volunteer.user, "staff": staff, "other_staff": other_staff,
             "admin": admin}
    tokens = {role: auth.tokens(user) for role, user in users.items()}
    return {
        "ids": {"community": community.id, "item": item.id, "reward": reward.id, "volunteer": volunteer.id,
                "order": order.id, "follow_up": follow_up.id, "redemption": redemption.id,
                "notification": notification.id, "code": certificate.code, **teams_and_activities},
        "tokens": tokens, "users": users, "community": community, "item": item, "category": category,
        "resident": resident, "volunteer": volunteer, "staff": staff, "reward": reward,
    }


def _teams_and_activities(community, category, item, resident, volunteer) -> dict:
    """A team the volunteer leads, with a member and a request to join, and an order handed to it; an activity that
    has started, where the volunteer has a place; and another's sign-up whose minutes wait for review."""
    from app.activities import attendance, signups
    from app.extensions import db
    from app.orders import dispatch

    member, asking, reviewed = (factories.volunteer(community, [category]) for _ in range(3))
    team = factories.team(community, leaders=[volunteer], members=[member])
    with factories.context():
        team_order = factories.order(item, resident)
        admin = db.session.merge(factories.user(roles=("admin",)))
        dispatch.dispatch_to_team(order=db.session.merge(team_order), staff_user=admin, team_id=team.id)
        from app.teams import membership

        membership.join(team=db.session.merge(team), user=db.session.merge(asking.user))
        from datetime import timedelta

        open_until = clock.now() + timedelta(hours=1)
        activity = factories.activity(community, category, start_in_hours=0, signup_deadline=open_until)
        signups.sign_up(activity=db.session.merge(activity), user=db.session.merge(volunteer.user))
        past = factories.activity(community, category, start_in_hours=-1, signup_deadline=open_until)
        past = db.session.merge(past)
        signups.sign_up(activity=past, user=db.session.merge(reviewed.user))
        far = {"lat": community.lat + 0.02, "lng": community.lng, "code": "000000"}
        attendance.check_in(activity=past, user=db.session.merge(reviewed.user), **far)
        signup = attendance.check_out(activity=past, user=db.session.merge(reviewed.user), **far)
        assert signup.minutes_status == "pending_review"
        return {"team": team.id, "member": asking.id, "assignee": member.id, "team_order": team_order.id,
                "activity": activity.id, "signup": signup.id}


def _body(method, path, world, role):
    w = world
    start = clock.now().replace(microsecond=0)
    window = {"window_start": (start + _hours(1)).isoformat(), "window_end": (start + _hours(4)).isoformat()}
    bodies = {
        ("POST", "/api/v1/auth/login"): {"phone": w["staff"].phone, "password": "staffpass1"},
        ("POST", "/api/v1/auth/refresh"): {"refresh_token": w["tokens"].get(role, w["tokens"]["staff"])[
            "refresh_token"]},
        ("POST", "/api/v1/auth/wechat"): {"code": f"matrix-{role}"},
        ("POST", "/api/v1/auth/wechat/phone"): {"code": f"phone-{role}"},
        ("PATCH", "/api/v1/me"): {"name": "新名字"},
        ("POST", "/api/v1/residents"): {"phone": "13799990000", "name": "陈大爷"},
        ("POST", "/api/v1/categories"): {"name": "新类别"},
        ("POST", "/api/v1/communities"): {"name": "新社区", "lat": 29.5, "lng": 106.5},
        ("PATCH", C): {"dispatch_policy": "manual"},
        ("POST", C + "/menu-items"): {"category_id": w["category"].id, "name": "新项目", "points": 5,
                                      "expected_minutes": 30},
        ("PATCH", "/api/v1/menu-items/{item}"): {"points": 7},
        ("POST", C + "/rewards"): {"name": "新奖品", "cost_points": 5, "stock": 3},
        ("PATCH", "/api/v1/rewards/{reward}"): {"stock": 20},
        ("POST", "/api/v1/volunteers"): {"community_id": w["community"].id, "skills": [w["category"].id],
                                         "home_lat": w["community"].lat, "home_lng": w["community"].lng},
        ("PATCH", "/api/v1/volunteers/me"): {"on_duty": True},
        ("POST", "/api/v1/volunteers/{volunteer}/suspend"): {"reason": "matrix"},
        ("POST", "/api/v1/orders"): {"menu_item_id": w["item"].id, "resident_id": w["resident"].id,
                                     "address": "民生路 1 号", "lat": w["community"].lat, "lng": w["community"].lng,
                                     **window},
        ("POST", O + "/cancel"): {"reason": "matrix"},
        ("POST", O + "/dispatch"): {"volunteer_id": w["volunteer"].id},
        ("POST", O + "/decline"): {"reason": "matrix"},
        ("POST", O + "/release"): {"reason": "matrix"},
        ("POST", O + "/reassign"): {"volunteer_id": w["volunteer"].id, "reason": "matrix"},
        ("POST", O + "/check-in"): {"lat": w["community"].lat, "lng": w["community"].lng},
        ("POST", O + "/check-out"): {"lat": w["community"].lat, "lng": w["community"].lng},
        ("POST", O + "/rating"): {"stars": 5},
        ("POST", O + "/minutes-review"): {"approve": True},
        ("POST", O + "/points-reversal"): {"reason": "matrix"},
        ("POST", "/api/v1/follow-ups/{follow_up}/close"): {"outcome": "已回访"},
        ("POST", "/api/v1/points/adjustments"): {"volunteer_id": w["volunteer"].id, "amount": 5, "reason": "matrix"},
        ("POST", "/api/v1/redemptions"): {"reward_id": w["reward"].id, "quantity": 1},
        ("POST", "/api/v1/redemptions/{redemption}/fulfill"): {"pickup_code": w["pickup_code"]},
        ("POST", "/api/v1/volunteers/me/certificates"): {"from": "2020-01-01", "to": "2020-12-31"},
        ("POST", "/api/v1/certificates/{code}/revoke"): {"reason": "matrix"},
        ("POST", C + "/teams"): {"name": "新队伍", "leader_ids": [w["volunteer"].id]},
        ("PATCH", T): {"name": "新队名"},
        ("POST", "/api/v1/orders/{team_order}/assign"): {"volunteer_id": w["ids"]["assignee"]},
        ("POST", C + "/activities"): {"title": "清洁日", "category_id": w["category"].id, "address": "广场",
                                      "lat": w["community"].lat, "lng": w["community"].lng,
                                      "start": window["window_start"], "end": window["window_end"], "quota": 5},
        ("POST", A + "/check-in"): {"lat": w["community"].lat, "lng": w["community"].lng, "code": "123456"},
        ("POST", A + "/check-out"): {"lat": w["community"].lat, "lng": w["community"].lng, "code": "123456"},
        ("POST", A + "/cancel"): {"reason": "matrix"},
        ("POST", "/api/v1/signups/{signup}/minutes-review"): {"approve": True},
    }
    return bodies.get((method, path), {} if method in ("POST", "PATCH") else None)


def _hours(n):
    from datetime import timedelta

    return timedelta(hours=n)


def test_each_role_gets_the_designed_answer(app, client, world, _isolation):
    from app.extensions import db
    from app.points.models import Redemption

    with app.app_context():
        world["pickup_code"] = db.session.get(Redemption, world["ids"]["redemption"]).pickup_code
    queries = {"/api/v1/residents": "?phone=" + world["resident"].phone}
    mismatches, table = [], []
    for (method, path), expected in MATRIX.items():
        url = path.format(**world["ids"]) + (queries.get(path, "") if method == "GET" else "")
        got = []
        for role, want in zip(ROLES, expected):
            headers = {} if role == "anonymous" else {
                "Authorization": f"Bearer {world['tokens'][role]['access_token']}"}
            savepoint = _isolation.begin_nested()
            try:
                resp = client.open(url, method=method, json=_body(method, path, world, role), headers=headers)
                resp.get_data()  # a streamed export reads the database as it is sent: inside the savepoint
                resp.close()
            finally:
                savepoint.rollback()
            got.append(resp.status_code)
            if resp.status_code != want:
                mismatches.append(f"{method} {path} as {role}: {resp.status_code} "
                                  f"{(resp.get_json() or {}).get('code')} (designed: {want})")
        table.append(f"    ({method!r}, {path!r}): {tuple(got)},")
    if os.environ.get("MATRIX_PRINT"):
        print("\n".join(table))
    assert not mismatches, "\n".join(mismatches)
