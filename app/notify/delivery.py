"""Delivering the outbox as WeChat subscription messages: at least once, each message by one runner at a time.

A run (app.notify.jobs) claims due rows with one conditional UPDATE (status, due time and lease in the WHERE
clause, a fresh `claim_token` in the SET) and commits that claim before it calls WeChat, so no database lock is held
over the network and a second runner, concurrent or later, cannot claim the same rows. `send` talks to WeChat only;
each outcome is then recorded with a conditional update on the claim token, in its own transaction. Failures that may pass (network, busy, rate limit, token trouble) come back with
exponential backoff; WeChat's final answers (43101 not subscribed, 47003 bad data, ...) are recorded and not retried.
"""
from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from sqlalchemy import and_, delete, or_, select, update

from app import clock
from app.extensions import db
from app.notify.models import OutboxMessage
from app.wechat import client
from app.wechat.errors import BAD_TEMPLATE_DATA, BUSY, NOT_SUBSCRIBED, RATE_LIMITED, TOKEN_ERRORS, WeChatError, \
    WeChatUnavailable

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)  # far longer than one send (3 s timeout, a busy retry, a token refresh)
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)
MAX_ATTEMPTS = 10  # about 4.5 hours of trying
BATCH = 100
# Worth trying again later. 45009: the daily quota is spent.
RETRYABLE = frozenset({BUSY, RATE_LIMITED, 45009}) | TOKEN_ERRORS


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, ... up to an hour, after the given number of failed attempts."""
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


def _due(now):
    return or_(
        and_(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now),
        # claimed by a runner that died before recording the outcome: its lease ran out
        and_(OutboxMessage.status == "sending", OutboxMessage.lease_until < now),
    )


def claim(*, limit: int = BATCH) -> list[OutboxMessage]:
    """Take up to `limit` due messages for this run (the caller commits the claim before sending)."""
    now = clock.now()
    token = uuid.uuid4().hex
    candidates = db.session.scalars(
        select(OutboxMessage.id).where(_due(now)).order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(limit).with_for_update(skip_locked=True)  # PostgreSQL: concurrent runners split the work
    ).all()
    if not candidates:
        return []
    db.session.execute(
        update(OutboxMessage).where(OutboxMessage.id.in_(candidates), _due(now))  # the due test again: the guard
        .values(status="sending", claim_token=token, lease_until=now + LEASE, attempts=OutboxMessage.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    return list(db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.id.in_(candidates), OutboxMessage.claim_token == token)
        .order_by(OutboxMessage.id).execution_options(populate_existing=True)
    ).all())


def record(message: OutboxMessage, **values) -> bool:
    """Store the outcome, if the claim is still ours (a run slower than its lease may have lost it)."""
    if message.claim_token is None:
        return False
    done = db.session.execute(
        update(OutboxMessage).where(OutboxMessage.id == message.id, OutboxMessage.claim_token == message.claim_token)
        .values(claim_token=None, lease_until=None, **values).execution_options(synchronize_session=False)
    ).rowcount
    if not done:
        log.warning("outbox %s: the claim was lost before the outcome was recorded", message.id)
    return bool(done)


def _retry_later(message: OutboxMessage, *, errcode: int | None, error: str) -> tuple[str, dict]:
    if message.attempts >= MAX_ATTEMPTS:
        log.error("outbox %s: giving up after %d attempts: %s", message.id, message.attempts, error)
        return "failed", {"status": "failed", "last_errcode": errcode, "last_error": error[:300]}
    return "retry", {"status": "pending", "next_attempt_at": clock.now() + backoff(message.attempts),
                     "last_errcode": errcode, "last_error": error[:300]}


def _refused(message: OutboxMessage, exc: WeChatError) -> tuple[str, dict]:
    if exc.errcode in RETRYABLE:
        return _retry_later(message, errcode=exc.errcode, error=exc.errmsg)
    if exc.errcode == BAD_TEMPLATE_DATA:
        field = exc.field
        log.error("outbox %s: WeChat refused the field %s (value %r) of template %s", message.id, field,
                  message.fields.get(field) if field else None, message.template_id)
    elif exc.errcode == NOT_SUBSCRIBED:
        log.info("outbox %s: the user has not subscribed to template %s", message.id, message.template_id)
    else:
        log.error("outbox %s: WeChat refused it: %s", message.id, exc)
    return "failed", {"status": "failed", "last_errcode": exc.errcode, "last_error": exc.errmsg[:300]}


def send(message: OutboxMessage) -> tuple[str, dict]:
    """Send one claimed message: (the outcome, sent, retry, failed or expired; the values to record for it)."""
    if message.send_before is not None and clock.now() > message.send_before:
        return "expired", {"status": "expired", "last_error": "stale before it could be sent"}
    try:
        client.send_subscribe_message(openid=message.openid, template_id=message.template_id,
                                      fields=message.fields, page=message.page)
    except WeChatUnavailable as exc:
        return _retry_later(message, errcode=None, error=str(exc))
    except WeChatError as exc:
        return _refused(message, exc)
    except Exception as exc:  # a bug or the database: the next run tries again, the sweep goes on
        log.exception("outbox %s: delivery crashed", message.id)
        return _retry_later(message, errcode=None, error=f"{type(exc).__name__}: {exc}")
    return "sent", {"status": "sent", "sent_at": clock.now(), "last_errcode": None, "last_error": None}


def purge_delivered(*, older_than: timedelta = timedelta(days=30)) -> int:
    """Forget finished messages after a month (the inbox rows stay)."""
    deleted = db.session.execute(
        delete(OutboxMessage).where(OutboxMessage.status.in_(("sent", "failed", "expired")),
                                    OutboxMessage.created_at < clock.now() - older_than)
    ).rowcount
    return deleted or 0
