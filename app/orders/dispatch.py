"""Dispatch policies, per community: `manual` (staff choose), `auto` (offer to the best candidate, then the
next on each decline or expiry, up to 5 offers), and `batch` (every 30 s, all pending orders of a community
assigned at once by an optimal assignment). Volunteers may claim from the open pool under every policy. Staff may
also hand an order to a team (志愿队伍), whose leaders assign a member: an ordinary offer.

Under every policy, an urgent order (紧急求助) is offered to the best 3 at once, for 3 minutes each, and its
community's staff are told at once; the first to accept wins (the compare-and-set of app.orders.flows) and the
other offers are withdrawn. An occurrence of a recurring service is offered first to its paired volunteer (结对).
"""
from __future__ import annotations

import logging

import numpy as np
from scipy.optimize import linear_sum_assignment
from datetime import timedelta

from sqlalchemy import select

from app import clock, geo
from app.accounts.auth import can_staff, refuse_own_record, require_staff_of
from app.db import after_commit
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg, render
from app.matching import ranking
from app.matching import volunteers as volunteers_service
from app.menu import service as menu_service
from app.menu.models import Community
from app.notify import service as notify_service
from app.orders import eligibility, flows, offers, timeline
from app.orders.models import Offer, Order
from app.teams import membership as team_membership
from app.teams import service as teams_service

log = logging.getLogger(__name__)

DEFAULT_MAX_AUTO_OFFERS = 5
DEFAULT_BATCH_SECONDS = 30
BATCH_CANDIDATES = 10  # per order, from the same ranked search staff see
BATCH_ORDERS = 200  # per community and round
# Batch cost: every match is worth more than any distance, so the solver first maximises the number of orders
# matched, then minimises distance plus the fairness penalty among maximal matchings.
MATCH_REWARD = 1_000_000.0
FAIRNESS_PENALTY_M = 300.0  # one order in the last 30 days counts like 300 m more walking
URGENT_OFFERS = 3  # an urgent order is offered to this many at once
URGENT_OFFER_MINUTES = 3


def _community(order: Order) -> Community:
    return menu_service.get_community_or_404(community_id=order.community_id)


def _max_offers(community: Community) -> int:
    return int(menu_service.setting(community, "max_auto_offers", DEFAULT_MAX_AUTO_OFFERS))


# A new order under auto dispatch is offered once it has committed, after the answer to POST /orders: the search
# and the offer do not hold the resident up (issue 20). If the process dies in between, the sweep below offers it.
UNOFFERED_GRACE = timedelta(seconds=10)  # the sweep leaves an order this young to the request that placed it


def after_order_created(order: Order, *, paired_volunteer_id: int | None = None) -> None:
    """A new order: urgent ones to the best 3 at once (staff told); a series' occurrence to its paired volunteer
    when they may take it; otherwise, under auto dispatch, to the best candidate once the order has committed.
    Urgent and paired offers stay in the request: staff are told at once and the answer shows them."""
    if order.urgent:
        _tell_staff_urgent(order)
        offer_urgent(order)
        return
    if paired_volunteer_id is not None and _offer_to_pair(order, paired_volunteer_id):
        return
    if _community(order).dispatch_policy == "auto":
        after_commit(db.session, offer_if_unoffered, order.id)


def _unoffered_conditions():
    """A pending order of an auto community that dispatch has not yet looked at: never offered, never flagged."""
    return (Order.status == "pending", Order.offers_made == 0, Order.needs_attention.is_(False),
            Order.community_id.in_(select(Community.id).where(Community.dispatch_policy == "auto")))


def offer_if_unoffered(order_id: int) -> bool:
    """Auto dispatch's first offer of an order, if it is still waiting for it (idempotent: a second run, or the
    sweep after the request's own run, finds it offered or flagged and does nothing)."""
    # Locked (the order's row only: its eager loads are outer joins), so the sweep and the request's own run wait
    # for each other rather than both searching.
    order = db.session.scalar(select(Order).where(Order.id == order_id, *_unoffered_conditions())
                              .with_for_update(of=Order.__table__))
    if order is None or order.window_end <= clock.now():
        return False
    offer_next(order)
    return True


def unoffered_order_ids() -> list[int]:
    """Orders whose first auto offer was never made (the process placing them died after its commit)."""
    return list(db.session.scalars(select(Order.id).where(
        *_unoffered_conditions(), Order.created_at <= clock.now() - UNOFFERED_GRACE, Order.window_end > clock.now())
        .order_by(Order.id).limit(BATCH_ORDERS)))


def _offer_again(order: Order) -> bool:
    """An order back in `pending`: an urgent one to the next best at once, under auto dispatch to the next candidate.
    False when the policy leaves it to staff (manual) or to the next batch round."""
    if order.urgent:
        offer_urgent(order)
        return True
    if _community(order).dispatch_policy == "auto":
        offer_next(order)
        return True
    return False


def _manual(order: Order) -> bool:
    return _community(order).dispatch_policy == "manual"


def after_offer_ended(order: Order, *, lapsed: bool = False) -> None:
    """A decline or an expiry: offered again by the policy. Under manual dispatch an offer that lapsed unanswered
    flags the order for staff (who chose that volunteer), and tells them."""
    if order.status == "pending" and not _offer_again(order) and lapsed and _manual(order):
        tell_staff(order, "offer_lapsed", msg("the offer lapsed with no answer"))


def after_release(order: Order, *, why: str, text: str, holder_id: int) -> None:
    """An accepted order handed back (`why`: released or no_show): offered again by the policy, never to the one who
    handed it back (app.orders.eligibility); manual dispatch flags it for staff and tells them; batch dispatch takes
    it in its next round."""
    if order.status == "pending" and not _offer_again(order) and _manual(order):
        tell_staff(order, why, text, occasion=f"volunteer:{holder_id}")


def tell_staff(order: Order, why: str, text: str, *, occasion: str | None = None) -> None:
    """Flag the order (`why`, one of ATTENTION_REASONS) and tell its community's staff, once per order, reason and
    occasion (whose release; by default which offer)."""
    flag_for_attention(order, why, text)
    notify_service.notify_staff(
        community_id=order.community_id, event="order_needs_attention", title=msg("Order needs attention"),
        body=msg("“%(item)s”: %(why)s; please arrange it again", item=order.item_name, why=text),
        dedupe_key=f"order:{order.id}:attention:{why}:{occasion or f'offer:{order.offers_made}'}",
        data={"order_id": order.id, "item_name": order.item_name, "reason": render(text)})


def offer_urgent(order: Order) -> list[Offer]:
    """紧急求助: offer to the best candidates not yet tried, up to 3 at once (within the community's offer limit);
    with nobody left, leave the order in the open pool and flag it for staff."""
    room = min(URGENT_OFFERS, _max_offers(_community(order)) - order.offers_made)
    if room <= 0:
        why = msg("%(offers)s offers made without an acceptance", offers=order.offers_made)
        return flag_for_attention(order, "dispatch_gave_up", why) or []
    candidates = offers.candidates_for(order, limit=room)
    if not candidates:
        return flag_for_attention(order, "no_candidates", msg("no eligible volunteer nearby")) or []
    return [_offer_to(order, c, also=i > 0, note=msg("urgent: offered at once to volunteer %(volunteer)s (%(n)s of "
                                                   "%(of)s)", volunteer=c.volunteer.id, n=i + 1, of=len(candidates)))
            for i, c in enumerate(candidates)]


def _tell_staff_urgent(order: Order) -> None:
    notify_service.notify_staff(
        community_id=order.community_id, event="urgent_order", title=msg("Urgent help"),
        body=msg("“%(item)s” is urgent: offered to volunteers nearby at once; please keep an eye on it",
                 item=order.item_name), dedupe_key=f"order:{order.id}:urgent",
        data={"order_id": order.id, "item_name": order.item_name, "window_start": order.window_start})


def _offer_to_pair(order: Order, volunteer_id: int) -> bool:
    """结对: the paired volunteer gets the first offer when the rule of who may take an order lets them (they may be
    busy with another order). False, with a note on the timeline, when not: the community's policy decides."""
    volunteer = volunteers_service.get(volunteer_id=volunteer_id)
    refused = (eligibility.refusals(order, volunteer, skill_ids=volunteer.skill_ids, tried_ids=set())
               if volunteer is not None else ["not_approved"])
    if refused:
        timeline.note(order, msg("paired volunteer %(volunteer)s cannot take it (%(why)s); left to the community's "
                                 "dispatch policy", volunteer=volunteer_id, why=", ".join(refused)))
        return False
    distance = geo.haversine_m(order.lat, order.lng, volunteer.home_lat, volunteer.home_lng)
    offers.make_offer(order=order, volunteer=volunteer, distance_m=distance,
                      note=msg("offered first to the paired volunteer %(volunteer)s (结对)", volunteer=volunteer.id))
    return True


def offer_next(order: Order) -> Offer | None:
    """Offer to the best candidate not yet tried; after 5 offers, or with nobody left, leave the order in the open
    pool and flag it for staff."""
    if order.offers_made >= _max_offers(_community(order)):
        return flag_for_attention(order, "dispatch_gave_up",
                                  msg("%(offers)s offers made without an acceptance", offers=order.offers_made))
    candidates = offers.candidates_for(order, limit=1)
    if not candidates:
        return flag_for_attention(order, "no_candidates", msg("no eligible volunteer nearby"))
    best = candidates[0]
    return _offer_to(order, best, note=msg("auto dispatch to volunteer %(volunteer)s (score %(score)s)",
                                           volunteer=best.volunteer.id, score=best.score))


def _offer_to(order: Order, candidate, *, by_user=None, note: str, also: bool = False) -> Offer:
    """Offer the order to a candidate of the search. The search hands back read-only values, not Volunteers, and
    an offer changes the volunteer (offers received), so the one chosen is loaded here."""
    volunteer = volunteers_service.get(volunteer_id=candidate.volunteer.id)
    return offers.make_offer(order=order, volunteer=volunteer, by_user=by_user, distance_m=candidate.distance_m,
                             score=candidate.score, note=note, also=also)


def flag_for_attention(order: Order, reason: str, why: str) -> None:
    """Staff should look (`reason`, one of ATTENTION_REASONS; `why` in words): auto dispatch gave up, or the order
    came back. The order stays in the open pool; the flag is an event too."""
    if not order.needs_attention or order.attention_reason != reason:
        order.needs_attention = True
        order.attention_reason = reason
        timeline.note(order, msg("needs attention: %(why)s; left in the open pool", why=why))
    return None


def dispatch_auto(*, order: Order, staff_user) -> Offer:
    """`{"auto": true}` from staff: offer to the best candidate now, whatever the community's policy."""
    require_staff_of(staff_user, order.community_id)
    flows.check(order, "offer")
    candidates = offers.candidates_for(order, limit=1, not_user_id=staff_user.id)  # never to themselves
    if not candidates:
        raise ApiError.conflict("no_candidates", _l("No eligible volunteer is near this order."))
    best = candidates[0]
    return _offer_to(order, best, by_user=staff_user,
                     note=msg("dispatched to the best candidate, volunteer %(volunteer)s", volunteer=best.volunteer.id))


def dispatch_manually(*, order: Order, staff_user, volunteer_id: int) -> Offer:
    """Staff choose the volunteer. They may look past the radius and the weekly hours (they know their people),
    but not past the rule of who may take an order (app.orders.eligibility)."""
    require_staff_of(staff_user, order.community_id)
    volunteer = volunteers_service.get(volunteer_id=volunteer_id)
    if volunteer is None or not can_staff(staff_user, volunteer.community_id):
        raise ApiError.invalid("unknown_volunteer", _l("No such volunteer in your communities."), field="volunteer_id")
    return _offer_to_chosen(order, volunteer, by_user=staff_user)


def _offer_to_chosen(order: Order, volunteer, *, by_user, **offer) -> Offer:
    """Offer the order to a volunteer chosen by hand (by staff, or by a team's leader): never to the one choosing,
    and only under the rule of who may take an order."""
    refuse_own_record(by_user, volunteer.user_id)
    refused = eligibility.refusals(order, volunteer, skill_ids=volunteer.skill_ids,
                                   tried_ids=offers.tried_volunteer_ids(order))
    if refused:
        raise ApiError.conflict("volunteer_not_eligible", eligibility.refusal_detail(refused))
    flows.check(order, "offer")
    distance = geo.haversine_m(order.lat, order.lng, volunteer.home_lat, volunteer.home_lng)
    return offers.make_offer(order=order, volunteer=volunteer, by_user=by_user, distance_m=distance, **offer)


def dispatch_to_team(*, order: Order, staff_user, team_id: int) -> Order:
    """`{"team_id"}` from staff: the order, still pending, is handed to a team of its community; the team's leaders
    are told and see it (app.orders.access), and one of them assigns a member."""
    require_staff_of(staff_user, order.community_id)
    team = teams_service.get(team_id=team_id)
    if team is None or team.community_id != order.community_id:
        raise ApiError.invalid("unknown_team", _l("No such team in this order's community."), field="team_id")
    flows.check(order, "offer")
    order.team_id = team.id
    timeline.note(order, msg("handed to team %(team)s (%(name)s)", team=team.id, name=team.name), actor=staff_user,
                  actor_role="staff")
    for user_id in team_membership.leader_user_ids(team_id=team.id):
        notify_service.notify(
            user_id=user_id, event="team_order_dispatched", title=msg("New order for your team"),
            body=msg("“%(item)s” was dispatched to “%(team)s”; please assign a member", item=order.item_name,
                     team=team.name),
            dedupe_key=f"order:{order.id}:team:{team.id}",
            data={"order_id": order.id, "item_name": order.item_name, "window_start": order.window_start,
                  "team_id": team.id})
    return order


def assign(*, order: Order, user, volunteer_id: int) -> Offer:
    """A leader of the team the order was handed to assigns a member of it: an ordinary offer, under the rule of who
    may take an order (app.orders.eligibility). Never to themselves (another leader or staff must)."""
    if order.team_id is None or not team_membership.is_leader(user, order.team_id):
        raise ApiError.forbidden(_l("Only a leader of the team this order was handed to may assign it."),
                                 code="not_team_leader")
    volunteer = volunteers_service.get(volunteer_id=volunteer_id)
    if volunteer is None or not team_membership.is_member(team_id=order.team_id, volunteer_id=volunteer.id):
        raise ApiError.invalid("not_team_member", _l("No such member of the team."), field="volunteer_id")
    return _offer_to_chosen(order, volunteer, by_user=user, actor_role="volunteer",
                            note=msg("assigned by the leader of team %(team)s to volunteer %(volunteer)s",
                                     team=order.team_id, volunteer=volunteer.id))


def plan_batch(orders: list[Order], candidate_lists: list[list]) -> list[tuple[int, int]]:
    """Choose (order index, candidate index) pairs: as many orders matched as possible, then the least distance
    plus fairness penalty, each volunteer used once. Pure: the solver sees only numbers."""
    volunteer_ids = sorted({c.volunteer.id for cands in candidate_lists for c in cands})
    if not orders or not volunteer_ids:
        return []
    column = {vid: j for j, vid in enumerate(volunteer_ids)}
    recent = ranking.orders_last_30_days(volunteer_ids)
    cost = np.full((len(orders), len(volunteer_ids)), MATCH_REWARD * 2)  # no edge: worse than leaving unmatched
    choice = {}
    for i, cands in enumerate(candidate_lists):
        for k, c in enumerate(cands):
            j = column[c.volunteer.id]
            value = -MATCH_REWARD + c.distance_m + FAIRNESS_PENALTY_M * recent.get(c.volunteer.id, 0)
            if value < cost[i, j]:
                cost[i, j] = value
                choice[(i, j)] = k
    rows, cols = linear_sum_assignment(cost)
    return [(i, choice[(i, j)]) for i, j in zip(rows, cols) if (i, j) in choice]


def batch_communities() -> list[int]:
    return list(db.session.scalars(select(Community.id).where(Community.dispatch_policy == "batch")
                                   .order_by(Community.id)))


def _batch_candidates(community: Community) -> tuple[list[Order], list[list]]:
    """The community's pending orders that still have someone to offer them to, with their candidates. An order
    whose search fails is logged and left out of this round (in a savepoint, so the round goes on)."""
    pending = db.session.scalars(select(Order).where(
        Order.community_id == community.id, Order.status == "pending", Order.window_end > clock.now())
        .order_by(Order.id).limit(BATCH_ORDERS)).all()
    orders, candidate_lists = [], []
    for order in pending:
        if order.offers_made >= _max_offers(community):
            flag_for_attention(order, "dispatch_gave_up",
                               msg("%(offers)s offers made without an acceptance", offers=order.offers_made))
            continue
        try:
            with db.session.begin_nested():
                cands = offers.candidates_for(order, limit=BATCH_CANDIDATES)
        except Exception:
            log.exception("batch dispatch: order %s skipped, its candidate search failed", order.id)
            continue
        if not cands:
            flag_for_attention(order, "no_candidates", msg("no eligible volunteer nearby"))
            continue
        orders.append(order)
        candidate_lists.append(cands)
    return orders, candidate_lists


def batch_round(community_id: int) -> int:
    """Offer every pending order of the community at once, by the optimal plan. Returns the offers made."""
    community = menu_service.get_community_or_404(community_id=community_id)
    orders, candidate_lists = _batch_candidates(community)
    offered = 0
    for i, k in plan_batch(orders, candidate_lists):
        c = candidate_lists[i][k]
        _offer_to(orders[i], c, note=msg("batch dispatch to volunteer %(volunteer)s", volunteer=c.volunteer.id))
        offered += 1
    return offered
