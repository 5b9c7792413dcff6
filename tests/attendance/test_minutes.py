"""The minutes' status machine (app/attendance/minutes.py) on an order's minutes: which actions start where, how the
volunteer's verified and approved totals follow each change, that a stale status loses, and that star levels follow
counted minutes (issue 21: the mutants the order and activity tests let live)."""
import pytest
from sqlalchemy import select, update

from app.attendance import minutes
from app.errors import ApiError
from app.extensions import db
from app.matching.models import Volunteer
from app.orders.models import Order
from app.records.models import StarLevel
from tests import factories
from tests.points import helpers as h


@pytest.fixture
def volunteer(ctx):
    return db.session.merge(h.volunteer(factories.community()))


def _order(volunteer, *, service_minutes=90, minutes_status=None):
    return db.session.merge(h.order(volunteer, service_minutes=service_minutes, minutes_status=minutes_status))


def _totals(volunteer) -> tuple[int, int]:
    row = db.session.execute(select(Volunteer.verified_minutes, Volunteer.approved_minutes)
                             .where(Volunteer.id == volunteer.id)).one()
    return tuple(row)


def test_verified_minutes_count_as_verified(volunteer):
    order = _order(volunteer)
    minutes.change(order, "verify", volunteer_id=volunteer.id)
    assert order.minutes_status == "verified" and _totals(volunteer) == (90, 0)
    assert volunteer.verified_minutes == 90  # the volunteer the caller holds reads the new total


def test_minutes_held_for_review_count_only_once_approved(volunteer):
    order = _order(volunteer)
    minutes.change(order, "hold_for_review", volunteer_id=volunteer.id, review_reasons=["unconfirmed"])
    assert _totals(volunteer) == (0, 0)
    minutes.change(order, "approve", volunteer_id=volunteer.id)
    assert _totals(volunteer) == (0, 90)


def test_confirming_reviewed_minutes_counts_them_as_verified(volunteer):
    order = _order(volunteer, minutes_status="pending_review")
    minutes.change(order, "confirm", volunteer_id=volunteer.id, service_minutes=60)
    assert order.minutes_status == "verified" and _totals(volunteer) == (60, 0)


@pytest.mark.parametrize(("status", "column"), [("verified", 0), ("approved", 1)])
def test_voiding_takes_counted_minutes_off_again(volunteer, status, column):
    order = _order(volunteer)
    minutes.change(order, "verify" if status == "verified" else "hold_for_review", volunteer_id=volunteer.id)
    if status == "approved":
        minutes.change(order, "approve", volunteer_id=volunteer.id)
    assert _totals(volunteer)[column] == 90
    minutes.change(order, "void", volunteer_id=volunteer.id)
    assert order.minutes_status == "voided" and _totals(volunteer) == (0, 0)


def test_rejected_minutes_never_count(volunteer):
    order = _order(volunteer, minutes_status="pending_review")
    minutes.change(order, "reject", volunteer_id=volunteer.id)
    assert order.minutes_status == "rejected" and _totals(volunteer) == (0, 0)


@pytest.mark.parametrize(("status", "action", "code"), [
    ("verified", "verify", "minutes_already_recorded"), ("pending_review", "hold_for_review",
                                                          "minutes_already_recorded"),
    ("verified", "approve", "minutes_not_pending_review"), (None, "reject", "minutes_not_pending_review"),
    ("approved", "confirm", "minutes_not_pending_review"),
    ("rejected", "void", "minutes_not_voidable"), ("voided", "void", "minutes_not_voidable"),
    (None, "void", "minutes_not_voidable"),
])
def test_an_action_from_the_wrong_status_is_refused_and_counts_nothing(volunteer, status, action, code):
    order = _order(volunteer, minutes_status=status)
    with pytest.raises(ApiError) as raised:
        minutes.change(order, action, volunteer_id=volunteer.id)
    assert raised.value.status == 409 and raised.value.code == code
    assert order.minutes_status == status and _totals(volunteer) == (0, 0)


def test_a_change_from_a_status_seen_before_another_writer_moved_it_loses(volunteer):
    order = _order(volunteer, minutes_status="pending_review")
    db.session.execute(update(Order).where(Order.id == order.id).values(minutes_status="rejected")
                       .execution_options(synchronize_session=False))
    with pytest.raises(ApiError) as raised:
        minutes.change(order, "approve", volunteer_id=volunteer.id)
    assert raised.value.code == "minutes_not_pending_review"
    assert _totals(volunteer) == (0, 0)


def test_counted_minutes_bring_the_star_level_up_to_date(app, volunteer):
    first_star = app.config["STAR_LEVEL_HOURS"][0] * 60
    order = _order(volunteer, service_minutes=first_star)
    minutes.change(order, "verify", volunteer_id=volunteer.id)
    assert db.session.get(StarLevel, volunteer.id).level == 1
    minutes.change(order, "void", volunteer_id=volunteer.id)
    assert db.session.get(StarLevel, volunteer.id).level == 0


def test_minutes_approved_as_none_add_nothing_and_take_nothing_when_voided(volunteer):
    """Staff may approve a visit at 0 minutes (it happened, it earned no hours): the totals stay as they were."""
    order = _order(volunteer, minutes_status="pending_review")
    minutes.change(order, "approve", volunteer_id=volunteer.id, service_minutes=0)
    assert order.minutes_status == "approved" and _totals(volunteer) == (0, 0)
    minutes.change(order, "void", volunteer_id=volunteer.id)
    assert _totals(volunteer) == (0, 0)
