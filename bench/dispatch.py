"""Dispatch policies compared in a discrete-event simulation of one district (pure Python + numpy/scipy).

Run `python -m bench.dispatch [--seed N] [--hours H] [--no-show-rate P] [--json]`. It prints a table per order rate and a
static snapshot; with --json the last line is one JSON object with the figures.

The model, and why each part is there:
- District: 8 x 8 km (a local plane in metres; at this size the plane is within 0.1% of haversine).
  Seven communities about 1.6 km apart; volunteers' homes and orders are Gaussian clusters around them
  (sigma 500 m) over a thin uniform background, with different community weights for supply and demand,
  because the old communities that order most are not where most volunteers live.
- Skills: 8, each volunteer holds 1-3. Supply and demand favour different skills, so some skills are
  scarce locally; that scarcity is where the choice of policy matters.
- Orders: a Poisson process (900 and 1,800 an hour) for `hours`, then the district drains (no new
  orders) until every order is accepted or has waited `max_wait_s` (30 min) and counts as unanswered.
- Offers: one volunteer per offer, with a 60 s deadline. The volunteer accepts with p = 0.8 after a
  delay uniform in [0, 60) s, declines with p = 0.1 after such a delay, and otherwise lets it expire at
  60 s. A volunteer holds one order at a time; service takes 30-60 min after acceptance, then they are
  free again at home.
- Candidates: eligible (has the skill, not holding an order, not yet tried for this order) within
  1,500 m, widened once to 3,000 m when there is none.

Policies:
- greedy_nearest: on arrival, and again after each decline or expiry, offer to the nearest candidate.
  "Free" means not holding an order, as in the API, where a volunteer's task list shows every current
  offer: offers can stack on one volunteer. When they accept one, their other offers are withdrawn at
  once and those orders go straight on to the next candidate (the kindest reading for greedy: a lazier
  system would leave them to expire).
- greedy_fair: the same, ranking by distance + `fairness_m` per order the volunteer has served so far.
- batch: every 30 s, every pending order not under an offer is assigned at once with
  `scipy.optimize.linear_sum_assignment` to distinct volunteers who hold neither an order nor an offer:
  most matches first (a reward per match that no distance can outweigh), then least distance, with pairs
  beyond 1,500 m charged an extra 1,500 m so the widened radius is used only where it adds a match or the
  near pairs are gone. All offers of a round go out in parallel.
- batch_fair: batch with the same fairness charge in the cost.
- greedy_locked (not one of the four compared for the targets; shown because it is the obvious fix to
  greedy): greedy_nearest that skips volunteers who already hold an offer.

No-shows (issue 17), with `--no-show-rate P`: each acceptance is, with probability P, by a volunteer who never
comes (drawn from a stream of its own, so the answers are the same as without). The others check in after
travelling from home at `travel_m_per_s` (an e-bike, 4 m/s). An order's window starts when it is placed (these are
as-soon-as-possible needs) and lasts `window_s` (3 h). The no-show sweep runs every `sweep_s` (60 s) as the
scheduler does, and an order accepted `no_show_s` (30 min) ago and not checked in goes back to pending, never to be
offered to that volunteer again, while at least the expected service (`expected_s`, 45 min) of its window is
left, else expires; its volunteer is free again. A re-offered order may wait another `max_wait_s`, as a new one.
"Served" is checked in; time to check-in runs from the order's creation.

Figures: answer rate; mean and p90 seconds from order creation to acceptance (answered orders only);
mean home-to-order distance of accepted pairs; offers sent per answered order (withdrawn ones included);
Gini coefficient of orders served per volunteer over all volunteers in the district (zeros included, so
it measures how widely the work is spread, not only among those who got some).

Snapshot: one moment with `snapshot_orders` pending orders and `snapshot_free` free volunteers, matched
once greedily (orders in arrival order, nearest candidate, same radius rule), by the batch assignment,
and optimally (linear_sum_assignment over every pair within 3,000 m, most matches then least distance).
"Answered" there means matched (offered); the acceptance draw is left out so the three are comparable.
The batch round is itself an exact maximum matching, so batch equals optimal in count whenever the pairs
are the same; it differs from optimal only in which pairs it prefers (the widening charge).

Every policy at a rate sees the same orders and draws its volunteers' answers from the same stream, so a
fair variant that makes the same number of offers at the same moments shows the same timing figures as
its plain version: only who was asked, the distance and the Gini differ.
"""
from __future__ import annotations

import argparse
import heapq
import json
import math
import sys
import time
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.spatial import cKDTree

POLICIES = ("greedy_nearest", "greedy_fair", "batch", "batch_fair", "greedy_locked")
TARGET_POLICIES = POLICIES[:4]
DEFAULT_SEED = 20240601

# Reward per match in the assignment cost. It must exceed the largest possible total distance cost of a
# round (rows x (3,000 m + widening + fairness)), so that no distance saving can buy a lost match.
MATCH_REWARD = 1e9

_ARRIVAL, _RESPONSE, _DONE, _TICK, _TIMEOUT, _CHECK_IN, _SWEEP = range(7)
_ACCEPT, _DECLINE, _EXPIRE = range(3)


@dataclass(frozen=True)
class Scenario:
    """Everything the simulation is parameterised by; the defaults are the benchmark's district."""

    volunteers: int = 3_000
    district_m: float = 8_000.0
    community_spacing_m: float = 1_600.0
    cluster_sigma_m: float = 500.0
    background_share: float = 0.1
    skills: int = 8
    skill_supply: tuple[float, ...] = (0.22, 0.18, 0.15, 0.12, 0.10, 0.09, 0.08, 0.06)
    skill_demand: tuple[float, ...] = (0.20, 0.10, 0.18, 0.08, 0.14, 0.06, 0.12, 0.12)
    skills_per_volunteer: tuple[float, ...] = (0.40, 0.35, 0.25)  # P(1), P(2), P(3)
    rates_per_hour: tuple[float, ...] = (900.0, 1_800.0)
    hours: float = 2.0
    offer_timeout_s: float = 60.0
    p_accept: float = 0.8
    p_decline: float = 0.1  # the rest never answer and expire at the deadline
    service_s: tuple[float, float] = (1_800.0, 3_600.0)
    radius_m: float = 1_500.0
    widened_radius_m: float = 3_000.0
    batch_interval_s: float = 30.0
    max_wait_s: float = 1_800.0
    fairness_m: float = 500.0  # one earlier order costs a volunteer as much as being 500 m farther
    snapshot_orders: int = 500
    snapshot_free: int = 500
    no_show_rate: float = 0.0
    travel_m_per_s: float = 4.0
    window_s: float = 3 * 3_600.0
    no_show_s: float = 1_800.0
    expected_s: float = 2_700.0
    sweep_s: float = 60.0


@dataclass
class District:
    """Volunteers' homes and skills, and where orders come from."""

    homes: np.ndarray  # (volunteers, 2) metres
    has_skill: np.ndarray  # (volunteers, skills) bool
    centres: np.ndarray  # (communities, 2)
    order_weights: np.ndarray  # (communities,)
    trees: list[cKDTree]  # per skill, over the homes of volunteers with it
    members: list[np.ndarray]  # per skill, volunteer ids in tree order


@dataclass
class Orders:
    created: np.ndarray  # seconds
    where: np.ndarray  # (n, 2) metres
    skill: np.ndarray  # (n,) int


@dataclass
class PolicyResult:
    policy: str
    rate_per_hour: float
    orders: int
    answered: int
    accept_s: np.ndarray  # creation to acceptance, answered orders
    distance_m: np.ndarray  # accepted pairs
    offers: int
    withdrawn: int
    served: np.ndarray  # orders per volunteer
    check_in_s: np.ndarray = field(default_factory=lambda: np.zeros(0))  # creation to check-in, served orders
    no_shows: int = 0
    reoffered: int = 0
    expired_after_no_show: int = 0

    def figures(self) -> dict:
        served = len(self.check_in_s)
        return {
            "served_share": served / self.orders if self.orders else 0.0,
            "p90_check_in_s": float(np.percentile(self.check_in_s, 90)) if served else None,
            "no_shows": self.no_shows,
            "reoffered_after_no_show": self.reoffered,
            "expired_after_no_show": self.expired_after_no_show,
            "orders": self.orders,
            "answer_rate": self.answered / self.orders if self.orders else 0.0,
            "mean_accept_s": float(self.accept_s.mean()) if self.answered else None,
            "p90_accept_s": float(np.percentile(self.accept_s, 90)) if self.answered else None,
            "mean_distance_m": float(self.distance_m.mean()) if self.answered else None,
            "offers_per_answered": self.offers / self.answered if self.answered else None,
            "withdrawn_offers": self.withdrawn,
            "gini": gini(self.served),
        }


def gini(values: np.ndarray) -> float:
    """Gini coefficient of non-negative values: 0 when all are equal, towards 1 when one has everything."""
    x = np.sort(np.asarray(values, dtype=float))
    n, total = len(x), x.sum()
    if n == 0 or total == 0:
        return 0.0
    return float(2 * np.sum(np.arange(1, n + 1) * x) / (n * total) - (n + 1) / n)


def _community_centres(scenario: Scenario) -> np.ndarray:
    """A centre community and six around it, `community_spacing_m` apart, in the middle of the district."""
    middle = scenario.district_m / 2
    angles = np.arange(6) * math.pi / 3
    ring = np.column_stack([np.cos(angles), np.sin(angles)]) * scenario.community_spacing_m
    return np.vstack([[0.0, 0.0], ring]) + middle


def _clustered_points(n, centres, weights, scenario: Scenario, rng: np.random.Generator) -> np.ndarray:
    community = rng.choice(len(centres), size=n, p=weights)
    points = centres[community] + rng.normal(0, scenario.cluster_sigma_m, size=(n, 2))
    background = rng.random(n) < scenario.background_share
    points[background] = rng.uniform(0, scenario.district_m, size=(int(background.sum()), 2))
    return np.clip(points, 0, scenario.district_m)


def build_district(scenario: Scenario, rng: np.random.Generator) -> District:
    centres = _community_centres(scenario)
    supply_weights = rng.dirichlet(np.full(len(centres), 4.0))
    order_weights = rng.dirichlet(np.full(len(centres), 4.0))
    homes = _clustered_points(scenario.volunteers, centres, supply_weights, scenario, rng)
    has_skill = np.zeros((scenario.volunteers, scenario.skills), dtype=bool)
    shares = scenario.skills_per_volunteer
    counts = rng.choice(len(shares), size=scenario.volunteers, p=shares) + 1
    supply = np.asarray(scenario.skill_supply) / sum(scenario.skill_supply)
    for volunteer, count in enumerate(counts):
        has_skill[volunteer, rng.choice(scenario.skills, size=count, replace=False, p=supply)] = True
    members = [np.flatnonzero(has_skill[:, s]) for s in range(scenario.skills)]
    trees = [cKDTree(homes[ids]) for ids in members]
    return District(homes, has_skill, centres, order_weights, trees, members)


def generate_orders(district: District, scenario: Scenario, rate_per_hour: float, hours: float, rng) -> Orders:
    n = rng.poisson(rate_per_hour * hours)
    created = np.sort(rng.uniform(0, hours * 3_600, size=n))
    where = _clustered_points(n, district.centres, district.order_weights, scenario, rng)
    demand = np.asarray(scenario.skill_demand) / sum(scenario.skill_demand)
    skill = rng.choice(scenario.skills, size=n, p=demand)
    return Orders(created, where, skill)


def _candidates(district: District, where: np.ndarray, skill: int, radius_m: float) -> tuple[np.ndarray, np.ndarray]:
    """Volunteers with the skill whose home is within radius_m, nearest first: (ids, distances)."""
    local = district.trees[skill].query_ball_point(where, radius_m)
    ids = district.members[skill][np.asarray(local, dtype=np.intp)]
    distances = np.hypot(*(district.homes[ids] - where).T)
    order = np.argsort(distances, kind="stable")
    return ids[order], distances[order]


def assign(
    order_candidates: list[tuple[np.ndarray, np.ndarray]],
    available: np.ndarray,
    served: np.ndarray,
    scenario: Scenario,
    *,
    fairness_m: float = 0.0,
    widening_charge_m: float | None = None,
) -> list[tuple[int, int, float]]:
    """One batch round: (row, volunteer, distance) pairs, each volunteer used once, most matches first,
    then least cost. `order_candidates[row]` is that order's untried candidates within the widened radius;
    `available` marks volunteers who may take an offer now."""
    charge = scenario.radius_m if widening_charge_m is None else widening_charge_m
    rows, cols, costs, dists = [], [], [], []
    for row, (ids, distances) in enumerate(order_candidates):
        ok = available[ids]
        ids, distances = ids[ok], distances[ok]
        rows.append(np.full(len(ids), row))
        cols.append(ids)
        dists.append(distances)
        costs.append(distances + np.where(distances > scenario.radius_m, charge, 0.0) + fairness_m * served[ids])
    if not rows or not sum(len(c) for c in cols):
        return []
    rows, cols, costs, dists = map(np.concatenate, (rows, cols, costs, dists))
    volunteers, col_index = np.unique(cols, return_inverse=True)
    matrix = np.zeros((len(order_candidates), len(volunteers)))
    matrix[rows, col_index] = costs - MATCH_REWARD  # a feasible pair is worth the reward; the rest cost 0
    distance = np.zeros_like(matrix)
    distance[rows, col_index] = dists
    feasible = np.zeros(matrix.shape, dtype=bool)
    feasible[rows, col_index] = True
    picked_rows, picked_cols = linear_sum_assignment(matrix)
    return [
        (int(r), int(volunteers[c]), float(distance[r, c]))
        for r, c in zip(picked_rows, picked_cols)
        if feasible[r, c]
    ]


@dataclass
class _Order:
    created: float
    where: np.ndarray
    skill: int
    candidates: tuple[np.ndarray, np.ndarray] | None = None  # within the widened radius, nearest first
    tried: set = field(default_factory=set)
    offer: int | None = None
    accepted_at: float | None = None
    closed: bool = False  # accepted or given up
    give_up_at: float = 0.0  # an unaccepted order gives up then (again after a no-show)
    checked_in_at: float | None = None


class _Simulation:
    """One policy over one stream of orders. Events: arrivals, answers, services ending, batch ticks and
    orders giving up; times in seconds."""

    def __init__(self, district: District, orders: Orders, policy: str, scenario: Scenario, rng, no_show_seed=0):
        self.district, self.policy, self.scenario, self.rng = district, policy, scenario, rng
        self.batch = policy.startswith("batch")
        self.fairness_m = scenario.fairness_m if policy.endswith("fair") else 0.0
        # Whether a volunteer already holding an offer may be sent another (see the module docstring).
        self.offers_stack = policy in ("greedy_nearest", "greedy_fair")
        n_volunteers = len(district.homes)
        self.busy = np.zeros(n_volunteers, dtype=bool)
        self.offers_held = np.zeros(n_volunteers, dtype=np.int32)
        self.served = np.zeros(n_volunteers, dtype=np.int64)
        self.offers_of: dict[int, set[int]] = {}
        self.offer_table: dict[int, tuple[int, int, bool]] = {}  # offer -> (order, volunteer, active)
        self.orders = [_Order(float(t), orders.where[i], int(orders.skill[i])) for i, t in enumerate(orders.created)]
        self.waiting: dict[int, None] = {}  # orders with no offer out, oldest first (greedy only)
        self.pending: dict[int, None] = {}  # orders with no offer out (batch)
        self.open_orders = len(self.orders)
        self.events: list = []
        self.seq = 0
        self.offers_sent = self.withdrawn = 0
        self.distances: list[float] = []
        # No-shows: a stream of their own, so the offers' answers are drawn as without them.
        self.no_show_rng = np.random.default_rng(no_show_seed)
        self.busy_until = np.zeros(n_volunteers)  # a service's end frees them only if nothing changed since
        self.not_coming: dict[int, tuple[int, float]] = {}  # order -> (volunteer, when the sweep calls it)
        self.no_shows = self.reoffered = self.expired_after_no_show = 0

    def _push(self, at: float, kind: int, payload: int = -1) -> None:
        self.seq += 1
        heapq.heappush(self.events, (at, self.seq, kind, payload))

    def run(self) -> None:
        for index, order in enumerate(self.orders):
            order.give_up_at = order.created + self.scenario.max_wait_s
            self._push(order.created, _ARRIVAL, index)
            self._push(order.give_up_at, _TIMEOUT, index)
        if self.batch:
            self._push(0.0, _TICK)
        if self.scenario.no_show_rate > 0:
            self._push(self.scenario.sweep_s, _SWEEP)
        while self.events and self.open_orders:
            now, _, kind, payload = heapq.heappop(self.events)
            if kind == _ARRIVAL:
                self._arrive(payload, now)
            elif kind == _RESPONSE:
                self._answer(payload, now)
            elif kind == _DONE:
                if now >= self.busy_until[payload]:
                    self.busy[payload] = False
                    self._volunteer_freed(payload, now)
            elif kind == _TICK:
                self._batch_round(now)
                self._push(now + self.scenario.batch_interval_s, _TICK)
            elif kind == _TIMEOUT:
                self._give_up(payload, now)
            elif kind == _CHECK_IN:
                self.orders[payload].checked_in_at = now
                self.open_orders -= 1
            elif kind == _SWEEP:
                self._no_show_sweep(now)
                self._push(now + self.scenario.sweep_s, _SWEEP)

    def _free(self) -> np.ndarray:
        if self.offers_stack:
            return ~self.busy
        return ~self.busy & (self.offers_held == 0)

    def _untried(self, order: _Order) -> tuple[np.ndarray, np.ndarray]:
        ids, distances = order.candidates
        if order.tried:
            keep = ~np.isin(ids, np.fromiter(order.tried, dtype=ids.dtype))
            return ids[keep], distances[keep]
        return ids, distances

    def _arrive(self, index: int, now: float) -> None:
        order = self.orders[index]
        order.candidates = _candidates(self.district, order.where, order.skill, self.scenario.widened_radius_m)
        if self.batch:
            self.pending[index] = None
        else:
            self._dispatch(index, now)

    def _dispatch(self, index: int, now: float) -> bool:
        """Greedy: offer the order to its best candidate now, or leave it waiting for someone to free up."""
        order = self.orders[index]
        ids, distances = self._untried(order)
        ok = self._free()[ids]
        for radius in (self.scenario.radius_m, self.scenario.widened_radius_m):
            eligible = ok & (distances <= radius)
            if eligible.any():
                score = distances + self.fairness_m * self.served[ids]
                best = np.flatnonzero(eligible)[np.argmin(score[eligible])]
                self.waiting.pop(index, None)
                self._offer(index, int(ids[best]), now)
                return True
        self.waiting[index] = None
        return False

    def _batch_round(self, now: float) -> None:
        rows = list(self.pending)
        if not rows:
            return
        pairs = assign(
            [self._untried(self.orders[i]) for i in rows], self._free(), self.served, self.scenario,
            fairness_m=self.fairness_m,
        )
        for row, volunteer, _ in pairs:
            del self.pending[rows[row]]
            self._offer(rows[row], volunteer, now)

    def _offer(self, index: int, volunteer: int, now: float) -> None:
        order = self.orders[index]
        self.offers_sent += 1
        offer = self.offers_sent
        order.offer = offer
        order.tried.add(volunteer)
        self.offers_held[volunteer] += 1
        self.offers_of.setdefault(volunteer, set()).add(offer)
        self.offer_table[offer] = (index, volunteer, True)
        draw = self.rng.random()
        timeout = self.scenario.offer_timeout_s
        if draw < self.scenario.p_accept:
            self._push(now + self.rng.uniform(0, timeout), _RESPONSE, offer * 3 + _ACCEPT)
        elif draw < self.scenario.p_accept + self.scenario.p_decline:
            self._push(now + self.rng.uniform(0, timeout), _RESPONSE, offer * 3 + _DECLINE)
        else:
            self._push(now + timeout, _RESPONSE, offer * 3 + _EXPIRE)

    def _close_offer(self, offer: int) -> tuple[int, int]:
        index, volunteer, _ = self.offer_table[offer]
        self.offer_table[offer] = (index, volunteer, False)
        self.offers_held[volunteer] -= 1
        self.offers_of[volunteer].discard(offer)
        self.orders[index].offer = None
        return index, volunteer

    def _answer(self, payload: int, now: float) -> None:
        offer, outcome = divmod(payload, 3)
        if not self.offer_table[offer][2]:
            return  # withdrawn earlier
        index, volunteer = self._close_offer(offer)
        order = self.orders[index]
        if outcome == _ACCEPT:
            order.accepted_at, order.closed = now, True
            self.busy[volunteer] = True
            self.served[volunteer] += 1
            distance = float(np.hypot(*(self.district.homes[volunteer] - order.where)))
            self.distances.append(distance)
            self.busy_until[volunteer] = now + self.rng.uniform(*self.scenario.service_s)
            self._push(self.busy_until[volunteer], _DONE, volunteer)
            if self.scenario.no_show_rate > 0 and self.no_show_rng.random() < self.scenario.no_show_rate:
                self.busy_until[volunteer] = math.inf  # holds the order until the sweep hands it back
                self.not_coming[index] = (volunteer, now + self.scenario.no_show_s)
            else:
                self._push(now + distance / self.scenario.travel_m_per_s, _CHECK_IN, index)
            for other in list(self.offers_of[volunteer]):  # they can hold one order: the rest go on
                self.withdrawn += 1
                other_index, _ = self._close_offer(other)
                # Withdrawn is not declined: they may be asked again for that order once free.
                self.orders[other_index].tried.discard(volunteer)
                self._back_to_pending(other_index, now)
            return
        self._back_to_pending(index, now)
        self._volunteer_freed(volunteer, now)

    def _back_to_pending(self, index: int, now: float) -> None:
        if self.batch:
            self.pending[index] = None
        else:
            self._dispatch(index, now)

    def _volunteer_freed(self, volunteer: int, now: float) -> None:
        """Greedy: someone may now take a waiting order; give each waiting order, oldest first, its turn."""
        if self.batch or not self._free()[volunteer]:
            return
        for index in list(self.waiting):
            order = self.orders[index]
            if volunteer in order.tried or not self.district.has_skill[volunteer, order.skill]:
                continue
            if np.hypot(*(self.district.homes[volunteer] - order.where)) > self.scenario.widened_radius_m:
                continue
            self._dispatch(index, now)
            if not self._free()[volunteer]:
                return

    def _no_show_sweep(self, now: float) -> None:
        """The scheduler's no-show sweep: back to pending (never to that volunteer again) while enough of the window
        is left, else expired; the volunteer is free again."""
        due = [index for index, (_, at) in self.not_coming.items() if at <= now]
        for index in due:
            volunteer, _ = self.not_coming.pop(index)
            order = self.orders[index]
            self.no_shows += 1
            self.busy[volunteer] = False
            self.busy_until[volunteer] = now
            self.served[volunteer] -= 1
            window_end = order.created + self.scenario.window_s
            if window_end - now >= self.scenario.expected_s:
                self.reoffered += 1
                order.closed, order.accepted_at = False, None
                order.give_up_at = min(now + self.scenario.max_wait_s, window_end - self.scenario.expected_s)
                self._push(order.give_up_at, _TIMEOUT, index)
                self._back_to_pending(index, now)
            else:
                self.expired_after_no_show += 1
                order.accepted_at = None  # answered, then not served: neither counts
                self.open_orders -= 1
            self._volunteer_freed(volunteer, now)

    def _give_up(self, index: int, now: float) -> None:
        order = self.orders[index]
        if order.closed or now < order.give_up_at:
            return
        order.closed = True
        self.open_orders -= 1
        self.waiting.pop(index, None)
        self.pending.pop(index, None)
        if order.offer is not None:
            _, volunteer = self._close_offer(order.offer)
            self._volunteer_freed(volunteer, now)

    def result(self, rate_per_hour: float) -> PolicyResult:
        accepted = [o.accepted_at - o.created for o in self.orders if o.accepted_at is not None]
        return PolicyResult(
            policy=self.policy,
            rate_per_hour=rate_per_hour,
            orders=len(self.orders),
            answered=len(accepted),
            accept_s=np.asarray(accepted, dtype=float),
            distance_m=np.asarray(self.distances, dtype=float),
            offers=self.offers_sent,
            withdrawn=self.withdrawn,
            served=self.served.copy(),
            check_in_s=np.asarray([o.checked_in_at - o.created for o in self.orders if o.checked_in_at is not None],
                                  dtype=float),
            no_shows=self.no_shows,
            reoffered=self.reoffered,
            expired_after_no_show=self.expired_after_no_show,
        )


def simulate(
    district: District, orders: Orders, policy: str, scenario: Scenario, rng, rate_per_hour: float,
    no_show_seed=0,
) -> PolicyResult:
    """Run one policy over a fixed stream of orders."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}")
    simulation = _Simulation(district, orders, policy, scenario, rng, no_show_seed)
    simulation.run()
    return simulation.result(rate_per_hour)


def snapshot(district: District, scenario: Scenario, rng) -> dict:
    """One moment: pending orders and free volunteers, matched greedily, by the batch round, and optimally."""
    n_orders = scenario.snapshot_orders
    where = _clustered_points(n_orders, district.centres, district.order_weights, scenario, rng)
    demand = np.asarray(scenario.skill_demand) / sum(scenario.skill_demand)
    orders = Orders(np.arange(n_orders, dtype=float), where, rng.choice(scenario.skills, size=n_orders, p=demand))
    free = np.zeros(len(district.homes), dtype=bool)
    free[rng.choice(len(district.homes), size=min(scenario.snapshot_free, len(district.homes)), replace=False)] = True
    candidates = [
        _candidates(district, orders.where[i], int(orders.skill[i]), scenario.widened_radius_m) for i in range(n_orders)
    ]
    served = np.zeros(len(district.homes), dtype=np.int64)

    taken = ~free
    greedy = 0
    for ids, distances in candidates:
        ok = ~taken[ids]
        for radius in (scenario.radius_m, scenario.widened_radius_m):
            eligible = ok & (distances <= radius)
            if eligible.any():
                taken[ids[np.argmax(eligible)]] = True  # nearest first: the first eligible one
                greedy += 1
                break

    batch = len(assign(candidates, free, served, scenario))
    optimal = len(assign(candidates, free, served, scenario, widening_charge_m=0.0))
    return {
        "orders": n_orders,
        "free_volunteers": int(free.sum()),
        "greedy": greedy,
        "batch": batch,
        "optimal": optimal,
    }


def run(scenario: Scenario = Scenario(), seed: int = DEFAULT_SEED, policies=POLICIES) -> dict:
    """The whole benchmark: each rate x policy on the same district and the same order stream per rate."""
    root = np.random.SeedSequence(seed)
    district_seed, snapshot_seed, *rate_seeds = root.spawn(2 + len(scenario.rates_per_hour))
    district = build_district(scenario, np.random.default_rng(district_seed))
    results: list[PolicyResult] = []
    for rate, rate_seed in zip(scenario.rates_per_hour, rate_seeds):
        orders_seed, answers_seed = rate_seed.spawn(2)
        orders = generate_orders(district, scenario, rate, scenario.hours, np.random.default_rng(orders_seed))
        for policy in policies:
            # The same answer stream for every policy (common random numbers): differences come from the
            # policies, not from luck in who said yes.
            # Who never comes: a stream of its own, the same for every policy.
            no_show_seed = np.random.SeedSequence(answers_seed.entropy, spawn_key=answers_seed.spawn_key + (17,))
            results.append(simulate(district, orders, policy, scenario, np.random.default_rng(answers_seed), rate,
                                    no_show_seed))
    return {"results": results, "snapshot": snapshot(district, scenario, np.random.default_rng(snapshot_seed))}


def _fmt(value, pattern: str) -> str:
    return "-" if value is None else pattern.format(value)


CHECK_IN_POLICIES = {"greedy_nearest": "greedy", "greedy_fair": "fair", "batch": "batch"}


def _check_in_lines(results: list, scenario: Scenario) -> list[str]:
    """Greedy, fair and batch: the share of orders still served (checked in) and the p90 time to check-in."""
    lines = [f"check-in with no-show rate {scenario.no_show_rate:g} (served = checked in; p90 s from creation):",
             f"{'rate/h':>7} {'policy':<7} {'served':>7} {'p90 s':>7} {'no-shows':>8} {'re-offered':>10} "
             f"{'expired':>7}"]
    for result in results:
        if result.policy not in CHECK_IN_POLICIES:
            continue
        f = result.figures()
        lines.append(
            f"{result.rate_per_hour:>7g} {CHECK_IN_POLICIES[result.policy]:<7} {f['served_share']:>7.3f} "
            f"{_fmt(f['p90_check_in_s'], '{:.0f}'):>7} {f['no_shows']:>8} {f['reoffered_after_no_show']:>10} "
            f"{f['expired_after_no_show']:>7}")
    return lines


def report(outcome: dict, scenario: Scenario, seed: int, runtime_s: float) -> tuple[str, dict]:
    """The readable table and the JSON summary."""
    lines = [
        f"dispatch simulation: {scenario.volunteers} volunteers, {scenario.hours:g} h per rate, seed {seed}",
        f"{'rate/h':>7} {'policy':<15} {'orders':>6} {'answer':>7} {'mean s':>7} {'p90 s':>7} "
        f"{'dist m':>7} {'offers/ans':>10} {'withdrawn':>9} {'gini':>6}",
    ]
    by_rate: dict[str, dict[str, dict]] = {}
    for result in outcome["results"]:
        f = result.figures()
        by_rate.setdefault(f"{result.rate_per_hour:g}", {})[result.policy] = f
        lines.append(
            f"{result.rate_per_hour:>7g} {result.policy:<15} {f['orders']:>6} {f['answer_rate']:>7.3f} "
            f"{_fmt(f['mean_accept_s'], '{:.1f}'):>7} {_fmt(f['p90_accept_s'], '{:.1f}'):>7} "
            f"{_fmt(f['mean_distance_m'], '{:.0f}'):>7} {_fmt(f['offers_per_answered'], '{:.2f}'):>10} "
            f"{f['withdrawn_offers']:>9} {f['gini']:>6.3f}"
        )
    lines.extend(_check_in_lines(outcome["results"], scenario))
    snap = outcome["snapshot"]
    lines.append(
        f"snapshot: {snap['orders']} pending orders, {snap['free_volunteers']} free volunteers -> matched "
        f"greedy {snap['greedy']}, batch {snap['batch']}, optimal {snap['optimal']}"
    )
    top_rate = f"{max(scenario.rates_per_hour):g}"
    top = by_rate[top_rate]
    batch_vs_optimal = snap["batch"] / snap["optimal"] if snap["optimal"] else None
    p90 = {policy: f["p90_accept_s"] for policy, f in top.items()}
    gini_top = {policy: f["gini"] for policy, f in top.items()}
    targets = {}
    if batch_vs_optimal is not None:
        targets["batch_answers_99pct_of_optimal"] = batch_vs_optimal >= 0.99
    if p90.get("batch") is not None and p90.get("greedy_nearest"):
        targets["batch_p90_30pct_below_greedy"] = p90["batch"] <= 0.7 * p90["greedy_nearest"]
    if "greedy_fair" in gini_top and "greedy_nearest" in gini_top:
        targets["greedy_fair_gini_not_worse"] = gini_top["greedy_fair"] <= gini_top["greedy_nearest"]
    if "batch_fair" in gini_top and "batch" in gini_top:
        targets["batch_fair_gini_not_worse"] = gini_top["batch_fair"] <= gini_top["batch"]
    for name, met in targets.items():
        lines.append(f"target {name}: {'met' if met else 'NOT met'}")
    lines.append(f"runtime {runtime_s:.1f} s")

    def per_rate(figure: str) -> dict:
        return {rate: {policy: f[figure] for policy, f in fs.items()} for rate, fs in by_rate.items()}

    summary = {
        "seed": seed,
        "hours": scenario.hours,
        "volunteers": scenario.volunteers,
        "rate_for_headlines": float(top_rate),
        "batch_vs_optimal_answered": batch_vs_optimal,
        "greedy_vs_optimal_answered": snap["greedy"] / snap["optimal"] if snap["optimal"] else None,
        "p90_accept_s": p90,
        "gini": gini_top,
        "answer_rate": per_rate("answer_rate"),
        "mean_accept_s": per_rate("mean_accept_s"),
        "p90_accept_s_by_rate": per_rate("p90_accept_s"),
        "mean_distance_m": per_rate("mean_distance_m"),
        "offers_per_answered": per_rate("offers_per_answered"),
        "gini_by_rate": per_rate("gini"),
        "no_show_rate": scenario.no_show_rate,
        "served_share": per_rate("served_share"),
        "p90_check_in_s": per_rate("p90_check_in_s"),
        "no_shows": per_rate("no_shows"),
        "expired_after_no_show": per_rate("expired_after_no_show"),
        "snapshot": snap,
        "targets": targets,
        "runtime_s": round(runtime_s, 2),
    }
    return "\n".join(lines), summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--hours", type=float, default=Scenario.hours, help="simulated hours of orders per rate")
    parser.add_argument("--no-show-rate", type=float, default=Scenario.no_show_rate,
                        help="share of acceptances whose volunteer never comes (0 to 1), handed back by the sweep")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    args = parser.parse_args(argv)
    if not 0 <= args.no_show_rate <= 1:
        parser.error("--no-show-rate must be between 0 and 1")
    scenario = Scenario(hours=args.hours, no_show_rate=args.no_show_rate)
    started = time.perf_counter()
    outcome = run(scenario, args.seed)
    table, summary = report(outcome, scenario, args.seed, time.perf_counter() - started)
    print(table)
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
