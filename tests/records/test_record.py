"""The service record: verified and approved minutes apart, totals by year and in all, and star levels that change
at their thresholds, with a notification when one is reached."""
from datetime import datetime, timezone

from sqlalchemy import select

from app import clock
from app.extensions import db
from app.notify.models import Notification
from app.records import service
from tests import factories
from tests.records.conftest import serve


def _record(client, auth, user, **query):
    resp = client.get("/api/v1/volunteers/me/record", query_string=query, headers=auth.headers(user))
    assert resp.status_code == 200, resp.get_json()
    return resp.get_json()


def test_the_record_keeps_verified_and_approved_apart(client, auth, world):
    clock.set_time(datetime(2025, 12, 30, 2, 0, tzinfo=timezone.utc))
    serve(world, 90)
    clock.set_time(datetime(2026, 3, 1, 2, 0, tzinfo=timezone.utc))
    serve(world, 45, approved=True)
    serve(world, 30)
    record = _record(client, auth, world.volunteer.user)
    assert record["totals"] == {"services": 3, "verified_minutes": 120, "approved_minutes": 45, "minutes": 165,
                                "verified_hours": 2.0, "approved_hours": 0.8, "hours": 2.8}
    assert [(y["year"], y["verified_minutes"], y["approved_minutes"]) for y in record["by_year"]] == [
        (2025, 90, 0), (2026, 30, 45)]
    assert [(s["minutes"], s["minutes_status"]) for s in record["services"]] == [
        (90, "verified"), (45, "approved"), (30, "verified")]
    first = record["services"][0]
    assert first["organisation"]["name"] == "民生路社区" and first["item"] == "上门探访" and first["source"] == "order"
    assert first["date"] == "2025-12-30"
    only_2026 = _record(client, auth, world.volunteer.user, year=2026)
    assert [s["minutes"] for s in only_2026["services"]] == [45, 30]
    assert only_2026["totals"]["minutes"] == 165  # the totals are all time, whatever year is shown


def test_minutes_that_do_not_count_stay_off_the_record(client, auth, world):
    from app.orders import acceptance, visits

    serve(world, 60)
    pending = serve(world, 60, approved=False, volunteer=world.volunteer)
    with factories.context():
        order = db.session.merge(pending)
        order.minutes_status = "voided"  # what a points reversal will do (app.orders)
        db.session.commit()
    rejected = factories.order(world.item, world.resident, start_in_hours=0.1, hours=24)
    with factories.context():
        order = db.session.merge(rejected)
        user = db.session.merge(world.volunteer.user)
        acceptance.claim(order=order, user=user)
        visits.check_in(order=order, user=user, lat=0.0, lng=0.0)
        visits.check_out(order=order, user=user, lat=0.0, lng=0.0)
        visits.review_minutes(order=order, staff_user=db.session.merge(world.staff), approve=False)
        db.session.commit()
    record = _record(client, auth, world.volunteer.user)
    assert record["totals"]["services"] == 1 and record["totals"]["minutes"] == 60


def test_a_year_out_of_range_is_422(client, auth, world):
    resp = client.get("/api/v1/volunteers/me/record?year=1800", headers=auth.headers(world.volunteer.user))
    assert resp.status_code == 422


def test_star_levels_change_at_the_thresholds(app, ctx, world, monkeypatch):
    monkeypatch.setitem(app.config, "STAR_LEVEL_HOURS", (1, 2, 3, 4, 5))
    assert service.level_for(59) == 0 and service.level_for(60) == 1 and service.level_for(299) == 4
    assert service.level_for(300) == 5 and service.level_for(10_000) == 5
    serve(world, 59)
    assert service.star_level_of(volunteer_id=world.volunteer.id) == 0
    serve(world, 1)  # exactly 1 hour
    assert service.star_level_of(volunteer_id=world.volunteer.id) == 1
    serve(world, 60, approved=True)  # approved hours count too
    assert service.star_level_of(volunteer_id=world.volunteer.id) == 2
    told = db.session.scalars(select(Notification).where(Notification.user_id == world.volunteer.user_id,
                                                         Notification.event == "star_level_reached")
                              .order_by(Notification.id)).all()
    assert [n.data["star_level"] for n in told] == [1, 2]
    assert told[0].title == "恭喜您成为1星级志愿者"
    service.minutes_recorded(volunteer_id=world.volunteer.id)  # again: no second notification for the same level
    assert db.session.scalar(select(Notification.id).where(Notification.event == "star_level_reached")
                             .order_by(Notification.id.desc()).limit(1)) == told[-1].id


def test_the_default_thresholds_are_100_to_1500_hours(ctx):
    assert service.thresholds() == (100, 300, 600, 1000, 1500)
    assert [service.level_for(h * 60) for h in (99, 100, 299, 300, 600, 1000, 1499, 1500)] == [0, 1, 1, 2, 3, 4, 4, 5]


def test_volunteers_me_shows_the_star_level(client, auth, world, app, monkeypatch):
    monkeypatch.setitem(app.config, "STAR_LEVEL_HOURS", (1, 10))
    serve(world, 61)
    me = client.get("/api/v1/volunteers/me", headers=auth.headers(world.volunteer.user)).get_json()
    record = _record(client, auth, world.volunteer.user)
    assert me["star_level"] == record["star_level"] == 1
    assert record["next_star_level"] == {"star_level": 2, "hours": 10, "hours_to_go": 9.0}


def test_the_star_level_message_fills_its_wechat_template(app, ctx, world, monkeypatch):
    from app.notify.models import OutboxMessage

    monkeypatch.setitem(app.config, "STAR_LEVEL_HOURS", (1,))
    with factories.context():
        db.session.merge(world.volunteer.user).openid = "o_star"
        db.session.commit()
    serve(world, 60)
    message = db.session.scalars(select(OutboxMessage).where(OutboxMessage.openid == "o_star")).one()
    assert message.fields == {"thing1": "1星级志愿者", "number2": "1.0", "thing3": "感谢您的志愿服务，可申请服务记录证明"}


def test_voided_minutes_take_the_star_level_down_again(app, ctx, world, monkeypatch):
    from app.attendance import minutes as attendance_minutes
    from app.records.models import StarLevel

    monkeypatch.setitem(app.config, "STAR_LEVEL_HOURS", (1, 2))
    serve(world, 60)
    served = serve(world, 60)
    assert db.session.get(StarLevel, world.volunteer.id).level == 2
    with factories.context():
        order = db.session.merge(served)
        attendance_minutes.change(order, "void", volunteer_id=world.volunteer.id)  # what a points reversal will do
        db.session.commit()
    assert service.star_level_of(volunteer_id=world.volunteer.id) == 1
    assert db.session.get(StarLevel, world.volunteer.id, populate_existing=True).level == 1
