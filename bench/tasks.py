"""The task list's statement (`app.orders.reads.tasks_for`, behind GET /volunteers/me/tasks) on a world of 2,000
volunteers and 40,000 orders (a fifth offered, a fifth held, the rest rated) with one offer each, rows inserted
directly. `python -m bench.tasks` on a fresh SQLite file; `BENCH_DB=postgresql://...` on that database, whose
public schema it DROPS first. Prints the rows read by 1,000 calls and the mean time per call."""
import os, random, sys, tempfile, time
from datetime import datetime, timedelta, timezone
from sqlalchemy import insert, text
from app import create_app
from app.extensions import db
import flask_migrate

path = tempfile.mktemp(suffix=".db")
from app.config import database_url
URL = os.environ.get("BENCH_DB")
app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": database_url(URL) if URL else f"sqlite:///{path}"})
rng = random.Random(7)
with app.app_context():
    if URL:
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE")); conn.execute(text("CREATE SCHEMA public"))
    flask_migrate.upgrade()
    from app.accounts.models import User
    from app.matching.models import Volunteer
    from app.menu.models import Category, Community, MenuItem
    from app.orders.models import Offer, Order
    from app.orders import reads
    now = datetime.now(timezone.utc)
    s = db.session
    from sqlalchemy import Boolean, DateTime, Float, Integer, JSON, String, Text, BigInteger, SmallInteger

    def fill(model, rows):
        out = []
        for row in rows:
            row = dict(row)
            for c in model.__table__.columns:
                if c.name in row or c.nullable or c.primary_key:
                    continue
                if c.default is not None and not callable(getattr(c.default, "arg", None)):
                    row[c.name] = c.default.arg
                    continue
                t = c.type
                py = getattr(t, "impl", t)
                row[c.name] = (now if isinstance(py, DateTime) else False if isinstance(py, Boolean)
                               else {} if isinstance(py, JSON) else "" if isinstance(py, (String, Text)) else 0)
            out.append(row)
        return out
    s.execute(insert(Community).values(id=1, name="c", street="", district="", city="", lat=29.5, lng=106.5, radius_m=1500, cell=1, dispatch_policy="manual", settings={}, created_at=now))
    s.execute(insert(Category).values(id=1, name="k", description="", created_at=now))
    s.execute(insert(MenuItem).values(id=1, community_id=1, category_id=1, name="i", description="", points=1, expected_minutes=60, created_at=now))
    users = [dict(id=i, phone=f"1{i:010d}", name=f"u{i}", roles_text="resident volunteer", created_at=now) for i in range(1, 2101)]
    cols = {c.name for c in User.__table__.columns}
    s.execute(insert(User), fill(User, [{k: v for k, v in u.items() if k in cols} for u in users]))
    s.execute(insert(Volunteer), fill(Volunteer, [dict(id=i, user_id=i, community_id=1, status="approved", home_lat=29.5, home_lng=106.5, max_active_orders=3, active_orders=0, created_at=now) for i in range(1, 2001)]))
    orders, offers = [], []
    for oid in range(1, 40001):
        kind = rng.random()
        vid = rng.randint(1, 2000)
        status = "offered" if kind < 0.2 else "accepted" if kind < 0.4 else "rated"
        orders.append(dict(id=oid, community_id=1, menu_item_id=1, category_id=1, resident_id=rng.randint(2001, 2100), created_by_id=2001, item_name="i", points=1, expected_minutes=60, radius_m=1500, offer_minutes=10, address="a", lat=29.5, lng=106.5, cell=1, window_start=now, window_end=now + timedelta(hours=2), note="", status=status, volunteer_id=vid if status != "offered" else None, current_offer_id=oid if status == "offered" else None, offers_made=1, needs_attention=False, created_at=now, service_code="1234"))
        offers.append(dict(id=oid, order_id=oid, volunteer_id=vid, status="pending" if status == "offered" else "accepted", created_at=now, deadline=now + timedelta(minutes=10)))
    s.execute(insert(Order), fill(Order, orders))
    s.execute(insert(Offer), fill(Offer, offers))
    s.commit()
    s.execute(text("ANALYZE"))
    s.commit()
    ids = list(range(1, 2001)); rng.shuffle(ids)
    for vid in ids[:100]:
        reads.tasks_for(volunteer_id=vid, volunteer_name="x")
    started = time.perf_counter()
    for vid in ids[:1000]:
        reads.tasks_for(volunteer_id=vid, volunteer_name="x")
    elapsed = time.perf_counter() - started
    total = sum(len(reads.tasks_for(volunteer_id=vid, volunteer_name="x")) for vid in ids[:1000])
    print("rows", total)
    print(f"tasks_for: {elapsed / 1000 * 1000:.3f} ms per call (1,000 calls)")
os.path.exists(path) and os.remove(path)
