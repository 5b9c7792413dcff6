"""The one job runner: what a scheduled job is, and how a sweep handles each due item in its own unit of work.

A sweep reads what is due (ids, not objects: a rolled-back item must not leave stale objects behind) and hands
each id to a service function inside its own transaction. One item that raises is logged with its id and rolled
back alone; the sweep goes on with the next. Services never commit: this module and the request wrapper
(app.transactions) are where transactions begin and end.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterable

from app.db import in_unit_of_work, unit_of_work
from app.extensions import db

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """A sweep the scheduler runs every `seconds`."""

    name: str
    func: Callable[[], object]
    seconds: int


def sweep(what: str, ids: Iterable, handle: Callable[[object], object]) -> int:
    """Run `handle(id)` for each id, each in its own transaction. Returns how many handled items answered truthy
    (an int answer counts as that many). A failing item is logged with its id and skipped."""
    done = 0
    for item_id in list(ids):
        try:
            # Its own transaction; a savepoint when the sweep runs inside one already (a simulation, a test).
            with (db.session.begin_nested() if in_unit_of_work(db.session) else unit_of_work(db.session)):
                outcome = handle(item_id)
        except Exception:
            log.exception("%s: item %s failed; skipped, the sweep goes on", what, item_id)
            continue
        if isinstance(outcome, bool) or not isinstance(outcome, int):
            done += 1 if outcome else 0
        else:
            done += outcome
    return done


def once(func: Callable[[], object]):
    """Run a sweep that is one statement (a purge, say) as one transaction, and return what it returned."""
    with unit_of_work(db.session):
        return func()
