"""Points and the rewards shop through HTTP: each endpoint's behaviour, each bad input (422, nothing changed),
and each role refused (401 anonymous, 403 wrong role or other community's staff, 404 what the caller may not
see)."""
import json
from types import SimpleNamespace

import pytest

from app.points import shop
from tests import factories
from tests.points import helpers as h
from tests.points.helpers import API, assert_problem


@pytest.fixture
def community():
    return factories.community(name="民生路社区")


@pytest.fixture
def staff(community):
    return factories.staff(community, name="社工李敏")


@pytest.fixture
def volunteer(community):
    return h.volunteer(community, name="张志愿")


@pytest.fixture
def other_staff():
    return factories.staff(factories.community(name="别的社区"))


@pytest.fixture
def admin():
    return factories.user(roles=("admin",))


@pytest.fixture
def resident():
    return factories.user(roles=("resident",))


def counts():
    """Everything a refused request must leave alone."""
    from sqlalchemy import func, select

    from app.extensions import db
    from app.points.models import LedgerEntry, PointsReversal, Redemption, Reward

    with factories.context():
        return {m.__name__: db.session.scalar(select(func.count()).select_from(m))
                for m in (LedgerEntry, Redemption, Reward, PointsReversal)}


# GET /points/me

def test_my_points(client, auth, community, volunteer, staff):
    h.fund(volunteer, 40, staff=staff)
    reward = h.reward(community, cost_points=15)
    client.post(f"{API}/redemptions", json={"reward_id": reward.id}, headers=auth.headers(volunteer.user))
    body = client.get(f"{API}/points/me", headers=auth.headers(volunteer.user)).get_json()
    assert body == {"balance": 25, "earned_total": 40, "redeemed_total": 15, "expired_total": 0,
                    "verified_minutes": 0, "rank": 1, "rank_period": "month"}


def test_my_points_need_a_volunteer_profile(client, auth):
    no_profile = factories.user(roles=("volunteer",))
    assert_problem(client.get(f"{API}/points/me", headers=auth.headers(no_profile)), 404, "volunteer_not_found")
    assert_problem(client.get(f"{API}/points/me/entries", headers=auth.headers(no_profile)), 404)


# GET /points/me/entries

def test_my_statement_newest_first_signed_from_my_side(client, auth, community, volunteer, staff):
    h.fund(volunteer, 30, staff=staff)
    reward = h.reward(community, cost_points=10)
    redemption = client.post(f"{API}/redemptions", json={"reward_id": reward.id, "quantity": 2},
                             headers=auth.headers(volunteer.user)).get_json()
    client.post(f"{API}/redemptions/{redemption['id']}/cancel", headers=auth.headers(staff))
    resp = client.get(f"{API}/points/me/entries?page_size=2", headers=auth.headers(volunteer.user))
    assert resp.status_code == 200
    assert json.loads(resp.headers["X-Pagination"]) == {"total": 3, "total_pages": 2, "page": 1, "page_size": 2}
    refund, spend = resp.get_json()["items"]
    assert (refund["kind"], refund["amount"], refund["redemption_id"]) == ("redemption_refund", 20, redemption["id"])
    assert refund["corrects_entry_id"] == spend["id"] and refund["adjusted_by"] == staff.id
    assert (spend["kind"], spend["amount"], spend["order_id"]) == ("redemption", -20, None)
    first = client.get(f"{API}/points/me/entries?page=2&page_size=2", headers=auth.headers(volunteer.user))
    [funding] = first.get_json()["items"]
    assert funding["amount"] == 30 and funding["reason"] == "开户" and funding["adjusted_by_name"] == "社工李敏"
    assert set(funding) == {"id", "amount", "kind", "reason", "order_id", "redemption_id", "activity_id",
                            "corrects_entry_id", "adjusted_by", "adjusted_by_name", "created_at"}


def test_statement_of_a_new_volunteer_is_empty(client, auth, volunteer):
    resp = client.get(f"{API}/points/me/entries", headers=auth.headers(volunteer.user))
    assert resp.get_json() == {"items": []}


def test_statement_bad_paging(client, auth, volunteer):
    for query in ("page=0", "page_size=101", "page=x"):
        assert_problem(client.get(f"{API}/points/me/entries?{query}", headers=auth.headers(volunteer.user)),
                       422, "validation_failed")


# GET /communities/{id}/leaderboard

def test_leaderboard_is_public_and_shows_names_not_phones(client, community, staff):
    a, b = h.volunteer(community, name="甲"), h.volunteer(community, name="乙")
    h.fund(a, 5, staff=staff)
    h.fund(b, 9, staff=staff)
    resp = client.get(f"{API}/communities/{community.id}/leaderboard")
    assert resp.status_code == 200
    assert resp.get_json()["items"] == [{"rank": 1, "volunteer_id": b.id, "name": "乙", "points": 9},
                                        {"rank": 2, "volunteer_id": a.id, "name": "甲", "points": 5}]
    assert client.get(f"{API}/communities/{community.id}/leaderboard?period=all").get_json()["items"][0]["points"] == 9


def test_leaderboard_refusals(client, community):
    assert_problem(client.get(f"{API}/communities/{community.id}/leaderboard?period=year"), 422)
    assert_problem(client.get(f"{API}/communities/999999/leaderboard"), 404, "community_not_found")
    assert_problem(client.get(f"{API}/communities/{2**70}/leaderboard"), 404)


# POST /points/adjustments

def test_staff_adjust_a_volunteer_of_their_community(client, auth, community, volunteer, staff):
    resp = client.post(f"{API}/points/adjustments", headers=auth.headers(staff),
                       json={"volunteer_id": volunteer.id, "amount": 25, "reason": "补录重阳节活动"})
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert body["balance"] == 25 and body["volunteer_id"] == volunteer.id
    assert body["entry"]["amount"] == 25 and body["entry"]["adjusted_by"] == staff.id
    resp = client.post(f"{API}/points/adjustments", headers=auth.headers(staff),
                       json={"volunteer_id": volunteer.id, "amount": -5, "reason": "误发更正",
                             "corrects_entry_id": body["entry"]["id"]})
    assert resp.status_code == 201 and resp.get_json()["balance"] == 20
    assert resp.get_json()["entry"]["corrects_entry_id"] == body["entry"]["id"]


def test_admins_adjust_anyone(client, auth, volunteer, admin):
    resp = client.post(f"{API}/points/adjustments", headers=auth.headers(admin),
                       json={"volunteer_id": volunteer.id, "amount": 3, "reason": "区级表彰"})
    assert resp.status_code == 201


def test_a_debit_beyond_the_balance_is_a_409(client, auth, volunteer, staff):
    h.fund(volunteer, 10, staff=staff)
    before = counts()
    resp = client.post(f"{API}/points/adjustments", headers=auth.headers(staff),
                       json={"volunteer_id": volunteer.id, "amount": -11, "reason": "扣回"})
    assert_problem(resp, 409, "insufficient_points")
    assert counts() == before and h.balance(volunteer) == 10


@pytest.mark.parametrize("body, field", [
    ({"amount": 0}, "amount"),
    ({"amount": 1.5}, "amount"),
    ({"amount": "5"}, "amount"),
    ({"amount": True}, "amount"),
    ({"amount": 100_001}, "amount"),
    ({"amount": None}, "amount"),
    ({"reason": ""}, "reason"),
    ({"reason": "   "}, "reason"),
    ({"reason": "x" * 201}, "reason"),
    ({"reason": None}, "reason"),
    ({"volunteer_id": 2**70}, "volunteer_id"),
    ({"corrects_entry_id": 0}, "corrects_entry_id"),
    ({"created_by": 1}, "created_by"),
])
def test_bad_adjustments_are_422_and_change_nothing(client, auth, volunteer, staff, body, field):
    before = counts()
    payload = {"volunteer_id": volunteer.id, "amount": 5, "reason": "调整", **body}
    resp = client.post(f"{API}/points/adjustments", headers=auth.headers(staff), json=payload)
    problem = assert_problem(resp, 422)
    assert field in problem["errors"]
    assert counts() == before


def test_missing_fields_and_malformed_bodies(client, auth, staff):
    problem = assert_problem(client.post(f"{API}/points/adjustments", headers=auth.headers(staff), json={}), 422)
    assert set(problem["errors"]) == {"volunteer_id", "amount", "reason"}
    resp = client.post(f"{API}/points/adjustments", headers={**auth.headers(staff), "Content-Type": "application/json"},
                       data="{not json")
    assert_problem(resp, 400, "malformed_body")


def test_adjusting_an_unknown_volunteer_is_a_404(client, auth, admin):
    resp = client.post(f"{API}/points/adjustments", headers=auth.headers(admin),
                       json={"volunteer_id": 10**9, "amount": 5, "reason": "调整"})
    assert_problem(resp, 404, "volunteer_not_found")


def test_adjustment_replayed_with_an_idempotency_key_moves_points_once(client, auth, volunteer, staff):
    headers = auth.headers(staff, **{"Idempotency-Key": "adj-1"})
    body = {"volunteer_id": volunteer.id, "amount": 7, "reason": "奖励"}
    first = client.post(f"{API}/points/adjustments", json=body, headers=headers)
    again = client.post(f"{API}/points/adjustments", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true" and again.get_json() == first.get_json()
    assert h.balance(volunteer) == 7 and len(h.entries()) == 1


# POST /orders/{id}/points-reversal and GET /communities/{id}/points-reversals

def test_staff_reverse_an_orders_points_once(client, auth, community, volunteer, staff):
    from app.extensions import db
    from app.points import earning

    order = h.order(volunteer, points=10)
    with factories.context():
        earning.award_completion(order=db.session.merge(order))  # in the caller's transaction: commit it
        db.session.commit()
    h.fund(volunteer, -4, staff=staff)  # 6 left of 10
    resp = client.post(f"{API}/orders/{order.id}/points-reversal", json={"reason": "居民投诉"},
                       headers=auth.headers(staff))
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert (body["awarded"], body["reversed"], body["shortfall"]) == (10, 6, 4)
    assert body["created_by_id"] == staff.id and len(body["entry_ids"]) == 1
    assert h.balance(volunteer) == 0
    again = client.post(f"{API}/orders/{order.id}/points-reversal", json={"reason": "再次"},
                        headers=auth.headers(staff))
    assert_problem(again, 409, "points_already_reversed")
    listed = client.get(f"{API}/communities/{community.id}/points-reversals?shortfall_only=true",
                        headers=auth.headers(staff)).get_json()["items"]
    assert [(r["order_id"], r["shortfall"], r["entry_ids"]) for r in listed] == [(order.id, 4, body["entry_ids"])]
    assert h.verify() == []


def test_reversal_input(client, auth, community, volunteer, staff):
    url = f"{API}/orders/{h.order(volunteer).id}/points-reversal"
    for body in ({}, {"reason": " "}, {"reason": "x" * 201}, {"reason": "x", "amount": 3}):
        assert_problem(client.post(url, json=body, headers=auth.headers(staff)), 422)
    for order_id in (999999, 2**70):
        assert_problem(client.post(f"{API}/orders/{order_id}/points-reversal", json={"reason": "x"},
                                   headers=auth.headers(staff)), 404)
    assert counts()["PointsReversal"] == 0


# Rewards: GET, POST /communities/{id}/rewards and PATCH /rewards/{id}

def test_staff_stock_the_shop_and_anyone_browses_it(client, auth, community, staff):
    resp = client.post(f"{API}/communities/{community.id}/rewards", headers=auth.headers(staff),
                       json={"name": "大米 5kg", "description": "东北大米", "cost_points": 200, "stock": 10})
    assert resp.status_code == 201, resp.get_json()
    rice = resp.get_json()
    assert rice["active"] is True and rice["community_id"] == community.id and rice["stock"] == 10
    client.post(f"{API}/communities/{community.id}/rewards", headers=auth.headers(staff),
                json={"name": "毛巾", "cost_points": 30, "active": False})
    listed = client.get(f"{API}/communities/{community.id}/rewards")
    assert listed.status_code == 200 and "X-Pagination" in listed.headers
    assert [r["name"] for r in listed.get_json()["items"]] == ["大米 5kg", "毛巾"]
    active = client.get(f"{API}/communities/{community.id}/rewards?active=true").get_json()["items"]
    assert [r["name"] for r in active] == ["大米 5kg"]
    inactive = client.get(f"{API}/communities/{community.id}/rewards?active=false").get_json()["items"]
    assert [r["name"] for r in inactive] == ["毛巾"]


def test_patch_a_reward(client, auth, community, staff, volunteer):
    reward = h.reward(community, cost_points=10, stock=5)
    h.fund(volunteer, 100, staff=staff)
    client.post(f"{API}/redemptions", json={"reward_id": reward.id, "quantity": 2},
                headers=auth.headers(volunteer.user))
    resp = client.patch(f"{API}/rewards/{reward.id}", headers=auth.headers(staff),
                        json={"stock": 8, "cost_points": 12, "active": False, "name": "新名字"})
    assert resp.status_code == 200, resp.get_json()
    body = resp.get_json()
    assert (body["stock"], body["cost_points"], body["active"], body["name"]) == (8, 12, False, "新名字")
    assert h.verify() == []  # stock 8 + 2 redeemed == 10 stocked


def test_unknown_rewards_and_communities(client, auth, community, staff):
    body = {"name": "牙膏", "cost_points": 20, "stock": 3}
    assert_problem(client.post(f"{API}/communities/999999/rewards", json=body, headers=auth.headers(staff)), 404,
                   "community_not_found")
    assert_problem(client.patch(f"{API}/rewards/999999", json={"stock": 1}, headers=auth.headers(staff)),
                   404, "reward_not_found")
    assert_problem(client.patch(f"{API}/rewards/{2**70}", json={"stock": 1}, headers=auth.headers(staff)), 404)
    assert_problem(client.get(f"{API}/communities/999999/rewards"), 404)
    assert counts()["Reward"] == 0


@pytest.mark.parametrize("body, field", [
    ({"cost_points": 0}, "cost_points"),
    ({"cost_points": -5}, "cost_points"),
    ({"cost_points": "20"}, "cost_points"),
    ({"cost_points": 2.5}, "cost_points"),
    ({"stock": -1}, "stock"),
    ({"stock": 10**7}, "stock"),
    ({"name": ""}, "name"),
    ({"name": "x" * 101}, "name"),
    ({"active": "maybe"}, "active"),
    ({"stock_total": 5}, "stock_total"),
])
def test_bad_rewards_are_422_and_change_nothing(client, auth, community, staff, body, field):
    reward = h.reward(community, cost_points=10, stock=5)
    before = counts()
    created = client.post(f"{API}/communities/{community.id}/rewards", headers=auth.headers(staff),
                          json={"name": "牙膏", "cost_points": 20, "stock": 3, **body})
    assert field in assert_problem(created, 422)["errors"]
    patched = client.patch(f"{API}/rewards/{reward.id}", headers=auth.headers(staff), json=body)
    assert field in assert_problem(patched, 422)["errors"]
    assert counts() == before and h.stock(reward) == 5


def test_rewards_query_validation(client, community):
    assert_problem(client.get(f"{API}/communities/{community.id}/rewards?active=perhaps"), 422)


# POST /redemptions

def test_redeem_debits_points_and_stock_together(client, auth, community, staff, volunteer):
    h.fund(volunteer, 100, staff=staff)
    reward = h.reward(community, cost_points=30, stock=5)
    resp = client.post(f"{API}/redemptions", json={"reward_id": reward.id, "quantity": 2},
                       headers=auth.headers(volunteer.user))
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert (body["points"], body["quantity"], body["status"], body["reward_name"]) == (60, 2, "pending", reward.name)
    code = body["pickup_code"]
    assert len(code) == 8 and set(code) <= set(shop.PICKUP_ALPHABET)
    assert h.balance(volunteer) == 40 and h.stock(reward) == 3
    assert h.verify() == []


def test_redeem_conflicts_change_nothing(client, auth, community, staff, volunteer):
    h.fund(volunteer, 50, staff=staff)
    reward = h.reward(community, cost_points=30, stock=1)
    headers = auth.headers(volunteer.user)
    before = counts()
    assert_problem(client.post(f"{API}/redemptions", json={"reward_id": reward.id, "quantity": 2},
                               headers=headers), 409, "out_of_stock")
    rich = h.reward(community, cost_points=51, stock=9)
    before = counts()
    assert_problem(client.post(f"{API}/redemptions", json={"reward_id": rich.id}, headers=headers),
                   409, "insufficient_points")
    assert counts() == before and h.stock(rich) == 9 and h.stock(reward) == 1 and h.balance(volunteer) == 50
    inactive = h.reward(community, active=False)
    assert_problem(client.post(f"{API}/redemptions", json={"reward_id": inactive.id}, headers=headers),
                   409, "reward_inactive")
    elsewhere = h.reward(factories.community())
    assert_problem(client.post(f"{API}/redemptions", json={"reward_id": elsewhere.id}, headers=headers),
                   403, "reward_other_community")
    assert_problem(client.post(f"{API}/redemptions", json={"reward_id": 999999}, headers=headers),
                   404, "reward_not_found")
    assert counts()["Redemption"] == 0 and h.balance(volunteer) == 50


def test_only_approved_volunteers_redeem(client, auth, community):
    reward = h.reward(community)
    pending = h.volunteer(community, status="pending")
    assert_problem(client.post(f"{API}/redemptions", json={"reward_id": reward.id},
                               headers=auth.headers(pending.user)), 403, "volunteer_not_approved")
    assert_problem(client.post(f"{API}/redemptions", json={"reward_id": reward.id},
                               headers=auth.headers(factories.user(roles=("volunteer",)))), 403, "not_a_volunteer")
    assert counts()["Redemption"] == 0


@pytest.mark.parametrize("body, field", [
    ({"quantity": 0}, "quantity"),
    ({"quantity": 21}, "quantity"),
    ({"quantity": "1"}, "quantity"),
    ({"reward_id": None}, "reward_id"),
    ({"reward_id": 2**70}, "reward_id"),
    ({"pickup_code": "AAAA2222"}, "pickup_code"),
])
def test_bad_redemptions_are_422(client, auth, community, staff, volunteer, body, field):
    h.fund(volunteer, 100, staff=staff)
    reward = h.reward(community)
    resp = client.post(f"{API}/redemptions", json={"reward_id": reward.id, **body},
                       headers=auth.headers(volunteer.user))
    assert field in assert_problem(resp, 422)["errors"]
    assert counts()["Redemption"] == 0 and h.balance(volunteer) == 100


# GET /redemptions

def test_who_sees_which_redemptions(client, auth, community, staff, other_staff, volunteer, admin):
    h.fund(volunteer, 100, staff=staff)
    reward = h.reward(community, cost_points=10)
    made = [client.post(f"{API}/redemptions", json={"reward_id": reward.id},
                        headers=auth.headers(volunteer.user)).get_json() for _ in range(3)]
    client.post(f"{API}/redemptions/{made[0]['id']}/cancel", headers=auth.headers(staff))
    other = h.volunteer(community)
    h.fund(other, 10, staff=staff)
    client.post(f"{API}/redemptions", json={"reward_id": reward.id}, headers=auth.headers(other.user))

    mine = client.get(f"{API}/redemptions", headers=auth.headers(volunteer.user)).get_json()["items"]
    assert [r["id"] for r in mine] == [m["id"] for m in reversed(made)]
    assert [r["pickup_code"] for r in mine] == [m["pickup_code"] for m in reversed(made)]
    pending = client.get(f"{API}/redemptions?status=pending", headers=auth.headers(volunteer.user))
    assert len(pending.get_json()["items"]) == 2

    seen = client.get(f"{API}/redemptions", headers=auth.headers(staff)).get_json()["items"]
    assert len(seen) == 4 and all(r["pickup_code"] is None for r in seen)
    assert len(client.get(f"{API}/redemptions?community_id={community.id}&status=cancelled",
                          headers=auth.headers(staff)).get_json()["items"]) == 1
    assert client.get(f"{API}/redemptions", headers=auth.headers(other_staff)).get_json()["items"] == []
    assert_problem(client.get(f"{API}/redemptions?community_id={community.id}", headers=auth.headers(other_staff)),
                   403, "not_community_staff")
    assert len(client.get(f"{API}/redemptions", headers=auth.headers(admin)).get_json()["items"]) == 4


def test_staff_who_volunteer_see_their_own_with_mine(client, auth, community, staff):
    person = factories.user(roles=("staff", "volunteer"), communities=(community,))
    volunteer = h.volunteer(community, user=person)
    h.fund(volunteer, 10, staff=staff)
    reward = h.reward(community, cost_points=10)
    made = client.post(f"{API}/redemptions", json={"reward_id": reward.id}, headers=auth.headers(person)).get_json()
    mine = client.get(f"{API}/redemptions?mine=true", headers=auth.headers(person)).get_json()["items"]
    assert [r["pickup_code"] for r in mine] == [made["pickup_code"]]


def test_redemption_list_query_validation(client, auth, staff):
    for query in ("status=lost", "community_id=abc", f"community_id={2**70}", "page_size=0", "mine=perhaps"):
        assert_problem(client.get(f"{API}/redemptions?{query}", headers=auth.headers(staff)), 422)


# POST /redemptions/{id}/fulfill and /cancel

@pytest.fixture
def redemption(client, auth, community, staff, volunteer):
    h.fund(volunteer, 100, staff=staff)
    reward = h.reward(community, cost_points=20, stock=3)
    return client.post(f"{API}/redemptions", json={"reward_id": reward.id, "quantity": 2},
                       headers=auth.headers(volunteer.user)).get_json()


def test_fulfill_against_the_pickup_code(client, auth, staff, redemption):
    url = f"{API}/redemptions/{redemption['id']}/fulfill"
    wrong = "".join("2" if c != "2" else "3" for c in redemption["pickup_code"])
    problem = assert_problem(client.post(url, json={"pickup_code": wrong}, headers=auth.headers(staff)),
                             422, "pickup_code_mismatch")
    assert "pickup_code" in problem["errors"]
    resp = client.post(url, json={"pickup_code": f" {redemption['pickup_code'].lower()} "},
                       headers=auth.headers(staff))
    assert resp.status_code == 200, resp.get_json()
    assert resp.get_json()["status"] == "fulfilled" and resp.get_json()["pickup_code"] is None
    assert_problem(client.post(url, json={"pickup_code": redemption["pickup_code"]}, headers=auth.headers(staff)),
                   409, "redemption_not_pending")
    assert_problem(client.post(f"{API}/redemptions/{redemption['id']}/cancel", headers=auth.headers(staff)),
                   409, "redemption_not_pending")
    assert h.verify() == []


def test_cancel_refunds_and_restocks_exactly_once(client, auth, staff, volunteer, redemption):
    url = f"{API}/redemptions/{redemption['id']}/cancel"
    resp = client.post(url, json={"reason": "奖品缺货"}, headers=auth.headers(staff))
    assert resp.status_code == 200, resp.get_json()
    assert resp.get_json()["status"] == "cancelled" and resp.get_json()["cancel_reason"] == "奖品缺货"
    assert h.balance(volunteer) == 100 and h.stock(SimpleNamespace(id=redemption["reward_id"])) == 3
    assert_problem(client.post(url, headers=auth.headers(staff)), 409, "redemption_not_pending")
    assert h.balance(volunteer) == 100
    refunds = h.entries(kind="redemption_refund")
    assert len(refunds) == 1 and refunds[0].amount == 40
    assert_problem(client.post(f"{API}/redemptions/{redemption['id']}/fulfill",
                               json={"pickup_code": redemption["pickup_code"]}, headers=auth.headers(staff)), 409)
    assert h.verify() == []


def test_fulfill_and_cancel_input(client, auth, volunteer, redemption, staff):
    for verb, body in (("fulfill", {"pickup_code": redemption["pickup_code"]}), ("cancel", {})):
        for redemption_id in (999999, 2**70):
            assert_problem(client.post(f"{API}/redemptions/{redemption_id}/{verb}", json=body,
                                       headers=auth.headers(staff)), 404)
    url = f"{API}/redemptions/{redemption['id']}"
    for body in ({}, {"pickup_code": ""}, {"pickup_code": 12345678}, {"pickup_code": "x" * 33}):
        assert_problem(client.post(f"{url}/fulfill", json=body, headers=auth.headers(staff)), 422)
    for body in ({"reason": ""}, {"reason": "x" * 201}, {"refund": False}):
        assert_problem(client.post(f"{url}/cancel", json=body, headers=auth.headers(staff)), 422)
    assert h.balance(volunteer) == 60 and h.entries(kind="redemption_refund") == []


# The authorization matrix: every endpoint that needs someone, and each caller it refuses

ANONYMOUS = (401, "unauthorized")
NOT_STAFF = (403, "role_required")
NOT_VOLUNTEER = (403, "role_required")
NOT_THEIR_COMMUNITY = (403, "not_community_staff")


def _not_seen(what):
    return (404, f"{what}_not_found")


REFUSALS = {
    ("GET", "/points/me", None): {"anonymous": ANONYMOUS, "resident": NOT_VOLUNTEER, "staff": NOT_VOLUNTEER},
    ("GET", "/points/me/entries", None): {"anonymous": ANONYMOUS, "resident": NOT_VOLUNTEER, "staff": NOT_VOLUNTEER},
    ("POST", "/points/adjustments", "adjustment"): {
        "anonymous": ANONYMOUS, "resident": NOT_STAFF, "volunteer": NOT_STAFF,
        "other_staff": _not_seen("volunteer")},
    ("POST", "/orders/{order}/points-reversal", "reason"): {
        "anonymous": ANONYMOUS, "resident": NOT_STAFF, "volunteer": NOT_STAFF, "other_staff": _not_seen("order")},
    ("GET", "/communities/{community}/points-reversals", None): {
        "anonymous": ANONYMOUS, "resident": NOT_STAFF, "volunteer": NOT_STAFF, "other_staff": NOT_THEIR_COMMUNITY},
    ("POST", "/communities/{community}/rewards", "reward"): {
        "anonymous": ANONYMOUS, "resident": NOT_STAFF, "volunteer": NOT_STAFF, "other_staff": NOT_THEIR_COMMUNITY},
    ("PATCH", "/rewards/{reward}", "stock"): {
        "anonymous": ANONYMOUS, "resident": NOT_STAFF, "volunteer": NOT_STAFF, "other_staff": NOT_THEIR_COMMUNITY},
    ("POST", "/redemptions", "redeem"): {"anonymous": ANONYMOUS, "resident": NOT_VOLUNTEER, "staff": NOT_VOLUNTEER},
    ("GET", "/redemptions", None): {"anonymous": ANONYMOUS, "resident": NOT_VOLUNTEER},
    ("GET", "/redemptions?community_id={community}", None): {"other_staff": NOT_THEIR_COMMUNITY},
    ("POST", "/redemptions/{redemption}/fulfill", "pickup"): {
        "anonymous": ANONYMOUS, "resident": NOT_STAFF, "volunteer": NOT_STAFF,
        "other_staff": _not_seen("redemption")},
    ("POST", "/redemptions/{redemption}/cancel", None): {
        "anonymous": ANONYMOUS, "resident": NOT_STAFF, "volunteer": NOT_STAFF,
        "other_staff": _not_seen("redemption")},
    ("POST", "/redemptions/{redemption}/pickup-code", None): {
        "anonymous": ANONYMOUS, "resident": NOT_STAFF, "volunteer": NOT_STAFF,
        "other_staff": _not_seen("redemption")},
    ("GET", "/redemptions?pickup_code=23456789", None): {
        "anonymous": ANONYMOUS, "resident": NOT_VOLUNTEER, "volunteer": NOT_STAFF},
}


@pytest.mark.parametrize("endpoint, role, expected", [
    (endpoint, role, expected) for endpoint, refused in REFUSALS.items() for role, expected in refused.items()
], ids=lambda value: value if isinstance(value, str) else None)
def test_authorization_matrix(client, auth, community, staff, other_staff, volunteer, resident, redemption,
                              endpoint, role, expected):
    method, path, body_name = endpoint
    ids = {"community": community.id, "order": h.order(volunteer).id, "reward": redemption["reward_id"],
           "redemption": redemption["id"]}
    bodies = {"adjustment": {"volunteer_id": volunteer.id, "amount": 5, "reason": "调整"},
              "reason": {"reason": "争议"}, "reward": {"name": "牙膏", "cost_points": 20, "stock": 3},
              "stock": {"stock": 1}, "redeem": {"reward_id": redemption["reward_id"]},
              "pickup": {"pickup_code": redemption["pickup_code"]}}
    callers = {"anonymous": None, "resident": resident, "volunteer": volunteer.user, "staff": staff,
               "other_staff": other_staff}
    caller = callers[role]
    before = (counts(), h.balance(volunteer))
    resp = client.open(f"{API}{path.format(**ids)}", method=method, json=bodies.get(body_name),
                       headers=auth.headers(caller) if caller is not None else {})
    assert_problem(resp, *expected)
    assert (counts(), h.balance(volunteer)) == before


def test_openapi_documents_the_points_endpoints(client):
    paths = client.get(f"{API}/openapi.json").get_json()["paths"]
    for path in ("/api/v1/points/me", "/api/v1/points/me/entries", "/api/v1/communities/{community_id}/leaderboard",
                 "/api/v1/points/adjustments", "/api/v1/communities/{community_id}/rewards",
                 "/api/v1/rewards/{reward_id}", "/api/v1/redemptions", "/api/v1/redemptions/{redemption_id}/fulfill",
                 "/api/v1/redemptions/{redemption_id}/cancel", "/api/v1/orders/{order_id}/points-reversal"):
        assert path in paths, path
    assert paths["/api/v1/points/adjustments"]["post"]["security"] == [{"bearerAuth": []}]
