"""Command line: `flask seed demo` (twice changes nothing) and `flask scheduler tick`."""
from sqlalchemy import func, select

from app.accounts.models import User
from app.extensions import db
from app.matching.models import Volunteer, VolunteerCell
from app.menu.models import Category, Community, MenuItem
from app.points.models import Reward

TABLES = (User, Volunteer, VolunteerCell, Community, Category, MenuItem, Reward)


def _counts():
    return {model.__tablename__: db.session.scalar(select(func.count()).select_from(model)) for model in TABLES}


def test_seed_demo_builds_the_city_once(app, runner, client):
    result = runner.invoke(args=["seed", "demo"])
    assert result.exit_code == 0, result.output
    assert "13800000001" in result.output and "demo12345" in result.output
    with app.app_context():
        first = _counts()
        assert first["communities"] >= 3 and first["categories"] >= 8 and first["menu_items"] >= 20
        assert first["volunteers"] >= 300 and first["rewards"] >= 3
        assert db.session.scalar(select(func.count()).select_from(User).where(User.elderly_living_alone)) > 0
    again = runner.invoke(args=["seed", "demo"])
    assert again.exit_code == 0, again.output
    with app.app_context():
        assert _counts() == first
    assert runner.invoke(args=["points", "verify"]).exit_code == 0

    # the demo accounts of api.md, in the first community GET /communities lists
    communities = client.get("/api/v1/communities").get_json()["items"]
    first_id = communities[0]["id"]
    assert communities[0]["dispatch_policy"] == "manual"
    for phone in ("13800000000", "13800000001", "13800000002", "13800000003", "13900000001", "13900000020"):
        resp = client.post("/api/v1/auth/login", json={"phone": phone, "password": "demo12345"})
        assert resp.status_code == 200, phone
    staff = client.post("/api/v1/auth/login", json={"phone": "13800000001", "password": "demo12345"}).get_json()
    assert [c["id"] for c in staff["user"]["communities"]] == [first_id]
    volunteer = client.post("/api/v1/auth/login", json={"phone": "13800000003", "password": "demo12345"}).get_json()
    me = client.get("/api/v1/volunteers/me",
                    headers={"Authorization": f"Bearer {volunteer['access_token']}"}).get_json()
    assert me["status"] == "approved" and me["on_duty"] and me["community_id"] == first_id
    assert len(me["skills"]) == first["categories"]
    # ... with a real name and a record that shows something (app.records)
    assert me["identity"]["real_name"] == "张伟" and me["identity"]["id_number"] == "5001**********0034"
    record = client.get("/api/v1/volunteers/me/record",
                        headers={"Authorization": f"Bearer {volunteer['access_token']}"}).get_json()
    assert record["totals"]["services"] == 6 and record["totals"]["approved_minutes"] == 55
    assert [year["year"] for year in record["by_year"]] == [2025, 2026]

    # and every other community has staff and volunteers of its own, as `flask seed demo` prints them
    second = communities[1]
    assert f"{second['name']} (id {second['id']}" in result.output
    line = next(line for line in result.output.splitlines() if line.strip().startswith(second["name"]))
    staff_phone = line.split("staff ")[1].split(",")[0]
    volunteer_phone = line.split("volunteers ")[1].split(" ")[0]
    for phone, role in ((staff_phone, "staff"), (volunteer_phone, "volunteer")):
        signed_in = client.post("/api/v1/auth/login", json={"phone": phone, "password": "demo12345"}).get_json()
        assert {"id": second["id"], "name": second["name"], "role": role} in signed_in["user"]["communities"], phone


def test_seed_if_new_skips_a_database_with_users(runner):
    from tests import factories

    factories.user()
    result = runner.invoke(args=["seed", "demo", "--if-new"])
    assert result.exit_code == 0 and "not seeding" in result.output


def test_scheduler_tick_runs_every_sweep(runner):
    result = runner.invoke(args=["scheduler", "tick"])
    assert result.exit_code == 0, result.output
    for job in ("expire_offers", "expire_orders", "auto_rate", "batch_dispatch", "purge_idempotency_keys"):
        assert job in result.output


def test_seed_demo_has_teams_and_activities(app, runner, client):
    """The demo city's teams and activities (app.seed_activities): one activity full with a waitlist, a team's own,
    one held last week and closed with its points paid."""
    result = runner.invoke(args=["seed", "demo"])
    assert result.exit_code == 0, result.output
    assert "嘉陵江滨江步道清洁" in result.output and "民生路助老服务队" in result.output
    first_id = client.get("/api/v1/communities").get_json()["items"][0]["id"]
    activities = {a["title"]: a for a in client.get(f"/api/v1/communities/{first_id}/activities").get_json()["items"]}
    full = activities["嘉陵江滨江步道清洁"]
    assert (full["signed_up"], full["quota"], full["waitlisted"], full["places_left"]) == (8, 8, 4, 0)
    assert activities["重阳节敬老探访"]["team_id"] is not None
    held = activities["旧衣物回收义卖"]
    assert held["status"] == "closed"
    leader = client.post("/api/v1/auth/login", json={"phone": "13900000001", "password": "demo12345"}).get_json()
    teams = client.get("/api/v1/volunteers/me/teams",
                       headers={"Authorization": f"Bearer {leader['access_token']}"}).get_json()["items"]
    assert [(t["team_name"], t["role"]) for t in teams] == [("民生路助老服务队", "leader")]
    staff = client.post("/api/v1/auth/login", json={"phone": "13800000001", "password": "demo12345"}).get_json()
    stats = client.get(f"/api/v1/communities/{first_id}/stats",
                       headers={"Authorization": f"Bearer {staff['access_token']}"}).get_json()["activities"]
    assert stats["participants"] == 4 and stats["verified_minutes"] == 3 * 105
    again = runner.invoke(args=["seed", "demo"])
    assert again.exit_code == 0, again.output
    assert len(client.get(f"/api/v1/communities/{first_id}/activities").get_json()["items"]) == len(activities)
    assert runner.invoke(args=["points", "verify"]).exit_code == 0
