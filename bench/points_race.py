"""Concurrent redemptions and adjustments against the real API, on SQLite or PostgreSQL, with the ledger
verified afterwards.

Run `python -m bench.points_race [--database-url URL] [--racers N] [--balance B] [--cost C] [--json]`.
Without a URL it uses a fresh SQLite file; a PostgreSQL URL must name an empty database (it is migrated, not
reset). Threads, each with its own connection, are released together by a barrier, through the Flask test
client, so every request runs the full stack: auth, validation, the one-transaction-per-request wrapper.

Scenarios:
- balance: N redemptions of a `cost`-point reward (ample stock) by one volunteer holding `balance` points;
  exactly floor(balance / cost) must succeed, the rest get 409 insufficient_points.
- stock: N volunteers with ample points race for a reward with stock N // 4; exactly that many succeed.
- opposing: N staff adjustments of +5 and -5, alternating, between one volunteer and the issuing account;
  all succeed, none deadlocks, the balance ends where it began.

Figures: outcomes by code, wall time, requests per second, retries after a deadlock or serialization failure
(from the transaction wrapper's log), and the problems `verify()` finds (there must be none).
"""
from __future__ import annotations

import argparse
import json
import logging
import tempfile
import threading
import time
from collections import Counter

import flask_migrate

from app import clock, create_app
from app.config import database_url
from app.extensions import db


class RetryCounter(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


def race(app, count, work):
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(index):
        client = app.test_client()
        barrier.wait()
        resp = work(client, index)
        results[index] = str(resp.status_code) if resp.status_code < 400 else resp.get_json()["code"]

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Counter(results), time.perf_counter() - started


def setup(app, *, volunteers: int, balance: int, cost: int, stock: int):
    """A community with a staff member, funded volunteers and one reward; returns ids and bearer headers."""
    from app.accounts import service as accounts_service
    from app import geo
    from app.matching.models import Volunteer
    from app.menu import service as menu_service
    from app.points import earning, verify
    from app.points.models import Reward

    with app.app_context():
        suffix = time.time_ns() % 10**8
        community = menu_service.create_community(community_in=dict(
            name=f"压测社区{suffix}", lat=29.5583, lng=106.5786, radius_m=1500, dispatch_policy="manual"))
        staff = accounts_service.create(phone=f"166{suffix:08d}", name="压测社工", roles=("staff",),
                                        community_ids=[community.id])
        rows = []
        for index in range(volunteers):
            user = accounts_service.create(phone=f"15{index:03d}{suffix % 10**6:06d}", name=f"志愿者{index}",
                                           roles=("volunteer",))
            volunteer = Volunteer(user_id=user.id, community_id=community.id, status="approved",
                                  home_lat=community.lat, home_lng=community.lng,
                                  home_cell=geo.cell_of(community.lat, community.lng), availability=[],
                                  max_active_orders=1)
            db.session.add(volunteer)
            db.session.commit()
            earning.adjust(volunteer=volunteer, amount=balance, reason="压测开户", staff_user=staff)
            rows.append((volunteer.id, user))
        reward = Reward(community_id=community.id, name="压测奖品", description="", cost_points=cost, stock=stock,
                        stock_total=stock, active=True, created_at=clock.now(), updated_at=clock.now())
        db.session.add(reward)
        db.session.commit()

        def bearer(user):
            return {"Authorization": f"Bearer {accounts_service.sign_in(user=user)['access_token']}"}

        built = {"reward_id": reward.id, "staff": bearer(staff),
                 "volunteers": [(vid, bearer(user)) for vid, user in rows]}
        db.session.commit()  # the sign-ins' token families (services never commit; this setup is the boundary)
        return built


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--racers", type=int, default=100)
    parser.add_argument("--balance", type=int, default=1000)
    parser.add_argument("--cost", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/points_race.db"
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": database_url(url),
                                 "SQLALCHEMY_ENGINE_OPTIONS": {"pool_size": 20, "max_overflow": 20}})
    logging.getLogger().setLevel(logging.ERROR)
    retries = RetryCounter()
    logging.getLogger("app.transactions").addHandler(retries)
    with app.app_context():
        flask_migrate.upgrade(directory="migrations")
    n = args.racers
    figures = {"database": app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0], "racers": n}

    world = setup(app, volunteers=1, balance=args.balance, cost=args.cost, stock=n)
    headers = world["volunteers"][0][1]
    outcome, seconds = race(app, n, lambda client, i: client.post(
        "/api/v1/redemptions", json={"reward_id": world["reward_id"]}, headers=headers))
    figures["balance"] = {"expected_successes": min(n, args.balance // args.cost), "outcomes": dict(outcome),
                          "seconds": round(seconds, 3), "per_second": round(n / seconds, 1)}

    world = setup(app, volunteers=n, balance=args.cost * 2, cost=args.cost, stock=n // 4)
    outcome, seconds = race(app, n, lambda client, i: client.post(
        "/api/v1/redemptions", json={"reward_id": world["reward_id"]}, headers=world["volunteers"][i][1]))
    figures["stock"] = {"expected_successes": n // 4, "outcomes": dict(outcome), "seconds": round(seconds, 3),
                        "per_second": round(n / seconds, 1)}

    world = setup(app, volunteers=1, balance=100, cost=args.cost, stock=1)
    volunteer_id = world["volunteers"][0][0]
    outcome, seconds = race(app, n, lambda client, i: client.post(
        "/api/v1/points/adjustments", headers=world["staff"],
        json={"volunteer_id": volunteer_id, "amount": 5 if i % 2 == 0 else -5, "reason": f"压测 {i}"}))
    figures["opposing"] = {"outcomes": dict(outcome), "seconds": round(seconds, 3),
                           "per_second": round(n / seconds, 1)}

    from app.points import earning, verify

    with app.app_context():
        figures["retries"] = retries.count
        figures["verify_problems"] = verify.verify()
        db.engine.dispose()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        print(f"database: {figures['database']}, {n} racers per scenario")
        for name in ("balance", "stock", "opposing"):
            row = figures[name]
            expected = f", expected {row['expected_successes']} successes" if "expected_successes" in row else ""
            print(f"  {name:<9} {row['outcomes']}{expected}  {row['seconds']} s ({row['per_second']}/s)")
        print(f"  retries after deadlock/serialization failure: {figures['retries']}")
        print(f"  verify: {'clean' if not figures['verify_problems'] else figures['verify_problems']}")
    return figures


if __name__ == "__main__":
    main()
