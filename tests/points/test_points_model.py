"""The database's own defence of the ledger: CHECK and UNIQUE constraints that hold even against code that
skips the service, the append-only guard on entries, and lazily created accounts."""
import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from app import clock
from app.extensions import db
from app.points import ledger
from app.points.models import LedgerEntry, PointsAccount, PointsReversal, Redemption, Reward
from tests import factories
from tests.points import helpers as h


@pytest.fixture
def world(ctx):
    community = factories.community()
    volunteer = h.volunteer(community)
    issuing = ledger.issuing_account(community_id=community.id)
    account = ledger.volunteer_account(volunteer_id=volunteer.id)
    db.session.commit()
    return community, volunteer, issuing, account


def refused(*rows, statement=None):
    """Assert the database refuses these rows (or this statement), leaving the session usable."""
    with pytest.raises(IntegrityError):
        with db.session.begin_nested():
            if statement is not None:
                db.session.execute(statement)
            db.session.add_all(rows)
            db.session.flush()


def entry(debit, credit, *, amount=1, key=None, **extra):
    return LedgerEntry(debit_account_id=debit.id, credit_account_id=credit.id, amount=amount, kind="adjustment",
                       business_key=key or f"test:{amount}:{debit.id}:{credit.id}", reason="test",
                       created_at=clock.now(), **extra)


def test_accounts_are_created_once_and_found_again(world):
    community, volunteer, issuing, account = world
    assert ledger.issuing_account(community_id=community.id).id == issuing.id
    assert ledger.volunteer_account(volunteer_id=volunteer.id).id == account.id
    shop_account = ledger.redemption_account(community_id=community.id)
    assert (issuing.kind, account.kind, shop_account.kind) == ("issuing", "volunteer", "redemption")
    assert len({issuing.id, account.id, shop_account.id}) == 3
    assert account.community_id is None and issuing.volunteer_id is None


def test_entries_move_a_positive_amount_between_two_accounts(world):
    _, _, issuing, account = world
    refused(entry(issuing, account, amount=0))
    refused(entry(issuing, account, amount=-5))
    refused(entry(account, account))


def test_business_keys_are_unique(world):
    _, _, issuing, account = world
    db.session.add(entry(issuing, account, key="order:1:completion"))
    db.session.flush()
    refused(entry(issuing, account, key="order:1:completion", amount=2))


def test_only_issuing_accounts_go_below_zero(world):
    community, _, issuing, account = world
    refused(statement=update(PointsAccount).where(PointsAccount.id == account.id).values(balance=-1))
    shop_account = ledger.redemption_account(community_id=community.id)
    refused(statement=update(PointsAccount).where(PointsAccount.id == shop_account.id).values(balance=-1))
    db.session.execute(update(PointsAccount).where(PointsAccount.id == issuing.id).values(balance=-1000))
    db.session.flush()


def test_one_account_per_volunteer_and_per_community_kind(world):
    community, volunteer, _, _ = world
    refused(PointsAccount(kind="volunteer", volunteer_id=volunteer.id, balance=0))
    refused(PointsAccount(kind="issuing", community_id=community.id, balance=0))


def test_account_owner_matches_its_kind(world):
    community, volunteer, _, _ = world
    other = h.volunteer(community)
    refused(PointsAccount(kind="volunteer", community_id=community.id, balance=0))
    refused(PointsAccount(kind="issuing", volunteer_id=other.id, balance=0))
    refused(PointsAccount(kind="bank", community_id=community.id, balance=0))


@pytest.mark.ledger_may_break  # tampers with an entry to prove the ORM refuses it
def test_entries_are_append_only(world):
    _, _, issuing, account = world
    row = entry(issuing, account)
    db.session.add(row)
    db.session.commit()
    row.amount = 2
    with pytest.raises(RuntimeError, match="append-only"):
        db.session.flush()
    db.session.rollback()
    row = db.session.get(LedgerEntry, row.id)
    assert row.amount == 1
    db.session.delete(row)
    with pytest.raises(RuntimeError, match="append-only"):
        db.session.flush()
    db.session.rollback()
    assert db.session.get(LedgerEntry, row.id) is not None


def test_reward_stock_and_price(world):
    community, _, _, _ = world
    reward = h.reward(community, stock=1)
    refused(statement=update(Reward).where(Reward.id == reward.id).values(stock=-1))
    refused(statement=update(Reward).where(Reward.id == reward.id).values(cost_points=0))


def test_pickup_codes_are_unique_and_statuses_known(world):
    community, volunteer, _, _ = world
    reward = h.reward(community)

    def redemption(code, status="pending", quantity=1):
        return Redemption(reward_id=reward.id, volunteer_id=volunteer.id, community_id=community.id,
                          reward_name="x", quantity=quantity, points=10, pickup_code=code, status=status,
                          created_at=clock.now())

    db.session.add(redemption("ABCDEFGH"))
    db.session.flush()
    refused(redemption("ABCDEFGH"))
    refused(redemption("ZZZZZZZZ", status="lost"))
    refused(redemption("YYYYYYYY", quantity=0))


def test_one_reversal_per_order_and_its_amounts_add_up(world):
    community, volunteer, _, _ = world
    order = h.order(volunteer)

    def reversal(awarded, reversed_, shortfall):
        return PointsReversal(order_id=order.id, volunteer_id=volunteer.id, community_id=community.id,
                              awarded=awarded, reversed=reversed_, shortfall=shortfall, reason="x",
                              created_at=clock.now())

    refused(reversal(10, 5, 4))
    refused(reversal(10, 11, -1))
    db.session.add(reversal(10, 6, 4))
    db.session.flush()
    refused(reversal(0, 0, 0))
