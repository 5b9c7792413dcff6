"""Delivering the outbox through the fake WeChat server: at least once, never twice per run, backoff in clock time."""
import logging
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from app import clock
from app.extensions import db
from app.jobs import Job
from app.notify import delivery, service
from app.notify import jobs as notify_jobs
from app.notify.models import OutboxMessage
from app.scheduler import run_job
from tests import factories
from tests.wechat.conftest import run_in_threads

START = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
WINDOW = datetime(2026, 11, 22, 1, 30, tzinfo=timezone.utc)


def _queue(n=1, *, openid_prefix="o_user", event="order_accepted", data=None):
    """n notifications to n WeChat users, each with a queued message."""
    messages = []
    for i in range(n):
        user = factories.user(openid=f"{openid_prefix}{i}")
        notification = service.notify(
            user_id=user.id, event=event, title="志愿者已接单", body="", dedupe_key=f"order:{i}:accepted",
            data=data or {"order_id": i, "item_name": "上门理发", "volunteer_name": "王芳", "window_start": WINDOW})
        messages.append(db.session.scalars(select(OutboxMessage).where(
            OutboxMessage.notification_id == notification.id)).one())
    db.session.commit()  # a boundary, like the request that notified
    return messages


def _status(message):
    return db.session.scalars(select(OutboxMessage).where(OutboxMessage.id == message.id)
                              .execution_options(populate_existing=True)).one()


@pytest.fixture
def frozen():
    clock.set_time(START)


def test_delivers_each_message_once_with_one_token(ctx, fake, frozen):
    messages = _queue(5)
    assert notify_jobs.deliver_notifications() == {"sent": 5}
    assert fake.token_requests == 1  # one access token for all five
    sent = fake.messages
    assert [m["touser"] for m in sent] == [f"o_user{i}" for i in range(5)]
    assert sent[0]["template_id"] == "dev-order-accepted" and sent[0]["miniprogram_state"] == "formal"
    assert sent[0]["page"] == messages[0].page
    assert sent[0]["data"] == {"thing1": "上门理发", "name2": "王芳", "time3": "2026年11月22日 09:30",
                               "character_string4": "0"}
    for message in messages:
        row = _status(message)
        assert row.status == "sent" and row.sent_at == START and row.attempts == 1 and row.claim_token is None
    # a second run (or a second scheduler after the first) sends nothing again
    assert notify_jobs.deliver_notifications() == {}
    assert len(fake.messages) == 5


def test_fails_while_wechat_is_down_and_is_delivered_after_it_comes_back(ctx, fake, frozen):
    [message] = _queue(1)
    fake.server.go_down("refuse")
    assert notify_jobs.deliver_notifications() == {"retry": 1}
    row = _status(message)
    assert row.status == "pending" and row.attempts == 1 and row.last_errcode is None
    assert row.next_attempt_at == START + timedelta(seconds=30) and "Connection refused" in row.last_error
    assert notify_jobs.deliver_notifications() == {}  # not due yet: no sleeping, no hammering
    clock.advance(timedelta(seconds=30))
    assert notify_jobs.deliver_notifications() == {"retry": 1}  # still down: the wait doubles
    assert _status(message).next_attempt_at == clock.now() + timedelta(seconds=60)
    fake.server.come_back()
    clock.advance(timedelta(seconds=59))
    assert notify_jobs.deliver_notifications() == {}
    clock.advance(timedelta(seconds=1))
    assert notify_jobs.deliver_notifications() == {"sent": 1}
    row = _status(message)
    assert row.status == "sent" and row.attempts == 3 and row.last_error is None
    assert len(fake.messages) == 1


def test_wechat_answering_500_or_busy_or_rate_limited_is_retried(ctx, fake, frozen):
    messages = _queue(3)
    fake.control("down", {"mode": "error"})
    assert notify_jobs.deliver_notifications(limit=1) == {"retry": 1}
    fake.control("up")
    clock.advance(timedelta(seconds=30))
    fake.control("fail-next", {"errcodes": [-1, -1, -1, 45011]})  # busy past the in-call retries, then limited
    assert notify_jobs.deliver_notifications() == {"retry": 2, "sent": 1}
    assert sorted((_status(m).last_errcode or 0) for m in messages) == [-1, 0, 45011]
    clock.advance(timedelta(minutes=1))
    assert notify_jobs.deliver_notifications() == {"sent": 2}
    assert len(fake.messages) == 3


def test_expired_and_invalid_tokens_are_refreshed_and_retried_once(ctx, fake, frozen):
    _queue(1, openid_prefix="o_a")
    notify_jobs.deliver_notifications()
    assert fake.token_requests == 1
    clock.advance(timedelta(hours=2))  # our cached token is past its time
    _queue(1, openid_prefix="o_b")
    assert notify_jobs.deliver_notifications() == {"sent": 1} and fake.token_requests == 2
    fake.control("token", {"action": "invalidate"})  # WeChat says 40001
    _queue(1, openid_prefix="o_c")
    assert notify_jobs.deliver_notifications() == {"sent": 1} and fake.token_requests == 3
    fake.control("token", {"action": "expire"})  # 42001
    _queue(1, openid_prefix="o_d")
    assert notify_jobs.deliver_notifications() == {"sent": 1} and fake.token_requests == 4
    # refused again right after the refresh: retried later, not in a loop
    fake.control("fail-next", {"errcodes": [40014, 40014]})
    [message] = _queue(1, openid_prefix="o_e")
    assert notify_jobs.deliver_notifications() == {"retry": 1} and fake.token_requests == 5
    assert _status(message).last_errcode == 40014
    assert len(fake.messages) == 4


def test_not_subscribed_is_recorded_and_not_retried(ctx, fake, frozen):
    [message] = _queue(1)
    fake.control("unsubscribe", {"openid": "o_user0"})
    assert notify_jobs.deliver_notifications() == {"failed": 1}
    row = _status(message)
    assert row.status == "failed" and row.last_errcode == 43101
    clock.advance(timedelta(days=1))
    assert notify_jobs.deliver_notifications() == {}
    assert fake.calls("/cgi-bin/message/subscribe/send") == 1


def test_bad_template_data_is_logged_with_the_field_and_not_retried(ctx, fake, frozen, caplog):
    user = factories.user(openid="o_staff")
    notification = service.notify(user_id=user.id, event="low_rating", title="低分评价待回访", body="",
                                  dedupe_key="order:3:low_rating", data={"order_id": 3, "item_name": "助餐",
                                                                         "stars": "两星"})  # not a number
    with caplog.at_level(logging.ERROR, logger="app.notify.delivery"):
        assert notify_jobs.deliver_notifications() == {"failed": 1}
    row = _status(db.session.scalars(select(OutboxMessage).where(
        OutboxMessage.notification_id == notification.id)).one())
    assert row.status == "failed" and row.last_errcode == 47003 and "number2" in row.last_error
    assert "number2" in caplog.text and "两星" in caplog.text
    clock.advance(timedelta(days=1))
    assert notify_jobs.deliver_notifications() == {}


def test_gives_up_after_max_attempts(ctx, fake, frozen):
    [message] = _queue(1)
    fake.server.go_down("refuse")
    for _ in range(delivery.MAX_ATTEMPTS):
        clock.advance(delivery.BACKOFF_CAP)
        notify_jobs.deliver_notifications()
    row = _status(message)
    assert row.status == "failed" and row.attempts == delivery.MAX_ATTEMPTS
    fake.server.come_back()
    clock.advance(timedelta(days=1))
    assert notify_jobs.deliver_notifications() == {} and fake.messages == []


def test_backoff_doubles_up_to_an_hour():
    assert [delivery.backoff(n).total_seconds() for n in (1, 2, 3, 4, 8, 20)] == [30, 60, 120, 240, 3600, 3600]


def test_a_claim_whose_runner_died_is_taken_again_after_the_lease(ctx, fake, frozen):
    [message] = _queue(1)
    [claimed] = delivery.claim()  # a runner claims it, then dies before sending
    dead_runners_claim = SimpleNamespace(id=claimed.id, claim_token=claimed.claim_token)
    assert claimed.id == message.id and _status(message).status == "sending"
    assert notify_jobs.deliver_notifications() == {}  # leased: nobody else takes it
    clock.advance(delivery.LEASE + timedelta(seconds=1))
    assert notify_jobs.deliver_notifications() == {"sent": 1}
    assert _status(message).attempts == 2
    # the dead runner's late outcome does not overwrite the real one
    assert delivery.record(dead_runners_claim, status="pending") is False
    assert _status(message).status == "sent"


def test_stale_news_is_not_sent(ctx, fake, frozen):
    user = factories.user(openid="o_volunteer")
    service.notify(user_id=user.id, event="offer_created", title="新的服务派单", body="", dedupe_key="offer:1:created",
                   data={"order_id": 1, "item_name": "上门理发", "window_start": WINDOW,
                         "deadline": START + timedelta(minutes=10)})
    fake.server.go_down("refuse")
    notify_jobs.deliver_notifications()
    fake.server.come_back()
    clock.advance(timedelta(minutes=11))  # the offer is over by the time WeChat is back
    assert notify_jobs.deliver_notifications() == {"expired": 1}
    assert fake.messages == []


def test_the_scheduler_job_delivers(app, fake, frozen):
    with app.app_context():
        _queue(2)
    assert run_job(app, Job("deliver_notifications", notify_jobs.deliver_notifications, 10)) == {"sent": 2}
    assert len(fake.messages) == 2


def test_purge_forgets_old_finished_messages(ctx, fake, frozen):
    _queue(2)
    notify_jobs.deliver_notifications()
    assert notify_jobs.purge_delivered() == 0
    clock.advance(timedelta(days=31))
    assert notify_jobs.purge_delivered() == 2


@pytest.mark.real_commits  # two runners with their own connections, as two scheduler processes would have
def test_concurrent_runs_send_each_message_once(app, fake):
    with app.app_context():
        _queue(8)
        db.session.remove()
    fake.server.go_down("slow", 0.05)  # each send takes a while, so the runs overlap
    results = run_in_threads(app, notify_jobs.deliver_notifications, 2)
    assert sum(r.get("sent", 0) for r in results) == 8
    touser = [m["touser"] for m in fake.messages]
    assert sorted(touser) == sorted(f"o_user{i}" for i in range(8))  # each once
