"""An order's timeline: one event per status change (written by app.orders.flows) and per decision that is no
status change (a flag for staff, a minutes decision, a reversal), each with who made it and why."""
from __future__ import annotations

from sqlalchemy.orm.attributes import set_committed_value

from app import clock, i18n
from app.extensions import db
from app.orders.models import Order, OrderEvent


def record(order: Order, *, actor, actor_role: str, from_status: str | None, to_status: str,
           note="") -> OrderEvent:
    # A note is a person's free text (kept as typed) or a system's app.i18n Message (shown in each reader's language).
    note, note_msg = i18n.stored(note, 500)
    event = OrderEvent(order_id=order.id, at=clock.now(), actor_id=getattr(actor, "id", None), actor_role=actor_role,
                       from_status=from_status, to_status=to_status, note=note, note_msg=note_msg)
    db.session.add(event)
    if "events" in order.__dict__:
        # The timeline loaded with the order is now one event short: read afresh when next shown, so the answer
        # to an action shows the change it made.
        db.session.expire(order, ["events"])
    return event


def note(order: Order, text: str, *, actor=None, actor_role: str = "system") -> None:
    """An event that changes no status: the order stays where it is."""
    record(order, actor=actor, actor_role=actor_role, from_status=order.status, to_status=order.status, note=text)


def created(order: Order, *, actor, actor_role: str, note: str = "") -> None:
    """The first event of every order. A new order's timeline is that event, so presenting the order does not read
    it back."""
    event = record(order, actor=actor, actor_role=actor_role, from_status=None, to_status=order.status, note=note)
    db.session.flush()
    set_committed_value(order, "events", [event])
