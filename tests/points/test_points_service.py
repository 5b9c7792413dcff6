"""Points rules called directly: awards and their idempotency, earning rules, reversals with shortfalls,
adjustments, statements, leaderboards, expiry, `verify` and `flask points verify`, and a property test that
drives random operations against a model of the balances."""
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text, update

from app import clock
from app.db import unit_of_work
from app.errors import ApiError
from app.extensions import db
from app.orders.models import Order, Rating
from app.points import earning, expiry, ledger, shop, statements, verify
from app.points import jobs as points_jobs
from app.points.models import PointsAccount, PointsReversal, Redemption, Reward
from tests import factories
from tests.points import helpers as h


@pytest.fixture
def community(ctx):
    return factories.community()


@pytest.fixture
def staff(community):
    return factories.staff(community)


@pytest.fixture
def volunteer(community):
    return h.volunteer(community, name="张志愿")


def set_rules(community, **settings_):
    community = db.session.merge(community)
    community.settings = {**(community.settings or {}), **settings_}
    db.session.commit()


def rate(order, stars, *, automatic=False):
    db.session.add(Rating(order_id=order.id, volunteer_id=order.volunteer_id, stars=stars, automatic=automatic,
                          created_at=clock.now()))
    db.session.commit()
    db.session.expire(order)  # reload order.rating
    return order


# Completion awards

def test_completion_pays_the_orders_points_from_the_issuing_account(community, volunteer):
    order = h.order(volunteer, points=15)
    entry = earning.award_completion(order=order)
    assert entry is not None and entry.amount == 15 and entry.kind == "completion"
    assert entry.business_key == f"order:{order.id}:completion" and entry.order_id == order.id
    assert entry.created_by_id is None
    issuing = db.session.get(PointsAccount, entry.debit_account_id)
    assert issuing.kind == "issuing" and issuing.community_id == community.id
    assert h.balance(volunteer) == 15 and h.issuing_balance(community) == -15
    assert h.verify() == []


def test_completion_pays_once_however_often_it_is_called(community, volunteer):
    order = h.order(volunteer, points=10)
    with unit_of_work(db.session):
        assert earning.award_completion(order=order) is not None
        assert earning.award_completion(order=order) is None
        # the transaction is still usable after the refused duplicate
        db.session.execute(text("SELECT 1"))
    assert earning.award_completion(order=order) is None
    assert h.balance(volunteer) == 10 and len(h.entries(order_id=order.id)) == 1


def test_duplicate_caught_by_the_unique_index_keeps_the_outer_transaction(community, volunteer, staff, monkeypatch):
    """The check before the insert misses the first entry (as it does under a race): the unique index refuses
    the second, inside a savepoint, and the caller's transaction carries on."""
    order = h.order(volunteer, points=10)
    earning.award_completion(order=order)
    real_entry_by_key, calls = ledger.entry_by_key, []

    def first_check_misses(key):
        calls.append(key)
        return None if len(calls) == 1 else real_entry_by_key(key)

    monkeypatch.setattr(ledger, "entry_by_key", first_check_misses)
    with unit_of_work(db.session):
        assert ledger.post(debit=ledger.issuing_account(community_id=community.id),
                           credit=ledger.volunteer_account(volunteer_id=volunteer.id), amount=10,
                           kind="completion", business_key=f"order:{order.id}:completion", reason="again") is None
        earning.adjust(volunteer=volunteer, amount=1, reason="still works", staff_user=staff)
    assert h.balance(volunteer) == 11 and len(h.entries(order_id=order.id)) == 1


@pytest.mark.parametrize("minutes_status", ["pending_review", "rejected", None])
def test_unverified_service_earns_nothing(community, volunteer, minutes_status):
    order = h.order(volunteer, minutes_status=minutes_status)
    assert earning.award_completion(order=order) is None
    assert earning.award_rating_bonus(order=order, stars=5) is None
    assert h.entries(order_id=order.id) == []


def test_approved_minutes_earn(community, volunteer):
    assert earning.award_completion(order=h.order(volunteer, points=7, minutes_status="approved")).amount == 7


def test_per_hour_rule_rounds_down(community, volunteer):
    set_rules(community, earning_rule="per_hour", points_per_hour=10)
    assert earning.award_completion(order=h.order(volunteer, points=99, service_minutes=50)).amount == 8
    assert earning.award_completion(order=h.order(volunteer, points=99, service_minutes=120)).amount == 20
    assert earning.award_completion(order=h.order(volunteer, points=99, service_minutes=5)) is None  # 0 points
    set_rules(community, points_per_hour=None)  # unset: the default, 10 an hour
    assert earning.award_completion(order=h.order(volunteer, service_minutes=90)).amount == 15


def test_unusable_settings_fall_back_to_defaults(community, volunteer):
    set_rules(community, earning_rule="per_minute", rating_bonus=-3, points_expiry_months="soon")
    rules = earning.earning_rules(db.session.merge(community))
    assert rules == earning.EarningRules("per_order", 10, 2, None)


# Rating bonus

def test_rating_bonus_for_five_stars_only(community, volunteer):
    order = h.order(volunteer, points=10)
    earning.award_completion(order=order)
    assert earning.award_rating_bonus(order=order, stars=4) is None
    bonus = earning.award_rating_bonus(order=order, stars=5)
    assert bonus.amount == 2 and bonus.business_key == f"order:{order.id}:rating_bonus"
    assert earning.award_rating_bonus(order=order, stars=5) is None
    assert h.balance(volunteer) == 12


def test_rating_bonus_follows_the_community_setting(community, volunteer):
    set_rules(community, rating_bonus=5)
    order = h.order(volunteer)
    assert earning.award_rating_bonus(order=order, stars=5).amount == 5
    set_rules(community, rating_bonus=0)
    assert earning.award_rating_bonus(order=h.order(volunteer), stars=5) is None


def test_minutes_approved_after_a_five_star_rating_pay_the_bonus_too(community, volunteer):
    order = h.order(volunteer, points=10, minutes_status="pending_review")
    rate(order, 5)
    assert earning.award_rating_bonus(order=order, stars=5) is None  # not payable yet
    order.minutes_status = "approved"
    db.session.commit()
    earning.award_completion(order=order)
    assert sorted(e.kind for e in h.entries(order_id=order.id)) == ["completion", "rating_bonus"]
    assert h.balance(volunteer) == 12


def test_an_automatic_rating_earns_no_bonus(community, volunteer):
    order = rate(h.order(volunteer, points=10, minutes_status="pending_review"), 5, automatic=True)
    order.minutes_status = "approved"
    db.session.commit()
    earning.award_completion(order=order)
    assert [e.kind for e in h.entries(order_id=order.id)] == ["completion"]


# Reversals

def test_reversal_takes_back_both_awards(community, volunteer, staff):
    order = h.order(volunteer, points=10)
    completion = earning.award_completion(order=order)
    bonus = earning.award_rating_bonus(order=order, stars=5)
    result = earning.reverse_order_awards(order=order, staff_user=staff, reason="居民投诉未到场")
    assert (result.awarded, result.reversed, result.shortfall) == (12, 12, 0)
    reversals = h.entries(order_id=order.id, kind="reversal")
    assert [(e.amount, e.corrects_entry_id, e.created_by_id) for e in reversals] == [
        (10, completion.id, staff.id), (2, bonus.id, staff.id)]
    assert result.entry_ids == [e.id for e in reversals]
    assert h.balance(volunteer) == 0 and h.issuing_balance(community) == 0
    assert h.verify() == []


def test_reversal_never_overdraws_and_reports_the_shortfall(community, volunteer, staff):
    order = h.order(volunteer, points=10)
    earning.award_completion(order=order)
    earning.award_rating_bonus(order=order, stars=5)
    earning.adjust(volunteer=volunteer, amount=-9, reason="已兑换线下物品", staff_user=staff)  # 3 left
    result = earning.reverse_order_awards(order=order, staff_user=staff, reason="争议")
    assert (result.awarded, result.reversed, result.shortfall) == (12, 3, 9)
    assert [e.amount for e in h.entries(order_id=order.id, kind="reversal")] == [3]  # the completion first
    assert h.balance(volunteer) == 0
    stored = db.session.scalar(select(PointsReversal).where(PointsReversal.order_id == order.id))
    assert (stored.shortfall, stored.reason, stored.created_by_id) == (9, "争议", staff.id)
    assert h.verify() == []


def test_reversal_happens_once_and_stops_later_awards(community, volunteer, staff):
    order = h.order(volunteer, points=10, minutes_status="pending_review")
    result = earning.reverse_order_awards(order=order, staff_user=staff, reason="争议")
    assert (result.awarded, result.reversed, result.shortfall, result.entry_ids) == (0, 0, 0, [])
    with pytest.raises(ApiError) as refused:
        earning.reverse_order_awards(order=order, staff_user=staff, reason="again")
    assert refused.value.status == 409 and refused.value.code == "points_already_reversed"
    order.minutes_status = "approved"
    db.session.commit()
    assert earning.award_completion(order=order) is None
    assert earning.award_rating_bonus(order=order, stars=5) is None
    assert h.balance(volunteer) == 0


# Adjustments

def test_adjustments_credit_and_debit_with_an_audit_trail(community, volunteer, staff):
    result = earning.adjust(volunteer=volunteer, amount=30, reason="补录线下活动", staff_user=staff)
    assert result["balance"] == 30 and result["entry"]["amount"] == 30
    assert result["entry"]["adjusted_by"] == staff.id and result["entry"]["kind"] == "adjustment"
    result = earning.adjust(volunteer=volunteer, amount=-12, reason="误发", staff_user=staff,
                            corrects_entry_id=result["entry"]["id"])
    assert result["balance"] == 18 and result["entry"]["amount"] == -12
    assert h.issuing_balance(community) == -18


def test_a_debit_beyond_the_balance_is_refused_and_changes_nothing(community, volunteer, staff):
    earning.adjust(volunteer=volunteer, amount=5, reason="x", staff_user=staff)
    before = len(h.entries())
    with pytest.raises(ApiError) as refused:
        earning.adjust(volunteer=volunteer, amount=-6, reason="too much", staff_user=staff)
    assert refused.value.status == 409 and refused.value.code == "insufficient_points"
    assert h.balance(volunteer) == 5 and len(h.entries()) == before


def test_a_correction_must_concern_the_volunteer(community, volunteer, staff):
    other = h.volunteer(community)
    entry_id = earning.adjust(volunteer=other, amount=5, reason="x", staff_user=staff)["entry"]["id"]
    for bad in (entry_id, 10**9):
        with pytest.raises(ApiError) as refused:
            earning.adjust(volunteer=volunteer, amount=5, reason="x", staff_user=staff, corrects_entry_id=bad)
        assert refused.value.status == 422 and refused.value.errors == {"corrects_entry_id": [refused.value.detail]}


# Reading

def test_summary_totals_add_up_to_the_balance(community, volunteer, staff):
    h.fund(volunteer, 100, staff=staff)
    earning.award_completion(order=h.order(volunteer, points=20))
    reward = h.reward(community, cost_points=30)
    first = shop.redeem(user=volunteer.user, reward_id=reward.id, quantity=1)
    shop.redeem(user=volunteer.user, reward_id=reward.id, quantity=1)
    shop.cancel(redemption=first, staff_user=staff)
    summary = statements.summary(volunteer=db.session.merge(volunteer))
    assert summary["balance"] == 90 and summary["earned_total"] == 120 and summary["redeemed_total"] == 30
    assert summary["expired_total"] == 0 and summary["rank"] == 1 and summary["rank_period"] == "month"


def test_summary_of_a_volunteer_without_an_account(community, volunteer):
    summary = statements.summary(volunteer=volunteer)
    assert summary == {"balance": 0, "earned_total": 0, "redeemed_total": 0, "expired_total": 0,
                       "verified_minutes": 0, "rank": 1, "rank_period": "month"}


def test_leaderboard_by_month_and_all_time(community, staff):
    clock.set_time(datetime(2026, 10, 20, 4, tzinfo=timezone.utc))
    a, b, c = (h.volunteer(community, name=n) for n in ("甲", "乙", "丙"))
    h.fund(a, 50, staff=staff)
    clock.set_time(datetime(2026, 11, 1, 0, 30, tzinfo=timezone.utc))  # 08:30 on 1 November, China time
    h.fund(b, 20, staff=staff)
    h.fund(c, 20, staff=staff)
    earning.award_completion(order=h.order(a, points=5))
    h.volunteer(community, status="suspended")  # never ranked
    other_community_volunteer = h.volunteer(factories.community())
    h.fund(other_community_volunteer, 99, staff=factories.staff(db.session.merge(factories.community())))

    def board(period):
        rows = db.session.execute(statements.leaderboard_statement(community_id=community.id, period=period)).all()
        return [(r.rank, r.name, r.points) for r in rows]

    assert board("month") == [(1, "乙", 20), (1, "丙", 20), (3, "甲", 5)]
    assert board("all") == [(1, "甲", 55), (2, "乙", 20), (2, "丙", 20)]
    assert statements.summary(volunteer=db.session.merge(a))["rank"] == 3
    assert statements.summary(volunteer=db.session.merge(b))["rank"] == 1


def test_month_starts_in_china_time():
    clock.set_time(datetime(2026, 10, 31, 16, 0, tzinfo=timezone.utc))  # 1 November 00:00 in Chongqing
    assert statements.period_start("month") == datetime(2026, 10, 31, 16, 0, tzinfo=timezone.utc)
    assert statements.period_start("all") is None


def test_months_before():
    cst = clock.CHINA_TZ
    assert expiry.months_before(datetime(2026, 3, 31, 9, tzinfo=cst), 1) == datetime(2026, 2, 28, 9, tzinfo=cst)
    assert expiry.months_before(datetime(2028, 3, 31, tzinfo=cst), 1) == datetime(2028, 2, 29, tzinfo=cst)
    assert expiry.months_before(datetime(2026, 1, 15, tzinfo=cst), 13) == datetime(2024, 12, 15, tzinfo=cst)
    assert expiry.months_before(datetime(2026, 12, 31, tzinfo=cst), 12) == datetime(2025, 12, 31, tzinfo=cst)


# Expiry

def test_expiry_is_off_by_default(community, volunteer, staff):
    clock.set_time(datetime(2026, 1, 5, tzinfo=timezone.utc))
    h.fund(volunteer, 10, staff=staff)
    clock.advance(timedelta(days=3650))
    assert points_jobs.expire_points() == 0 and h.balance(volunteer) == 10


def test_expiry_is_first_in_first_out_and_idempotent(community, volunteer, staff):
    set_rules(community, points_expiry_months=12)
    clock.set_time(datetime(2025, 1, 10, 2, tzinfo=timezone.utc))
    h.fund(volunteer, 100, staff=staff)                      # January 2025: 100
    clock.set_time(datetime(2025, 6, 10, 2, tzinfo=timezone.utc))
    earning.award_completion(order=h.order(volunteer, points=50))  # June 2025: 50
    earning.adjust(volunteer=volunteer, amount=-30, reason="兑换", staff_user=staff)  # spends January's first
    clock.set_time(datetime(2026, 1, 11, 2, tzinfo=timezone.utc))
    assert points_jobs.expire_points() == 70                     # what is left of January's 100
    assert points_jobs.expire_points() == 0                      # a second sweep finds nothing
    clock.set_time(datetime(2026, 1, 12, 2, tzinfo=timezone.utc))
    assert points_jobs.expire_points() == 0
    assert h.balance(volunteer) == 50
    expired = h.entries(kind="expiry")
    assert [(e.amount, e.business_key) for e in expired] == [(70, f"expiry:volunteer:{volunteer.id}:2025-01-11")]
    assert statements.summary(volunteer=db.session.merge(volunteer))["expired_total"] == 70
    clock.set_time(datetime(2026, 6, 11, 2, tzinfo=timezone.utc))
    assert points_jobs.expire_points() == 50 and h.balance(volunteer) == 0
    assert h.verify() == []


def test_expiry_job_is_registered(app):
    from app.points import jobs
    from app.scheduler import all_jobs

    assert [job.name for job in jobs.jobs(app)] == ["expire_points"]
    assert "expire_points" in [job.name for job in all_jobs(app)]


# verify and `flask points verify`

def test_verify_names_each_broken_invariant(community, volunteer, staff):
    h.fund(volunteer, 50, staff=staff)
    reward = h.reward(community, cost_points=10, stock=5)
    redemption = shop.redeem(user=volunteer.user, reward_id=reward.id, quantity=2)
    assert verify.verify() == []
    account = ledger.find_volunteer_account(volunteer_id=volunteer.id)
    db.session.execute(update(PointsAccount).where(PointsAccount.id == account.id).values(balance=31)
                       .execution_options(synchronize_session=False))
    db.session.execute(update(Reward).where(Reward.id == reward.id).values(stock=4)
                       .execution_options(synchronize_session=False))
    db.session.execute(update(Redemption).where(Redemption.id == redemption.id).values(status="cancelled")
                       .execution_options(synchronize_session=False))
    problems = verify.verify()
    assert f"account {account.id} (volunteer {volunteer.id}): cached balance 31 != 30 from its entries" in problems
    assert "cached balances sum to 1, not 0" in problems
    assert f"reward {reward.id}: stock 4 + 0 redeemed (not cancelled) != 5 stocked" in problems
    assert f"redemption {redemption.id} (cancelled): 0 refund entries, not 1" in problems
    assert any(p.startswith("account ") and "redemption account" in p and "holds 20" in p for p in problems)


@pytest.mark.ledger_may_break  # tampers with a balance to prove verify names it
def test_flask_points_verify(app, runner, community, volunteer, staff):
    h.fund(volunteer, 40, staff=staff)
    result = runner.invoke(args=["points", "verify"])
    assert result.exit_code == 0, result.output
    assert "ok:" in result.output
    account = ledger.find_volunteer_account(volunteer_id=volunteer.id)
    db.session.execute(update(PointsAccount).where(PointsAccount.id == account.id).values(balance=41)
                       .execution_options(synchronize_session=False))
    db.session.commit()
    result = runner.invoke(args=["points", "verify"])
    assert result.exit_code == 1
    assert f"account {account.id} (volunteer {volunteer.id}): cached balance 41 != 40" in result.output


# Property: random operations against a model of every balance

OPERATIONS = st.lists(st.one_of(
    st.tuples(st.just("award"), st.integers(0, 2), st.integers(1, 40)),
    st.tuples(st.just("bonus"), st.integers(0, 7)),
    st.tuples(st.just("award_again"), st.integers(0, 7)),
    st.tuples(st.just("adjust"), st.integers(0, 2), st.integers(-60, 60).filter(bool)),
    st.tuples(st.just("redeem"), st.integers(0, 2), st.integers(0, 1), st.integers(1, 3)),
    st.tuples(st.just("cancel"), st.integers(0, 7)),
    st.tuples(st.just("fulfill"), st.integers(0, 7)),
    st.tuples(st.just("reverse"), st.integers(0, 7)),
), min_size=1, max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(operations=OPERATIONS)
def test_random_operations_match_the_model(ctx, operations):
    community = factories.community()
    staff = factories.staff(community)
    volunteers = [h.volunteer(community) for _ in range(3)]
    rewards = [h.reward(community, cost_points=15, stock=4), h.reward(community, cost_points=7, stock=2)]
    balances = [0, 0, 0]
    stock = [4, 2]
    orders: list[dict] = []        # {order, volunteer, completion, bonus, reversed}
    redemptions: list[dict] = []   # {redemption, volunteer, reward, points, quantity, status}

    def attempt(fn):
        try:
            with unit_of_work(db.session):
                return fn(), None
        except ApiError as exc:
            return None, exc.code

    for op, *args in operations:
        if op == "award":
            who, points = args
            order = h.order(volunteers[who], points=points)
            attempt(lambda: earning.award_completion(order=order))
            balances[who] += points
            orders.append({"order": order, "volunteer": who, "completion": points, "bonus": 0, "reversed": False})
        elif op in ("bonus", "award_again", "reverse") and orders:
            o = orders[args[0] % len(orders)]
            order = db.session.get(Order, o["order"].id)
            if op == "bonus":
                attempt(lambda: earning.award_rating_bonus(order=order, stars=5))
                if not o["reversed"] and not o["bonus"]:
                    o["bonus"] = 2
                    balances[o["volunteer"]] += 2
            elif op == "award_again":
                attempt(lambda: earning.award_completion(order=order))
            else:
                result, code = attempt(lambda: earning.reverse_order_awards(order=order, staff_user=staff,
                                                                           reason="争议"))
                if o["reversed"]:
                    assert code == "points_already_reversed"
                else:
                    owed = o["completion"] + o["bonus"]
                    taken = min(owed, balances[o["volunteer"]])
                    assert (result.reversed, result.shortfall) == (taken, owed - taken)
                    balances[o["volunteer"]] -= taken
                    o["reversed"] = True
        elif op == "adjust":
            who, amount = args
            _, code = attempt(lambda: earning.adjust(volunteer=volunteers[who], amount=amount, reason="调整",
                                                     staff_user=staff))
            if balances[who] + amount < 0:
                assert code == "insufficient_points"
            else:
                assert code is None
                balances[who] += amount
        elif op == "redeem":
            who, which, quantity = args
            reward = rewards[which]
            cost = reward.cost_points * quantity
            redemption, code = attempt(lambda: shop.redeem(user=volunteers[who].user, reward_id=reward.id,
                                                           quantity=quantity))
            if stock[which] < quantity:
                assert code == "out_of_stock"
            elif balances[who] < cost:
                assert code == "insufficient_points"
            else:
                assert code is None
                balances[who] -= cost
                stock[which] -= quantity
                redemptions.append({"id": redemption.id, "volunteer": who, "reward": which, "points": cost,
                                    "quantity": quantity, "status": "pending"})
        elif op in ("cancel", "fulfill") and redemptions:
            r = redemptions[args[0] % len(redemptions)]
            redemption = db.session.get(Redemption, r["id"])
            if op == "cancel":
                _, code = attempt(lambda: shop.cancel(redemption=redemption, staff_user=staff))
            else:
                _, code = attempt(lambda: shop.fulfill(redemption=redemption, pickup_code=redemption.pickup_code,
                                                       staff_user=staff))
            if r["status"] != "pending":
                assert code == "redemption_not_pending"
            else:
                assert code is None
                r["status"] = "cancelled" if op == "cancel" else "fulfilled"
                if op == "cancel":
                    balances[r["volunteer"]] += r["points"]
                    stock[r["reward"]] += r["quantity"]

    assert [h.balance(v) for v in volunteers] == balances
    assert [h.stock(r) for r in rewards] == stock
    assert verify.verify() == []
