"""The order state machine called directly: which changes close an order (and stamp `closed_at`, which the
clean-up and statistics read), and the conflict code and detail a refused action answers with, for every status
an action can meet (issue 21: the mutants of app/orders/flows.py that the route tests let live)."""
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from app import clock
from app.errors import ApiError
from app.extensions import db
from app.orders import flows
from app.orders.models import Order
from tests import factories

AT = datetime(2026, 5, 4, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def order(ctx, world):
    clock.set_time(AT)
    return db.session.merge(factories.order(world.item, world.resident))


@pytest.mark.parametrize("action", ["cancel", "expire"])
def test_closing_an_order_stamps_when_it_closed(order, action):
    clock.set_time(AT.replace(hour=10))
    flows.transition(order, action)
    stored = db.session.get(Order, order.id)
    db.session.refresh(stored)
    assert stored.status in flows.CLOSED_STATUSES
    assert stored.closed_at == AT.replace(hour=10)


def test_a_close_keeps_the_time_its_caller_gives(order):
    given = AT.replace(hour=8)
    flows.transition(order, "cancel", values={"closed_at": given})
    db.session.refresh(order)
    assert order.closed_at == given


def test_an_order_that_moves_on_but_stays_open_has_no_closing_time(order, world):
    volunteer = db.session.merge(world.volunteers[0])
    flows.transition(order, "claim", volunteer=volunteer, values={"volunteer_id": volunteer.id})
    db.session.refresh(order)
    assert order.status == "accepted" and order.closed_at is None


def _refusal(status: str, action: str) -> ApiError:
    with pytest.raises(ApiError) as raised:
        flows.check(SimpleNamespace(status=status), action)
    assert raised.value.status == 409
    return raised.value


@pytest.mark.parametrize(("status", "action", "code"), [
    # A cancelled or expired order says so, whatever was tried on it...
    ("cancelled", "accept", "order_cancelled"), ("cancelled", "claim", "order_cancelled"),
    ("expired", "claim", "order_expired"), ("expired", "check_in", "order_expired"),
    ("cancelled", "cancel", "order_cancelled"),
    # ...except that cancelling an expired order is simply not possible any more.
    ("expired", "cancel", "order_not_cancellable"),
    # A repeat of what was done already says so.
    ("rated", "rate", "already_rated"),
    ("in_service", "check_in", "already_checked_in"), ("completed", "check_in", "already_checked_in"),
    ("rated", "check_in", "already_checked_in"),
    ("completed", "check_out", "already_checked_out"), ("rated", "check_out", "already_checked_out"),
    # Anything else answers with the action's own code.
    ("pending", "check_in", "order_not_accepted"), ("accepted", "check_out", "order_not_in_service"),
    ("pending", "rate", "order_not_completed"), ("completed", "cancel", "order_not_cancellable"),
    ("rated", "cancel", "order_not_cancellable"), ("accepted", "claim", "order_not_pending"),
    ("in_service", "rate", "order_not_completed"), ("pending", "check_out", "order_not_in_service"),
])
def test_a_refused_action_says_why(status, action, code):
    assert _refusal(status, action).code == code


def test_a_refusal_explains_itself_in_words():
    assert _refusal("completed", "cancel").detail == "The order can no longer be cancelled."
    # Codes without an explanation of their own still carry one.
    assert _refusal("rated", "rate").detail == "The order is not in a state for this."
    assert flows.conflict("order_not_open", "Too late.").detail == "Too late."


@pytest.mark.parametrize("action", sorted(flows.TRANSITIONS))
def test_every_action_starts_from_its_sources_only(action):
    rule = flows.TRANSITIONS[action]
    for status in flows.STATUSES:
        if status in rule.sources:
            flows.check(SimpleNamespace(status=status), action)
        else:
            _refusal(status, action)
