"""Two schedulers at once (a second one started by mistake, or a run overlapping a restart): each with its own
thread, session and connection, released together. The unique key on (series_id, occurrence_on) lets exactly one
order be placed per occurrence, on SQLite and PostgreSQL alike, and the loser skips it without an error."""
import threading

import pytest
from sqlalchemy import select

from app import scheduler
from app.extensions import db
from app.orders.models import Order
from tests import factories
from tests.series.test_series_routes import API, body_for

pytestmark = pytest.mark.real_commits


def _run_together(app, count):
    job = next(j for j in scheduler.all_jobs(app) if j.name == "place_series_orders")
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(index):
        barrier.wait()
        results[index] = scheduler.run_job(app, job)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a scheduler is stuck"
    return results


@pytest.mark.parametrize("round_", range(3))
def test_two_schedulers_place_each_occurrence_once(app, client, auth, world, round_):
    resp = client.post(f"{API}/order-series", json=body_for(world), headers=auth.headers(world.resident))
    assert resp.status_code == 201, resp.get_json()
    series_id = resp.get_json()["id"]
    results = _run_together(app, 3)
    assert sorted(r or 0 for r in results) == [0, 0, 1], results
    assert _run_together(app, 2) == [0, 0]
    with factories.context():
        orders = db.session.scalars(select(Order).where(Order.series_id == series_id)).all()
        assert len(orders) == 1 and orders[0].status == "pending"
        db.session.remove()
