"""Ranking candidates: a score from distance, Bayesian rating, fairness and reliability, and the reasons that
explain it. The candidates are app.matching.search's (each with a read-only `volunteer`, `distance_m` and
`source`); the community's weights come from its settings."""
from __future__ import annotations

from datetime import timedelta
from functools import cache

from sqlalchemy import bindparam, func, select

from app import clock
from app.db import one_of
from app.extensions import db
from app.menu import service as menu_service
from app.orders.models import Order

DEFAULT_WEIGHTS = {"distance": 0.5, "rating": 0.2, "fairness": 0.2, "reliability": 0.1}
# Bayesian rating: as if every volunteer started with PRIOR_COUNT ratings of PRIOR_MEAN stars, so one 5-star
# review does not outrank fifty ratings averaging 4.8.
RATING_PRIOR_MEAN = 4.5
RATING_PRIOR_COUNT = 5
# Reliability: share of commitments kept, starting from 4 of 5 so a newcomer is neither punished nor favoured: offers
# accepted of offers received, with each no-show (an activity's place or an accepted order never come to) one more
# commitment not kept. A release (an accepted order handed back) takes its acceptance back and is one more commitment
# not kept, so handing an order back costs more than declining it at once; an order not come to is a release and a
# no-show, so it costs more than handing it back in time.
RELIABILITY_PRIOR_ACCEPTED = 4
RELIABILITY_PRIOR_RECEIVED = 5
FAIRNESS_DAYS = 30
_COMPONENTS = tuple(DEFAULT_WEIGHTS)  # distance, rating, fairness, reliability


@cache
def _orders_since(dialect: str):
    orders = Order.__table__
    return (select(orders.c.volunteer_id, func.count())
            .where(one_of(orders.c.volunteer_id, "ids", dialect), orders.c.accepted_at >= bindparam("since"))
            .group_by(orders.c.volunteer_id))


def orders_last_30_days(volunteer_ids) -> dict[int, int]:
    """How many orders each volunteer accepted in the last 30 days (fairness spreads the work)."""
    if not volunteer_ids:
        return {}
    db.session.flush()  # a Core statement: no autoflush
    connection = db.session.connection()
    since = clock.now() - timedelta(days=FAIRNESS_DAYS)
    rows = connection.execute(_orders_since(connection.dialect.name), {"ids": list(volunteer_ids), "since": since})
    return dict(rows.all())


def weights_for(community) -> dict:
    return {name: float(menu_service.setting(community, f"weight_{name}", default))
            for name, default in DEFAULT_WEIGHTS.items()}


def components(c, radius_m: int, orders_30d: int) -> tuple[tuple[float, ...], float]:
    """The ranking components of a candidate (each 0..1, in the order of DEFAULT_WEIGHTS), and its Bayesian mean
    rating."""
    return _components(c.distance_m, c.volunteer, radius_m, orders_30d)


def _components(distance_m: float, v, radius_m: int, orders_30d: int) -> tuple[tuple[float, ...], float]:
    bayes = (RATING_PRIOR_MEAN * RATING_PRIOR_COUNT + v.rating_sum) / (RATING_PRIOR_COUNT + v.rating_count)
    reliability = (max(0, v.offers_accepted - v.releases + RELIABILITY_PRIOR_ACCEPTED)
                   / (v.offers_received + v.no_shows + v.releases + RELIABILITY_PRIOR_RECEIVED))
    return (max(0.0, 1 - distance_m / radius_m), (bayes - 1) / 4, 1 / (1 + orders_30d), reliability), bayes


def best(pool: list, limit: int, *, radius_m: int, weights: dict) -> tuple[list, dict]:
    """The `limit` best of a pool of (distance, volunteer) pairs, best first, as (score, distance, volunteer)
    triples, and the pool's orders in the last 30 days (for explain). Nothing is built for the pool's others: they
    are scored and cut (bench/RESULTS.md, "Issue 20, second round")."""
    recent = orders_last_30_days([v.id for _, v in pool])
    total_weight = sum(weights.values()) or 1.0
    w_distance, w_rating, w_fairness, w_reliability = (weights[name] for name in _COMPONENTS)
    scored = []
    for distance, v in pool:
        (distance_part, rating, fairness, reliability), _ = _components(distance, v, radius_m, recent.get(v.id, 0))
        # The weighted sum in the components' order, as sum() over them adds it (the same float, so the same ties).
        score = round((w_distance * distance_part + w_rating * rating + w_fairness * fairness
                       + w_reliability * reliability) / total_weight, 4)
        scored.append((-score, distance, v.id, v))
    scored.sort(key=_rank_key)
    return [(-negated, distance, v) for negated, distance, _, v in scored[:limit]], recent


def _rank_key(entry):
    return entry[:3]  # best score, then nearest, then lowest id: never the volunteer itself


def explain(candidates: list, recent: dict, *, radius_m: int, widened: bool, weights: dict) -> None:
    """Fill in each candidate's reasons: every component with its inputs, score and weight."""
    for c in candidates:
        v = c.volunteer
        orders_30d = recent.get(v.id, 0)
        (distance, rating, fairness, reliability), bayes = _components(c.distance_m, v, radius_m, orders_30d)
        c.reasons = {
            "distance": {"metres": round(c.distance_m), "from": c.source, "score": round(distance, 3),
                         "weight": weights["distance"]},
            "rating": {"bayesian_mean": round(bayes, 2), "ratings": v.rating_count,
                       "score": round(rating, 3), "weight": weights["rating"]},
            "fairness": {"orders_last_30_days": orders_30d, "score": round(fairness, 3),
                         "weight": weights["fairness"]},
            "reliability": {"offers_accepted": v.offers_accepted, "offers_received": v.offers_received,
                            "no_shows": v.no_shows, "releases": v.releases, "score": round(reliability, 3),
                            "weight": weights["reliability"]},
            "radius": {"metres": radius_m, "widened": widened},
        }

