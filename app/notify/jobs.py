"""The notify domain's sweeps: deliver the outbox as WeChat subscription messages, and purge old rows."""
from __future__ import annotations

import logging
from collections import Counter

from flask import Flask

from app.db import unit_of_work
from app.extensions import db
from app.jobs import Job, once
from app.notify import delivery

log = logging.getLogger(__name__)


def deliver_notifications(*, limit: int = delivery.BATCH) -> dict:
    """Claim what is due (committed before any call to WeChat), send each message, and record each outcome in its
    own transaction. Returns counts by outcome (empty when idle)."""
    with unit_of_work(db.session):
        messages = delivery.claim(limit=limit)
    outcomes: Counter = Counter()
    for message in messages:
        outcome, values = delivery.send(message)
        try:
            with unit_of_work(db.session):
                delivery.record(message, **values)
        except Exception:  # the lease runs out and the next run tries again
            log.exception("outbox %s: recording the outcome %s failed", message.id, outcome)
            continue
        outcomes[outcome] += 1
    return dict(outcomes)


def purge_delivered() -> int:
    """Forget finished messages after a month (the inbox rows stay)."""
    return once(delivery.purge_delivered)


def jobs(app: Flask) -> list[Job]:
    return [
        Job("deliver_notifications", deliver_notifications, 10),
        Job("purge_delivered_notifications", purge_delivered, 3600),
    ]
