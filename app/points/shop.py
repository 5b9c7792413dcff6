"""The rewards shop (积分商城): rewards staff stock, and redemptions (兑换) volunteers pay for with points and
collect with a pickup code.

A redemption's stock decrement and points debit commit together or not at all (one SAVEPOINT around both),
each a conditional UPDATE, so racing redemptions can neither oversell the stock nor overdraw the volunteer.
Every operation takes its rows in the same order (redemption, reward, then accounts by id), so a redemption
and a cancellation never wait on each other in a cycle.
"""
from __future__ import annotations

import hmac
import secrets

from flask import current_app
from sqlalchemy import select, update

from app import clock, throttle
from app.accounts.auth import can_staff, refuse_own_record, require_staff_of
from app.accounts.models import User
from app.db import change_if
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.points import ledger
from app.points.models import Redemption, Reward
from app.presenting import Shown

# No 0/O, 1/I/L: a code read aloud or typed at a counter cannot be mistaken. 31^8 ≈ 8.5e11 codes.
PICKUP_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
PICKUP_CODE_LENGTH = 8
# Wrong codes for one redemption before it locks; staff then issue a new code (reissue_pickup_code).
PICKUP_FAILURES_LOCK = 5

rewards = Reward.__table__


# Rewards

def get_reward(*, reward_id: int) -> Reward | None:
    return db.session.get(Reward, reward_id)


def get_reward_for_staff(*, reward_id: int, user) -> Reward:
    """A reward to edit: 404 when there is none, 403 for staff of another community (rewards are public)."""
    reward = get_reward(reward_id=reward_id)
    if reward is None:
        raise ApiError.not_found("reward")
    require_staff_of(user, reward.community_id)
    return reward


def rewards_statement(*, community_id: int, active: bool | None = None):
    statement = select(Reward).where(Reward.community_id == community_id)
    if active is not None:
        statement = statement.where(Reward.active.is_(active))
    return statement.order_by(Reward.id)


def create_reward(*, community, reward_in: dict, user) -> Reward:
    require_staff_of(user, community.id)
    now = clock.now()
    reward = Reward(community_id=community.id, stock_total=reward_in.get("stock", 0), created_at=now,
                    updated_at=now, **reward_in)
    db.session.add(reward)
    db.session.flush()
    return reward


def update_reward(*, reward: Reward, reward_in: dict) -> Reward:
    """Change a reward. `stock` sets what is left now; what was stocked (`stock_total`) moves by the same
    difference, computed in the UPDATE itself so a redemption racing with it is neither lost nor undone."""
    reward_in = dict(reward_in)
    new_stock = reward_in.pop("stock", None)
    for field, value in reward_in.items():
        setattr(reward, field, value)
    reward.updated_at = clock.now()
    db.session.flush()
    if new_stock is not None:
        # Both right-hand sides read the row as it was before this UPDATE (SQL semantics, both databases).
        db.session.execute(update(rewards).where(rewards.c.id == reward.id).values(
            stock_total=rewards.c.stock_total + (new_stock - rewards.c.stock), stock=new_stock))
        db.session.expire(reward, ["stock", "stock_total"])
    return reward


# Redemptions

def _new_pickup_code() -> str:
    for _ in range(5):
        code = "".join(secrets.choice(PICKUP_ALPHABET) for _ in range(PICKUP_CODE_LENGTH))
        if db.session.scalar(select(Redemption.id).where(Redemption.pickup_code == code)) is None:
            return code
    raise RuntimeError("could not find a free pickup code")  # 5 collisions in 8.5e11: something is broken


def out_of_stock() -> ApiError:
    return ApiError.conflict("out_of_stock", _l("Not enough of this reward is left."))


def redeem(*, user, reward_id: int, quantity: int) -> Redemption:
    """POST /redemptions: the caller (an approved volunteer) spends `cost_points * quantity` on a reward of their
    own community. 409 out_of_stock or insufficient_points; nothing changes unless both succeed."""
    volunteer = volunteers_service.require_active(user=user)
    reward = get_reward(reward_id=reward_id)
    if reward is None:
        raise ApiError.not_found("reward")
    if reward.community_id != volunteer.community_id:
        raise ApiError.forbidden(_l("Rewards are redeemed in your own community's shop."),
                                 code="reward_other_community")
    if not reward.active:
        raise ApiError.conflict("reward_inactive", _l("This reward is not on offer now."))
    points = reward.cost_points * quantity
    shop_account = ledger.redemption_account(community_id=reward.community_id)
    account = ledger.volunteer_account(volunteer_id=volunteer.id)
    redemption = Redemption(reward_id=reward.id, volunteer_id=volunteer.id, community_id=reward.community_id,
                            reward_name=reward.name, quantity=quantity, points=points,
                            pickup_code=_new_pickup_code(), status="pending", created_at=clock.now())
    try:
        with db.session.begin_nested():
            db.session.add(redemption)
            db.session.flush()
            taken = db.session.execute(
                update(rewards).where(rewards.c.id == reward.id, rewards.c.active.is_(True),
                                      rewards.c.stock >= quantity)
                .values(stock=rewards.c.stock - quantity)).rowcount
            if taken != 1:
                db.session.refresh(reward)
                if not reward.active:
                    raise ApiError.conflict("reward_inactive", _l("This reward is not on offer now."))
                raise out_of_stock()
            ledger.post(debit=account, credit=shop_account, amount=points, kind="redemption",
                        business_key=f"redemption:{redemption.id}",
                        reason=msg("Redeemed %(quantity)s × %(reward)s", quantity=quantity, reward=reward.name),
                        redemption_id=redemption.id,
                        created_by_id=user.id,
                        insufficient=ledger.insufficient_points(f"This needs {points} points."))
    finally:
        db.session.expire(reward, ["stock"])
    return redemption


def get_redemption_for_staff(*, redemption_id: int, user) -> Redemption:
    """404 for a redemption of a community the staff member does not serve: they may not see it."""
    redemption = db.session.get(Redemption, redemption_id)
    if redemption is None or not can_staff(user, redemption.community_id):
        raise ApiError.not_found("redemption")
    return redemption


def _not_pending(redemption: Redemption) -> ApiError:
    return ApiError.conflict("redemption_not_pending", _l("This redemption is %(status)s already.",
                                                          status=redemption.status))


def _settle(redemption: Redemption, **values) -> None:
    """pending → fulfilled or cancelled, by a compare-and-set: of two racing settlements exactly one wins."""
    if not change_if(redemption, column="status", seen="pending", values=values):
        raise _not_pending(redemption)


def _refuse_own(redemption: Redemption, staff_user) -> None:
    volunteer = volunteers_service.get(volunteer_id=redemption.volunteer_id)
    refuse_own_record(staff_user, volunteer.user_id if volunteer else None)


def pickup_locked(redemption: Redemption) -> bool:
    return redemption.pickup_failures >= PICKUP_FAILURES_LOCK


def _pickup_locked() -> ApiError:
    return ApiError.conflict("pickup_code_locked", _l(
        "%(failures)s wrong pickup codes were given for this redemption: staff must issue a new code "
        "(POST /redemptions/{id}/pickup-code).", failures=PICKUP_FAILURES_LOCK))


def _count_pickup_guess(redemption: Redemption, change: int) -> int:
    """Add `change` to the wrong-code count of a pending redemption, by a conditional UPDATE that also takes its row,
    so guesses at one redemption line up behind each other and the lock holds exactly. 0 rows: not pending, or
    (when counting a guess) locked."""
    statement = update(Redemption).where(Redemption.id == redemption.id, Redemption.status == "pending")
    if change > 0:
        statement = statement.where(Redemption.pickup_failures < PICKUP_FAILURES_LOCK)
    changed = db.session.execute(statement.values(pickup_failures=Redemption.pickup_failures + change)
                                 .execution_options(synchronize_session=False)).rowcount
    db.session.expire(redemption, ["pickup_failures"])
    return changed


def fulfill(*, redemption: Redemption, pickup_code: str, staff_user) -> Redemption:
    """Hand the reward over: the volunteer shows the pickup code. A wrong code is 422 pickup_code_mismatch and is
    counted (the count stands though the request fails); after PICKUP_FAILURES_LOCK of them every code is 409
    pickup_code_locked until staff issue a new one. Nobody hands a reward to themselves."""
    _refuse_own(redemption, staff_user)
    if redemption.status != "pending":
        raise _not_pending(redemption)
    db.session.flush()
    if _count_pickup_guess(redemption, +1) != 1:  # counted before it is compared
        db.session.refresh(redemption)
        raise _not_pending(redemption) if redemption.status != "pending" else _pickup_locked()
    given = pickup_code.strip().upper()
    if not hmac.compare_digest(given.encode(), redemption.pickup_code.encode()):
        left = PICKUP_FAILURES_LOCK - redemption.pickup_failures
        detail = (_l("That is not this redemption's pickup code; %(left)s more wrong code(s) lock it.",
                     left=left) if left
                  else _l("That is not this redemption's pickup code; it is locked now until staff issue a new code."))
        raise ApiError(422, "pickup_code_mismatch", detail, errors={"pickup_code": [detail]}, keep_changes=True)
    _count_pickup_guess(redemption, -1)  # it was right: not a failure
    _settle(redemption, status="fulfilled", fulfilled_at=clock.now(), fulfilled_by_id=staff_user.id)
    return redemption


def reissue_pickup_code(*, redemption: Redemption) -> Redemption:
    """POST /redemptions/{id}/pickup-code: a new code for a pending redemption, locked or not. The old code stops
    working and the count of wrong codes starts again; the volunteer sees the new code in their redemptions."""
    if redemption.status != "pending":
        raise _not_pending(redemption)
    code = _new_pickup_code()
    if not change_if(redemption, column="status", seen="pending", values={"pickup_code": code, "pickup_failures": 0}):
        raise _not_pending(redemption)
    return redemption


def find_by_pickup_code(*, user, pickup_code: str):
    """The statement for GET /redemptions?pickup_code=: the redemption with this code among the staff member's
    communities (none or one). A lookup names no redemption, so wrong codes cannot count toward any redemption's
    lock: instead each staff member may look up PICKUP_LOOKUP_LIMIT codes that match nothing (429 past it)."""
    if not user.has_role("staff", "admin"):
        raise ApiError.forbidden(_l("Only staff look redemptions up by pickup code."), code="role_required")
    statement = _with_volunteer_name(select(Redemption)).where(
        Redemption.pickup_code == pickup_code.strip().upper())
    if not user.has_role("admin"):
        statement = statement.where(Redemption.community_id.in_(user.community_ids))
    give_back = throttle.count((current_app.config["PICKUP_LOOKUP_LIMIT"], f"pickup-lookup:{user.id}"),
                               detail=_l("Too many pickup codes that match nothing; try again later."))
    if db.session.execute(statement.limit(1)).first() is not None:
        give_back()
    return statement.order_by(Redemption.id.desc())


def cancel(*, redemption: Redemption, staff_user, reason: str | None = None) -> Redemption:
    """Staff cancel a pending redemption: the stock goes back and the points are refunded, exactly once (the status
    change is the claim; the refund's business key is the backstop). 409 once fulfilled or cancelled. Nobody
    cancels (and refunds) their own."""
    _refuse_own(redemption, staff_user)
    return _cancel(redemption, by_user=staff_user, reason=reason)


def withdraw(*, redemption: Redemption, user, reason: str) -> Redemption:
    """The volunteer who redeemed gives up a reward they have not collected (their account is closing): cancelled
    and refunded as a staff cancellation is, by its owner."""
    volunteer = volunteers_service.get_by_user(user_id=user.id)
    if volunteer is None or volunteer.id != redemption.volunteer_id:
        raise ApiError.not_found("redemption")
    return _cancel(redemption, by_user=user, reason=reason)


def _cancel(redemption: Redemption, *, by_user, reason: str | None) -> Redemption:
    _settle(redemption, status="cancelled", cancelled_at=clock.now(), cancelled_by_id=by_user.id,
            cancel_reason=reason)
    db.session.execute(update(rewards).where(rewards.c.id == redemption.reward_id)
                       .values(stock=rewards.c.stock + redemption.quantity))
    reward = db.session.get(Reward, redemption.reward_id)
    db.session.expire(reward, ["stock"])
    debit = ledger.entry_by_key(f"redemption:{redemption.id}")
    ledger.post(debit=ledger.redemption_account(community_id=redemption.community_id),
                credit=ledger.volunteer_account(volunteer_id=redemption.volunteer_id), amount=redemption.points,
                kind="redemption_refund", business_key=f"redemption:{redemption.id}:refund",
                reason=msg("Refund: redemption of %(quantity)s × %(reward)s cancelled", quantity=redemption.quantity,
                           reward=redemption.reward_name),
                redemption_id=redemption.id, corrects_entry_id=debit.id if debit else None,
                created_by_id=by_user.id)
    return redemption


def redemption_view(redemption: Redemption, *, show_code: bool, volunteer_name: str | None = None) -> Shown:
    """A redemption as the API shows it: with its volunteer (who collects it), and the pickup code only to the
    volunteer who redeemed it."""
    if volunteer_name is None:
        volunteer_name = db.session.scalar(select(User.name).join(Volunteer, Volunteer.user_id == User.id)
                                           .where(Volunteer.id == redemption.volunteer_id))
    shown = {} if show_code else {"pickup_code": None}
    return Shown(redemption, **shown, volunteer={"id": redemption.volunteer_id, "name": volunteer_name},
                 pickup_locked=redemption.status == "pending" and pickup_locked(redemption))


def _with_volunteer_name(statement):
    return (statement.add_columns(User.name.label("volunteer_name"))
            .join(Volunteer, Volunteer.id == Redemption.volunteer_id).join(User, User.id == Volunteer.user_id))


def redemptions_statement(*, user, community_id: int | None = None, status: str | None = None,
                          mine: bool = False) -> tuple:
    """GET /redemptions: a volunteer sees their own; staff their communities' (one community with
    `community_id`, 403 for one they do not serve). `mine` makes staff who also volunteer see their own.
    Returns (statement of (Redemption, volunteer_name) rows, own): pickup codes are shown to their owner only,
    never to staff."""
    own = mine or not user.has_role("staff", "admin")
    if own:
        volunteer = volunteers_service.get_by_user(user_id=user.id)
        statement = _with_volunteer_name(select(Redemption)).where(
            Redemption.volunteer_id == (volunteer.id if volunteer else None))
    else:
        statement = _with_volunteer_name(select(Redemption))
        if community_id is not None:
            require_staff_of(user, community_id)
            statement = statement.where(Redemption.community_id == community_id)
        elif not user.has_role("admin"):
            statement = statement.where(Redemption.community_id.in_(user.community_ids))
    if status is not None:
        statement = statement.where(Redemption.status == status)
    return statement.order_by(Redemption.id.desc()), own
