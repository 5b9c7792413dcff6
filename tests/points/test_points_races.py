"""Real concurrency, on SQLite and PostgreSQL alike: threads, each with its own session and connection, released
together by a barrier. The ledger must neither overdraw, oversell, pay an event twice, lose an entry nor
deadlock, and `verify` must be clean afterwards."""
import logging
import threading
from collections import Counter

import pytest
from sqlalchemy import select

from app.db import unit_of_work
from app.extensions import db
from app.orders.models import Order
from app.points import earning, ledger
from tests import factories
from tests.points import helpers as h
from tests.points.helpers import API

pytestmark = pytest.mark.real_commits


def race(app, count: int, work) -> list:
    """Run `work(index)` in `count` threads started together; return their results in order."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(index):
        barrier.wait()
        try:
            results[index] = work(index)
        except Exception as exc:  # reported, not swallowed: the assertions below see it
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a thread is stuck"
    return results


def outcome(resp) -> str:
    return str(resp.status_code) if resp.status_code < 400 else resp.get_json()["code"]


@pytest.fixture
def retries(caplog):
    """Log records of requests run again after a deadlock or serialization failure (there should be none)."""
    caplog.set_level(logging.WARNING, logger="app.transactions")
    return lambda: [r for r in caplog.records if r.name == "app.transactions"]


@pytest.mark.parametrize("rewards_count", [1, 50], ids=["one_reward", "a_reward_each"])
def test_redemptions_racing_against_one_balance(app, auth, retries, rewards_count):
    """50 redemptions of 10 points against a balance of 100. With one reward, its stock row also queues the
    racers; with a reward each, nothing does but the volunteer's balance row, so the conditional debit alone
    must hold the line."""
    community = factories.community()
    staff = factories.staff(community)
    volunteer = h.volunteer(community)
    h.fund(volunteer, 100, staff=staff)
    rewards = [h.reward(community, cost_points=10, stock=100) for _ in range(rewards_count)]
    headers = auth.headers(volunteer.user)

    results = race(app, 50, lambda i: outcome(app.test_client().post(
        f"{API}/redemptions", json={"reward_id": rewards[i % rewards_count].id}, headers=headers)))

    assert Counter(results) == {"201": 10, "insufficient_points": 40}
    assert h.balance(volunteer) == 0 and sum(h.stock(r) for r in rewards) == 100 * rewards_count - 10
    assert h.verify() == [] and retries() == []


def test_redemptions_racing_for_the_last_stock(app, auth, retries):
    community = factories.community()
    staff = factories.staff(community)
    volunteers = [h.volunteer(community) for _ in range(20)]
    for volunteer in volunteers:
        h.fund(volunteer, 100, staff=staff)
    reward = h.reward(community, cost_points=10, stock=5)
    headers = [auth.headers(v.user) for v in volunteers]

    results = race(app, 20, lambda i: outcome(app.test_client().post(
        f"{API}/redemptions", json={"reward_id": reward.id}, headers=headers[i])))

    assert Counter(results) == {"201": 5, "out_of_stock": 15}
    assert h.stock(reward) == 0
    assert sorted(h.balance(v) for v in volunteers) == [90] * 5 + [100] * 15
    assert h.verify() == [] and retries() == []


def test_opposing_adjustments_neither_deadlock_nor_lose_an_entry(app, auth, retries):
    community = factories.community()
    staff = factories.staff(community)
    volunteer = h.volunteer(community)
    h.fund(volunteer, 100, staff=staff)
    headers = auth.headers(staff)

    # Even threads credit (issuing -> volunteer), odd ones debit (volunteer -> issuing): opposite directions
    # between the same two accounts.
    results = race(app, 40, lambda i: outcome(app.test_client().post(
        f"{API}/points/adjustments", headers=headers,
        json={"volunteer_id": volunteer.id, "amount": 5 if i % 2 == 0 else -5, "reason": f"race {i}"})))

    assert results == ["201"] * 40
    assert h.balance(volunteer) == 100 and h.issuing_balance(community) == -100
    assert len(h.entries(kind="adjustment")) == 41
    assert h.verify() == [] and retries() == []


def test_one_award_fired_twenty_times_pays_once(app):
    community = factories.community()
    volunteer = h.volunteer(community)
    order_id = h.order(volunteer, points=10).id  # no account exists yet: the racers also create them

    def award(_):
        with app.app_context():
            order = db.session.get(Order, order_id)
            with unit_of_work(db.session):
                return earning.award_completion(order=order) is not None

    results = race(app, 20, award)

    assert results.count(True) == 1 and results.count(False) == 19, results
    assert h.balance(volunteer) == 10 and len(h.entries(order_id=order_id)) == 1
    assert h.verify() == []


def test_one_business_key_posted_twenty_times_at_once_moves_points_once(app):
    """The backstop under every award: racers that hold no other lock (a backfill, say) meet only at the
    entry's unique business key; one inserts, the rest get None and their transactions carry on."""
    community = factories.community()
    volunteer = h.volunteer(community)
    with app.app_context():
        ledger.issuing_account(community_id=community.id)
        ledger.volunteer_account(volunteer_id=volunteer.id)
        db.session.commit()

    def post(_):
        with app.app_context():
            with unit_of_work(db.session):
                entry = ledger.post(debit=ledger.issuing_account(community_id=community.id),
                                    credit=ledger.volunteer_account(volunteer_id=volunteer.id), amount=10,
                                    kind="adjustment", business_key="backfill:2026-11:volunteer-bonus",
                                    reason="backfill")
                db.session.execute(select(1))  # the transaction is still usable
                return entry is not None

    results = race(app, 20, post)

    assert results.count(True) == 1 and results.count(False) == 19, results
    assert h.balance(volunteer) == 10 and len(h.entries()) == 1
    assert h.verify() == []


def test_one_redemption_cancelled_ten_times_refunds_once(app, auth):
    community = factories.community()
    staff = factories.staff(community)
    volunteer = h.volunteer(community)
    h.fund(volunteer, 50, staff=staff)
    reward = h.reward(community, cost_points=20, stock=3)
    redemption = app.test_client().post(f"{API}/redemptions", json={"reward_id": reward.id},
                                        headers=auth.headers(volunteer.user)).get_json()
    headers = auth.headers(staff)

    results = race(app, 10, lambda i: outcome(app.test_client().post(
        f"{API}/redemptions/{redemption['id']}/cancel", headers=headers)))

    assert Counter(results) == {"200": 1, "redemption_not_pending": 9}
    assert h.balance(volunteer) == 50 and h.stock(reward) == 3
    assert len(h.entries(kind="redemption_refund")) == 1
    assert h.verify() == []


def test_one_order_reversed_ten_times_at_once_reverses_once(app, auth):
    community = factories.community()
    staff = factories.staff(community)
    volunteer = h.volunteer(community)
    order = h.order(volunteer, points=10)
    with app.app_context():
        earning.award_completion(order=db.session.get(Order, order.id))
        db.session.commit()
    headers = auth.headers(staff)

    results = race(app, 10, lambda i: outcome(app.test_client().post(
        f"{API}/orders/{order.id}/points-reversal", json={"reason": "争议"}, headers=headers)))

    assert Counter(results) == {"201": 1, "points_already_reversed": 9}
    assert h.balance(volunteer) == 0 and len(h.entries(kind="reversal")) == 1
    assert h.verify() == []


def test_an_award_racing_a_reversal_of_the_same_order_leaves_nothing_paid(app):
    """Minutes approved at the moment staff reverse the order: whichever goes first, the other sees it, so
    the volunteer keeps nothing from the order (paid then reversed, or never paid)."""
    community = factories.community()
    staff = factories.staff(community)
    volunteers = [h.volunteer(community) for _ in range(6)]
    orders = [h.order(v, points=10).id for v in volunteers]
    with app.app_context():  # accounts in place, so the racers meet at the order, not at account creation
        ledger.issuing_account(community_id=community.id)
        for volunteer in volunteers:
            ledger.volunteer_account(volunteer_id=volunteer.id)
        db.session.commit()

    def award_or_reverse(index):
        with app.app_context():
            order = db.session.get(Order, orders[index // 2])
            with unit_of_work(db.session):
                if index % 2 == 0:
                    earning.award_completion(order=order)
                else:
                    earning.reverse_order_awards(order=order, staff_user=None, reason="争议")

    results = race(app, 2 * len(orders), award_or_reverse)

    assert results == [None] * len(results)
    assert [h.balance(v) for v in volunteers] == [0] * len(volunteers)
    assert h.verify() == []

