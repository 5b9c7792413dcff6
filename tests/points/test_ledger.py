"""The ledger's primitive `post` at its own level: what it refuses, what it records with an entry, which error it
raises when points are short, and that the accounts a caller holds read their new balances (issue 21: the
mutants of app/points/ledger.py that the route and service tests let live)."""
from flask_babel import force_locale
import pytest
from sqlalchemy import select

from app.errors import ApiError
from app.extensions import db
from app.points import ledger
from app.points.models import LedgerEntry
from tests import factories
from tests.points import helpers as h


@pytest.fixture
def community(ctx):
    return factories.community()


@pytest.fixture
def accounts(community):
    """A volunteer's account funded with 50 points from the community's issuing account."""
    volunteer = h.volunteer(community)
    issuing = ledger.issuing_account(community_id=community.id)
    account = ledger.volunteer_account(volunteer_id=volunteer.id)
    ledger.post(debit=issuing, credit=account, amount=50, kind="adjustment", business_key="fund", reason="开户")
    return issuing, account


def _entry_count() -> int:
    return len(db.session.scalars(select(LedgerEntry.id)).all())


@pytest.mark.parametrize("amount", [0, -5])
def test_a_posting_of_no_points_or_less_is_refused_and_changes_nothing(accounts, amount):
    issuing, account = accounts
    before = _entry_count()
    with pytest.raises(ValueError, match="positive amount"):
        ledger.post(debit=issuing, credit=account, amount=amount, kind="adjustment", business_key="zero",
                    reason="零")
    assert _entry_count() == before and ledger.balance_of(account.id) == 50


def test_a_posting_from_an_account_to_itself_is_refused(accounts):
    _issuing, account = accounts
    before = _entry_count()
    with pytest.raises(ValueError, match="between two accounts"):
        ledger.post(debit=account, credit=account, amount=5, kind="adjustment", business_key="self", reason="自己")
    assert _entry_count() == before and ledger.balance_of(account.id) == 50


def test_the_entry_names_the_activity_it_pays_for(community, accounts):
    issuing, account = accounts
    activity = factories.activity(community, factories.category(), by=factories.staff(community))
    entry = ledger.post(debit=issuing, credit=account, amount=5, kind="activity", business_key="act",
                        reason="活动", activity_id=activity.id)
    assert db.session.get(LedgerEntry, entry.id).activity_id == activity.id


def test_a_long_reason_is_kept_to_the_first_200_characters(accounts):
    issuing, account = accounts
    reason = "理由" * 150
    entry = ledger.post(debit=issuing, credit=account, amount=1, kind="adjustment", business_key="long",
                        reason=reason)
    db.session.expire(entry)
    assert db.session.get(LedgerEntry, entry.id).reason == reason[:200]


def test_short_points_raise_the_callers_own_error(community, accounts):
    _issuing, account = accounts
    redemption = ledger.redemption_account(community_id=community.id)
    own = ApiError.conflict("insufficient_points", "Not enough points for this reward.")
    with pytest.raises(ApiError) as raised:
        ledger.post(debit=account, credit=redemption, amount=51, kind="redemption", business_key="short",
                    reason="兑换", insufficient=own)
    assert raised.value is own
    assert ledger.balance_of(account.id) == 50


def test_short_points_without_an_error_of_the_callers_say_why(community, accounts):
    _issuing, account = accounts
    redemption = ledger.redemption_account(community_id=community.id)
    with pytest.raises(ApiError) as raised:
        ledger.post(debit=account, credit=redemption, amount=51, kind="redemption", business_key="short",
                    reason="兑换")
    assert raised.value.status == 409 and raised.value.code == "insufficient_points"
    with force_locale("en"):  # the detail is rendered when shown; read here in English
        assert str(raised.value.detail) == "Not enough points for this."


def test_the_accounts_the_caller_holds_read_their_new_balances(community, accounts):
    issuing, account = accounts
    redemption = ledger.redemption_account(community_id=community.id)
    assert account.balance == 50  # loaded before the posting
    ledger.post(debit=account, credit=redemption, amount=20, kind="redemption", business_key="spend", reason="兑换")
    assert account.balance == 30 and redemption.balance == 20
    assert issuing.balance == -50


def test_each_owner_gets_an_account_of_its_own(community):
    first, second = h.volunteer(community), h.volunteer(community)
    other = factories.community()
    accounts = [ledger.volunteer_account(volunteer_id=first.id), ledger.volunteer_account(volunteer_id=second.id),
                ledger.issuing_account(community_id=community.id),
                ledger.redemption_account(community_id=community.id),
                ledger.issuing_account(community_id=other.id)]
    assert len({account.id for account in accounts}) == 5
    assert ledger.volunteer_account(volunteer_id=first.id).id == accounts[0].id
    assert ledger.issuing_account(community_id=community.id).id == accounts[2].id
    assert [a.balance for a in accounts] == [0] * 5


def test_an_account_created_meanwhile_by_another_transaction_is_used(community, monkeypatch):
    """The look-up before the insert misses an account a concurrent first posting created (as under a race): its
    insert fails on the unique key, and the account found then is the one used, not an error for the caller."""
    volunteer = h.volunteer(community)
    existing = ledger.volunteer_account(volunteer_id=volunteer.id)
    real_scalar, calls = db.session.scalar, []

    def first_look_up_misses(statement, *args, **kwargs):
        calls.append(statement)
        return None if len(calls) == 1 else real_scalar(statement, *args, **kwargs)

    monkeypatch.setattr(db.session, "scalar", first_look_up_misses)
    assert ledger.volunteer_account(volunteer_id=volunteer.id).id == existing.id
    assert len(calls) == 2
