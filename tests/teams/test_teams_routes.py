"""Teams through HTTP: staff create them with leaders, volunteers ask to join and a leader (or staff) lets them in, a
volunteer in several teams, removing members, and an order handed to a team that its leader assigns to a member, who
gets an ordinary offer."""
from sqlalchemy import select

from app.extensions import db
from app.notify.models import Notification
from app.orders.models import Offer
from tests import factories

API = "/api/v1"


def _world():
    community = factories.community(name="民生路社区(队伍)")
    category = factories.category("助老(队伍)")
    staff = factories.staff(community, name="社工")
    volunteers = [factories.volunteer(community, [category], lat=community.lat + n * 0.0004, name=f"队员{n}")
                  for n in range(5)]
    return community, category, staff, volunteers


def test_staff_create_a_team_with_leaders_and_volunteers_join(client, auth):
    community, category, staff, (leader, joiner, other, *_rest) = _world()
    resp = client.post(f"{API}/communities/{community.id}/teams", headers=auth.headers(staff),
                       json={"name": "民生路助老队", "description": "每周探访", "leader_ids": [leader.id]})
    assert resp.status_code == 201, resp.get_json()
    team = resp.get_json()
    assert team["leaders"] == [{"volunteer_id": leader.id, "name": "队员0"}] and team["member_count"] == 1
    assert resp.headers["Location"].endswith(f"/teams/{team['id']}")
    dup = client.post(f"{API}/communities/{community.id}/teams", headers=auth.headers(staff),
                      json={"name": "民生路助老队"})
    assert (dup.status_code, dup.get_json()["code"]) == (409, "team_name_taken")

    joined = client.post(f"{API}/teams/{team['id']}/join", headers=auth.headers(joiner.user))
    assert joined.status_code == 201 and joined.get_json()["status"] == "pending"
    again = client.post(f"{API}/teams/{team['id']}/join", headers=auth.headers(joiner.user))
    assert (again.status_code, again.get_json()["code"]) == (409, "already_in_team")
    # members and requests: to the leader and staff only
    assert client.get(f"{API}/teams/{team['id']}", headers=auth.headers(other.user)).get_json()["members"] is None
    seen = client.get(f"{API}/teams/{team['id']}", headers=auth.headers(leader.user)).get_json()
    assert [(m["volunteer_id"], m["role"], m["status"]) for m in seen["members"]] == [
        (leader.id, "leader", "approved"), (joiner.id, "member", "pending")]
    # only a leader or staff let someone in
    refused = client.post(f"{API}/teams/{team['id']}/members/{joiner.id}/approve", headers=auth.headers(other.user))
    assert (refused.status_code, refused.get_json()["code"]) == (403, "not_team_leader")
    approved = client.post(f"{API}/teams/{team['id']}/members/{joiner.id}/approve", headers=auth.headers(leader.user))
    assert approved.status_code == 200 and approved.get_json()["status"] == "approved"
    twice = client.post(f"{API}/teams/{team['id']}/members/{joiner.id}/approve", headers=auth.headers(leader.user))
    assert (twice.status_code, twice.get_json()["code"]) == (409, "membership_not_pending")
    with factories.context():
        assert db.session.scalar(select(Notification.event).where(Notification.user_id == joiner.user_id)) == \
            "team_join_approved"
    assert client.get(f"{API}/teams/{team['id']}", headers=auth.headers(other.user)).get_json()["member_count"] == 2
    missing = client.post(f"{API}/teams/{team['id']}/members/{other.id}/approve", headers=auth.headers(leader.user))
    assert (missing.status_code, missing.get_json()["code"]) == (404, "team_member_not_found")


def test_a_volunteer_in_several_teams(client, auth):
    community, category, staff, (leader, volunteer, *_rest) = _world()
    first = factories.team(community, name="助老队", leaders=[leader])
    second = factories.team(community, name="环保队", leaders=[leader])
    for team in (first, second):
        client.post(f"{API}/teams/{team.id}/join", headers=auth.headers(volunteer.user))
    client.post(f"{API}/teams/{first.id}/members/{volunteer.id}/approve", headers=auth.headers(staff))
    mine = client.get(f"{API}/volunteers/me/teams", headers=auth.headers(volunteer.user)).get_json()["items"]
    assert [(m["team_name"], m["role"], m["status"]) for m in mine] == [("助老队", "member", "approved"),
                                                                       ("环保队", "member", "pending")]
    leads = client.get(f"{API}/volunteers/me/teams", headers=auth.headers(leader.user)).get_json()["items"]
    assert [(m["team_id"], m["role"]) for m in leads] == [(first.id, "leader"), (second.id, "leader")]
    listed = client.get(f"{API}/communities/{community.id}/teams", headers=auth.headers(volunteer.user))
    assert [t["name"] for t in listed.get_json()["items"]] == ["助老队", "环保队"]
    assert client.get(f"{API}/volunteers/me/teams", headers=auth.headers(factories.user())).status_code == 403


def test_removing_members_and_changing_leaders(client, auth):
    community, category, staff, (leader, member, other, newcomer, *_rest) = _world()
    team = factories.team(community, leaders=[leader], members=[member, other])
    refused = client.delete(f"{API}/teams/{team.id}/members/{member.id}", headers=auth.headers(other.user))
    assert (refused.status_code, refused.get_json()["code"]) == (403, "not_team_leader")
    assert client.delete(f"{API}/teams/{team.id}/members/{member.id}",
                         headers=auth.headers(leader.user)).status_code == 204
    assert client.delete(f"{API}/teams/{team.id}/members/{other.id}",
                         headers=auth.headers(other.user)).status_code == 204  # leaving on their own
    resp = client.delete(f"{API}/teams/{team.id}/members/{leader.id}", headers=auth.headers(leader.user))
    assert resp.status_code == 204  # a leader may step down by leaving
    team2 = factories.team(community, leaders=[leader, newcomer])
    resp = client.delete(f"{API}/teams/{team2.id}/members/{newcomer.id}", headers=auth.headers(leader.user))
    assert (resp.status_code, resp.get_json()["code"]) == (403, "leaders_set_by_staff")
    patched = client.patch(f"{API}/teams/{team2.id}", headers=auth.headers(staff),
                           json={"leader_ids": [newcomer.id], "name": "新名字"})
    assert patched.status_code == 200, patched.get_json()
    assert [l["volunteer_id"] for l in patched.get_json()["leaders"]] == [newcomer.id]
    assert {(m["volunteer_id"], m["role"]) for m in patched.get_json()["members"]} == {
        (leader.id, "member"), (newcomer.id, "leader")}
    assert client.patch(f"{API}/teams/{team2.id}", headers=auth.headers(leader.user),
                        json={"name": "x"}).status_code == 403
    foreign = factories.volunteer(factories.community(), [category])
    bad = client.patch(f"{API}/teams/{team2.id}", headers=auth.headers(staff), json={"leader_ids": [foreign.id]})
    assert (bad.status_code, bad.get_json()["code"]) == (422, "unknown_volunteer")
    assert client.delete(f"{API}/teams/{team2.id}/members/{leader.id}",
                         headers=auth.headers(staff)).status_code == 204


def test_nobody_approves_their_own_request(client, auth):
    community, category, staff, (leader, *_rest) = _world()
    staff_volunteer = factories.volunteer(community, [category], user_=staff)
    team = factories.team(community, leaders=[leader])
    client.post(f"{API}/teams/{team.id}/join", headers=auth.headers(staff))
    resp = client.post(f"{API}/teams/{team.id}/members/{staff_volunteer.id}/approve", headers=auth.headers(staff))
    assert (resp.status_code, resp.get_json()["code"]) == (403, "conflict_of_interest")
    assert client.post(f"{API}/teams/{team.id}/members/{staff_volunteer.id}/approve",
                       headers=auth.headers(leader.user)).status_code == 200


def test_an_order_handed_to_a_team_reaches_the_assigned_member_as_an_offer(client, auth):
    community, category, staff, (leader, member, stranger, *_rest) = _world()
    team = factories.team(community, leaders=[leader], members=[member])
    item = factories.menu_item(community, category)
    order = factories.order(item)
    resp = client.post(f"{API}/orders/{order.id}/dispatch", json={"team_id": team.id}, headers=auth.headers(staff))
    assert resp.status_code == 200, resp.get_json()
    assert resp.get_json()["status"] == "pending" and resp.get_json()["team_id"] == team.id
    with factories.context():
        told = db.session.scalars(select(Notification).where(Notification.user_id == leader.user_id)).all()
        assert [n.event for n in told] == ["team_order_dispatched"]
    # the leader sees it, as anyone not holding it does: no address, no phone
    seen = client.get(f"{API}/orders/{order.id}", headers=auth.headers(leader.user)).get_json()
    assert seen["address"] is None and seen["location_precision"] == "coarse" and "phone" not in seen["resident"]
    listed = client.get(f"{API}/orders?scope=team", headers=auth.headers(leader.user)).get_json()["items"]
    assert [o["id"] for o in listed] == [order.id] and listed[0]["address"] is None
    assert client.get(f"{API}/orders?scope=team", headers=auth.headers(member.user)).get_json()["items"] == []
    # only a leader assigns, only a member, never themselves
    refused = client.post(f"{API}/orders/{order.id}/assign", json={"volunteer_id": member.id},
                          headers=auth.headers(member.user))
    assert refused.status_code in (403, 404)
    resp = client.post(f"{API}/orders/{order.id}/assign", json={"volunteer_id": stranger.id},
                       headers=auth.headers(leader.user))
    assert (resp.status_code, resp.get_json()["code"]) == (422, "not_team_member")
    resp = client.post(f"{API}/orders/{order.id}/assign", json={"volunteer_id": leader.id},
                       headers=auth.headers(leader.user))
    assert (resp.status_code, resp.get_json()["code"]) == (403, "conflict_of_interest")
    offer = client.post(f"{API}/orders/{order.id}/assign", json={"volunteer_id": member.id},
                        headers=auth.headers(leader.user))
    assert offer.status_code == 201, offer.get_json()
    assert offer.get_json()["volunteer_id"] == member.id and offer.get_json()["status"] == "pending"
    tasks = client.get(f"{API}/volunteers/me/tasks", headers=auth.headers(member.user)).get_json()["items"]
    assert [(t["kind"], t["order"]["id"]) for t in tasks] == [("offer", order.id)]
    with factories.context():
        assert db.session.get(Offer, offer.get_json()["id"]).dispatched_by_id == leader.user_id
    detail = client.get(f"{API}/orders/{order.id}", headers=auth.headers(staff)).get_json()
    assert detail["events"][-1]["actor"] == {"id": leader.user_id, "role": "volunteer"}
    accepted = client.post(f"{API}/orders/{order.id}/accept", headers=auth.headers(member.user))
    assert accepted.status_code == 200 and accepted.get_json()["status"] == "accepted"
    again = client.post(f"{API}/orders/{order.id}/assign", json={"volunteer_id": member.id},
                        headers=auth.headers(leader.user))
    assert again.status_code in (404, 409)


def test_the_eligibility_rule_still_applies_to_an_assigned_member(client, auth):
    community, category, staff, (leader, *_rest) = _world()
    other_community = factories.community()
    outsider = factories.volunteer(other_community, [category])
    unskilled = factories.volunteer(community, [factories.category()])
    team = factories.team(community, leaders=[leader], members=[outsider, unskilled])
    order = factories.order(factories.menu_item(community, category))
    client.post(f"{API}/orders/{order.id}/dispatch", json={"team_id": team.id}, headers=auth.headers(staff))
    for volunteer in (outsider, unskilled):
        resp = client.post(f"{API}/orders/{order.id}/assign", json={"volunteer_id": volunteer.id},
                           headers=auth.headers(leader.user))
        assert (resp.status_code, resp.get_json()["code"]) == (409, "volunteer_not_eligible")


def test_team_dispatch_rules(client, auth):
    community, category, staff, (leader, *_rest) = _world()
    order = factories.order(factories.menu_item(community, category))
    foreign = factories.team(factories.community())
    resp = client.post(f"{API}/orders/{order.id}/dispatch", json={"team_id": foreign.id}, headers=auth.headers(staff))
    assert (resp.status_code, resp.get_json()["code"]) == (422, "unknown_team")
    team = factories.team(community, leaders=[leader])
    resp = client.post(f"{API}/orders/{order.id}/dispatch", json={"team_id": team.id, "volunteer_id": leader.id},
                       headers=auth.headers(staff))
    assert resp.status_code == 422
    resp = client.post(f"{API}/orders/{order.id}/assign", json={"volunteer_id": leader.id},
                       headers=auth.headers(leader.user))
    assert resp.status_code in (403, 404)  # not handed to their team: they do not even see it
