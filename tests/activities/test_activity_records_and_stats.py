"""An activity's minutes on the official record (the activities source of app.records.sources: the record, star
levels, exports) and in the community's statistics (activities, participants and hours, in all and per team)."""
from datetime import datetime, timedelta

from app import clock
from app.extensions import db
from tests import factories
from tests.activities.conftest import API, code_now, here, sign_up


def _serve(client, auth, world, activity, volunteer, minutes, *, far=False):
    clock.set_time(activity.start_at)
    body = {**here(world.community, 2000 if far else 0), "code": code_now(activity.id)}
    assert client.post(f"{API}/activities/{activity.id}/check-in", json=body,
                       headers=auth.headers(volunteer.user)).status_code == 200
    clock.advance(timedelta(minutes=minutes))
    body["code"] = code_now(activity.id)
    return client.post(f"{API}/activities/{activity.id}/check-out", json=body,
                       headers=auth.headers(volunteer.user)).get_json()


def test_activity_minutes_are_on_the_record_and_count_toward_star_levels(client, auth, world, app, monkeypatch):
    monkeypatch.setitem(app.config, "STAR_LEVEL_HOURS", (1, 2, 3, 4, 5))
    activity = factories.activity(world.community, world.category, title="滨江清洁", hours=2)
    volunteer = world.volunteers[0]
    sign_up(client, auth, activity.id, volunteer)
    assert _serve(client, auth, world, activity, volunteer, 75)["minutes_status"] == "verified"
    record = client.get(f"{API}/volunteers/me/record", headers=auth.headers(volunteer.user)).get_json()
    (service,) = record["services"]
    assert (service["source"], service["item"], service["minutes"], service["minutes_status"]) == (
        "activity", "滨江清洁", 75, "verified")
    assert service["organisation"]["id"] == world.community.id
    assert record["star_level"] == 1 and record["totals"]["verified_minutes"] == 75
    me = client.get(f"{API}/volunteers/me", headers=auth.headers(volunteer.user)).get_json()
    assert me["star_level"] == 1 and me["verified_minutes"] == 75
    export = client.get(f"{API}/communities/{world.community.id}/exports/services.csv",
                        headers=auth.headers(world.staff))
    assert export.status_code == 200 and "滨江清洁" in export.get_data(as_text=True)


def test_pending_minutes_stay_off_the_record(client, auth, world):
    activity = factories.activity(world.community, world.category)
    volunteer = world.volunteers[0]
    sign_up(client, auth, activity.id, volunteer)
    assert _serve(client, auth, world, activity, volunteer, 60, far=True)["minutes_status"] == "pending_review"
    record = client.get(f"{API}/volunteers/me/record", headers=auth.headers(volunteer.user)).get_json()
    assert record["services"] == []


def test_stats_count_activities_participants_and_hours_per_team(client, auth, world):
    clock.set_time(datetime(2026, 3, 10, 8, 0, tzinfo=clock.CHINA_TZ))  # both activities on this China day
    leader, member, a, b, absent = world.volunteers[:5]
    team = factories.team(world.community, name="环保队", leaders=[leader], members=[member])
    factories.team(world.community, name="空队")
    community_activity = factories.activity(world.community, world.category, quota=3, hours=2)
    team_activity = factories.activity(world.community, world.category, by=leader.user, team_id=team.id,
                                       start_in_hours=5, hours=2)
    for v in (a, b, absent):
        sign_up(client, auth, community_activity.id, v)
    sign_up(client, auth, community_activity.id, member)  # waitlisted
    for v in (leader, member):
        sign_up(client, auth, team_activity.id, v)
    _serve(client, auth, world, community_activity, a, 60)
    _serve(client, auth, world, community_activity, b, 30, far=True)
    clock.advance(timedelta(hours=2))
    client.post(f"{API}/activities/{community_activity.id}/close", headers=auth.headers(world.staff))
    _serve(client, auth, world, team_activity, leader, 90)
    _serve(client, auth, world, team_activity, member, 90)
    stats = client.get(f"{API}/communities/{world.community.id}/stats", headers=auth.headers(world.staff))
    assert stats.status_code == 200, stats.get_json()
    figures = stats.get_json()["activities"]
    assert {k: figures[k] for k in ("activities", "places", "participants", "verified_minutes", "approved_minutes",
                                    "hours", "waitlisted", "no_shows", "pending_review_minutes")} == {
        "activities": 2, "places": 5, "participants": 4, "verified_minutes": 240, "approved_minutes": 0,
        "hours": 4.0, "waitlisted": 1, "no_shows": 1, "pending_review_minutes": 30}
    assert figures["by_status"] == {"open": 1, "closed": 1, "cancelled": 0}
    by_team = {t["name"]: t for t in figures["by_team"]}
    assert {k: by_team["环保队"][k] for k in ("members", "activities", "places", "participants", "hours")} == {
        "members": 2, "activities": 1, "places": 2, "participants": 2, "hours": 3.0}
    assert by_team["空队"]["activities"] == 0 and by_team["空队"]["members"] == 0
    with factories.context():
        db.session.remove()
