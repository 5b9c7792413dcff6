"""notify / notify_staff (the interface other domains call) and the offer-expiry reminder sweep."""
import logging
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from app import clock
from app.extensions import db
from app.orders import jobs as orders_jobs
from app.notify import service
from app.notify.models import Notification, OutboxMessage
from tests import factories

WINDOW = datetime(2026, 11, 22, 1, 30, tzinfo=timezone.utc)  # 09:30 in Chongqing


def _count(model, **where):
    return db.session.scalar(select(func.count()).select_from(model).filter_by(**where))


def _accepted(user, **overrides):
    args = dict(user_id=user.id, event="order_accepted", title="志愿者已接单", body="王芳 将为您提供「上门理发」",
                dedupe_key="order:7:accepted",
                data={"order_id": 7, "item_name": "上门理发", "volunteer_name": "王芳", "window_start": WINDOW})
    args.update(overrides)
    return service.notify(**args)


def test_notify_writes_the_inbox_row_and_queues_the_message(app, ctx, fake):
    user = factories.user(openid="o_resident1")
    notification = _accepted(user)
    assert notification.user_id == user.id and notification.event == "order_accepted"
    assert notification.data == {"order_id": 7, "item_name": "上门理发", "volunteer_name": "王芳",
                                 "window_start": "2026-11-22T01:30:00+00:00"}
    message = db.session.scalars(select(OutboxMessage)).one()
    assert message.notification_id == notification.id and message.status == "pending"
    assert message.openid == "o_resident1" and message.template_id == "dev-order-accepted"
    assert message.page == f"pages/notifications/index?id={notification.id}"
    assert message.fields == {"thing1": "上门理发", "name2": "王芳", "time3": "2026年11月22日 09:30",
                              "character_string4": "7"}
    assert fake.calls("/cgi-bin/message/subscribe/send") == 0  # never sent inside the step that notifies


def test_the_same_event_twice_is_one_notification(ctx):
    user = factories.user(openid="o_resident2")
    first = _accepted(user)
    again = _accepted(user, title="another title")
    assert again.id == first.id and again.title == "志愿者已接单"
    assert _count(Notification) == 1 and _count(OutboxMessage) == 1
    # another person told of the same event gets their own
    other = factories.user()
    assert _accepted(other).id != first.id


def test_without_openid_only_the_inbox(ctx):
    user = factories.user()
    assert _accepted(user) is not None
    assert _count(Notification, user_id=user.id) == 1 and _count(OutboxMessage) == 0


def test_without_a_template_only_the_inbox(app, ctx, monkeypatch):
    monkeypatch.setitem(app.config, "WECHAT_TEMPLATES", {**app.config["WECHAT_TEMPLATES"], "order_accepted": ""})
    _accepted(factories.user(openid="o_resident3"))
    assert _count(Notification) == 1 and _count(OutboxMessage) == 0


def test_data_that_cannot_fill_the_template_gives_only_the_inbox(ctx, caplog):
    user = factories.user(openid="o_resident4")
    with caplog.at_level(logging.WARNING, logger="app.notify.service"):
        _accepted(user, data={"order_id": 7})  # no window_start for time3
    assert _count(Notification) == 1 and _count(OutboxMessage) == 0
    assert "time3" in caplog.text


def test_long_text_is_kept_in_the_inbox_and_fitted_for_wechat(ctx):
    user = factories.user(openid="o_resident5")
    name = "上门助老服务：陪同老人到社区医院做定期体检并取药"
    _accepted(user, title="标" * 150, data={"order_id": 7, "item_name": name, "window_start": WINDOW})
    notification = db.session.scalars(select(Notification)).one()
    assert len(notification.title) == 100 and notification.data["item_name"] == name
    fields = db.session.scalars(select(OutboxMessage)).one().fields
    assert fields["thing1"] == name[:19] + "…" and fields["name2"] == "-"


def test_a_wechat_outage_does_not_fail_the_step(ctx, fake):
    fake.server.go_down("refuse")
    assert _accepted(factories.user(openid="o_resident6")) is not None


def test_programming_errors_are_loud_and_missing_users_are_not(ctx):
    user = factories.user()
    with pytest.raises(ValueError, match="unknown notification event"):
        _accepted(user, event="order_teleported")
    with pytest.raises(ValueError, match="dedupe_key"):
        _accepted(user, dedupe_key="")
    assert _accepted(user, user_id=987654) is None


def test_notify_staff_tells_each_staff_member_of_the_community(ctx):
    community = factories.community()
    elsewhere = factories.community()
    first = factories.staff(community, openid="o_staff1")
    second = factories.staff(community)
    factories.staff(elsewhere)
    factories.user(roles=("admin",))
    data = {"order_id": 9, "item_name": "助餐配送", "stars": 1}
    notifications = service.notify_staff(community_id=community.id, event="low_rating", title="低分评价待回访",
                                         body="「助餐配送」获得 1 星评价", dedupe_key="order:9:low_rating", data=data)
    assert sorted(n.user_id for n in notifications) == [first.id, second.id]
    again = service.notify_staff(community_id=community.id, event="low_rating", title="低分评价待回访",
                                 body="「助餐配送」获得 1 星评价", dedupe_key="order:9:low_rating", data=data)
    assert sorted(n.id for n in again) == sorted(n.id for n in notifications)
    assert _count(Notification) == 2
    message = db.session.scalars(select(OutboxMessage)).one()  # only the staff member with an openid
    assert message.openid == "o_staff1"
    assert message.fields == {"thing1": "助餐配送", "number2": "1", "character_string3": "9",
                              "thing4": "收到低分评价，请及时回访"}


def test_every_event_has_a_template_and_fills_it(app, ctx):
    from app.notify.templates import TEMPLATES

    data = {"order_id": 1, "item_name": "上门理发", "window_start": WINDOW, "window_end": WINDOW, "volunteer_name": "王芳", "stars": 2,
            "pickup_code": "K7Q2M9", "reward_name": "大米 5 kg", "at": WINDOW, "deadline": WINDOW,
            "star_level": 1, "hours": 100.5, "title": "嘉陵江滨江步道清洁", "start": WINDOW, "address": "民生路广场",
            "reason": "暴雨预警", "team_name": "民生路助老服务队"}
    user = factories.user(openid="o_everyone")
    for event in TEMPLATES:
        assert app.config["WECHAT_TEMPLATES"][TEMPLATES[event].config_key]
        service.notify(user_id=user.id, event=event, title=event, body="", dedupe_key=f"all:{event}", data=data)
    assert _count(OutboxMessage) == len(TEMPLATES)
    offer = db.session.scalars(select(OutboxMessage).join(Notification).where(
        Notification.event == "offer_created")).one()
    assert offer.send_before == WINDOW and "address" not in str(offer.fields)


# The offer-expiry reminder sweep

def _pending_offer(*, deadline_in: timedelta, status: str = "pending", openid: str | None = "o_volunteer"):
    """An order with an offer to a volunteer, written through the models (the orders service is not needed)."""
    from app.matching.models import Volunteer
    from app.menu.models import MenuItem
    from app.orders.models import Offer, Order

    community = factories.community()
    category = factories.category()
    resident = factories.user()
    person = factories.user(roles=("resident", "volunteer"), name="王芳", openid=openid)
    item = MenuItem(community_id=community.id, category_id=category.id, name="上门理发", points=10,
                    expected_minutes=60)
    volunteer = Volunteer(user_id=person.id, community_id=community.id, status="approved", home_lat=community.lat,
                          home_lng=community.lng, home_cell=community.cell)
    db.session.add_all([item, volunteer])
    db.session.flush()
    now = clock.now()
    order = Order(community_id=community.id, menu_item_id=item.id, category_id=category.id, resident_id=resident.id,
                  created_by_id=resident.id, item_name=item.name, points=10, expected_minutes=60, radius_m=1500,
                  offer_minutes=10, address="民生路 88 号 3 单元 501", lat=community.lat, lng=community.lng,
                  cell=community.cell, window_start=WINDOW, window_end=WINDOW + timedelta(hours=2), status="offered")
    db.session.add(order)
    db.session.flush()
    offer = Offer(order_id=order.id, volunteer_id=volunteer.id, status=status, created_at=now,
                  deadline=now + deadline_in)
    db.session.add(offer)
    db.session.commit()
    return offer, person


def test_offers_about_to_expire_are_reminded_once(ctx):
    clock.set_time(datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc))
    soon, volunteer_user = _pending_offer(deadline_in=timedelta(seconds=90))
    later, _ = _pending_offer(deadline_in=timedelta(minutes=5), openid="o_v2")
    answered, _ = _pending_offer(deadline_in=timedelta(seconds=60), status="accepted", openid="o_v3")
    assert orders_jobs.remind_expiring_offers() == 1
    assert orders_jobs.remind_expiring_offers() == 0  # a second run, or a second scheduler, changes nothing
    reminder = db.session.scalars(select(Notification)).one()
    assert reminder.user_id == volunteer_user.id and reminder.event == "offer_expiring"
    assert reminder.dedupe_key == f"offer:{soon.id}:expiring" and reminder.data["offer_id"] == soon.id
    assert "民生路" not in reminder.body and "address" not in reminder.data  # not theirs until they accept
    message = db.session.scalars(select(OutboxMessage)).one()
    assert message.send_before == soon.deadline
    assert message.fields == {"thing1": "上门理发", "time2": "2026年11月22日 09:30", "thing3": "派单即将超时，请尽快接单"}
    clock.advance(timedelta(minutes=3, seconds=30))  # `later` is now within two minutes
    assert orders_jobs.remind_expiring_offers() == 1
    assert _count(Notification) == 2 and answered.id not in [n.data["offer_id"] for n in
                                                              db.session.scalars(select(Notification))]


def test_notify_jobs_are_registered(app):
    from app.scheduler import all_jobs

    names = {job.name for job in all_jobs(app)}
    assert {"deliver_notifications", "remind_expiring_offers", "purge_delivered_notifications"} <= names
