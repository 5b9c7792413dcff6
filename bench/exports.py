"""Exports in constant memory (issue 19): the peak memory of streaming a community's export at 10,000 and 50,000
volunteers.

Run `python -m bench.exports [--volunteers 10000 50000] [--json]`. For each size it builds a fresh SQLite database
with the app's own migrations and bulk-inserts one community with that many volunteers (each a user with a phone, a
real name and an encrypted ID number through app.records' own vault, two skills) and as many orders served with
verified minutes in the last 30 days. Then, for each export, a fresh Python process (so one figure cannot hide
another's) creates the app, runs one small warm-up export, and streams the real one through the Flask test client
without keeping it (`buffered=False`, counting bytes): once timed, with the process's peak RSS during it (VmHWM, reset
just before) and its peak anonymous RSS (RssAnon, sampled at every chunk sent: the process's own memory, C libraries'
included, without the database file SQLite maps into memory, `PRAGMA mmap_size` in app.db, which counts in RSS as
pages of the file are read and is the kernel's page cache, not the export's), then once more
with `tracemalloc` tracing Python allocations from just before the request to its last byte (slow: not timed). It
prints, per size and export: the bytes, the seconds, the traced peak (Python heap), the peak anonymous RSS and the
peak RSS, each with its growth over the figure before the export. Flat means the 50,000 figures are about the 10,000
ones.

Exports measured: volunteers.csv and volunteers.xlsx (staff, masked), volunteers.csv national (admin: decrypts
every ID number and writes 50,000 audit entries first), services.csv.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
EXPORTS = (("volunteers", "csv", False), ("volunteers", "xlsx", False), ("volunteers", "csv", True),
           ("services", "csv", False))


def _id_number(rng: random.Random) -> str:
    from app.records.identity import check_character

    first = f"5001{rng.randrange(10, 99)}{rng.randrange(1950, 2005)}{rng.randrange(1, 13):02d}" \
            f"{rng.randrange(1, 29):02d}{rng.randrange(0, 1000):03d}"
    return first + check_character(first)


def build(path: Path, volunteers: int) -> None:
    """A community of `volunteers` volunteers, each with a real name and an order served, in SQLite at `path`."""
    import flask_migrate
    from sqlalchemy import insert

    from app import clock, create_app
    from app.accounts.models import User
    from app.extensions import db
    from app import geo
    from app.matching.models import Volunteer, volunteer_skills
    from app.menu.models import Category, Community, MenuItem
    from app.orders.models import Order
    from app.records import identity, vault
    from app.records.models import RealName

    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    rng = random.Random(19)
    with app.app_context():
        flask_migrate.upgrade(directory=str(BASE_DIR / "migrations"))
        now = clock.now()
        lat, lng = 29.5583, 106.5786
        community = Community(name="民生路社区", street="解放碑街道", district="渝中区", city="重庆市", lat=lat, lng=lng,
                              radius_m=1500, cell=geo.cell_of(lat, lng), settings={}, created_at=now)
        categories = [Category(name=f"类别{n}", description="", created_at=now) for n in range(4)]
        db.session.add_all([community, *categories])
        db.session.flush()
        item = MenuItem(community_id=community.id, category_id=categories[0].id, name="上门探访", description="",
                        points=10, expected_minutes=60, created_at=now)
        admin = User(phone="13800000000", name="管理员", roles_text="admin", created_at=now)
        db.session.add_all([item, admin])
        db.session.commit()
        users = [{"id": n + 10, "phone": f"139{n:08d}", "name": f"志愿者{n}", "roles_text": "resident volunteer",
                  "elderly_living_alone": False, "created_at": now} for n in range(volunteers)]
        db.session.execute(insert(User), users)
        names, rows, skills, orders = [], [], [], []
        for n, user in enumerate(users):
            number = _id_number(rng)
            names.append({"user_id": user["id"], "real_name": f"张{n}", "id_type": "resident_id",
                          "id_number_ciphertext": vault.encrypt(number, context=f"real_names:user:{user['id']}"),
                          "id_number_hash": vault.lookup_hash(f"resident_id:{number}"),
                          "id_number_masked": identity.mask_id(number), "sex": identity.sex(number),
                          "registered_at": now, "updated_at": now})
            rows.append({"id": n + 1, "user_id": user["id"], "community_id": community.id, "status": "approved",
                         "home_lat": lat, "home_lng": lng, "home_cell": community.cell, "availability": [],
                         "max_active_orders": 1, "active_orders": 0, "on_duty": False, "rating_count": 0,
                         "rating_sum": 0, "offers_received": 0, "offers_accepted": 0, "verified_minutes": 60,
                         "approved_minutes": 0, "applied_at": now})
            skills += [{"volunteer_id": n + 1, "category_id": categories[n % 4].id},
                       {"volunteer_id": n + 1, "category_id": categories[(n + 1) % 4].id}]
            done = now - timedelta(days=rng.randrange(1, 29), minutes=rng.randrange(0, 600))
            orders.append({"community_id": community.id, "menu_item_id": item.id, "category_id": categories[0].id,
                           "resident_id": admin.id, "created_by_id": admin.id, "item_name": "上门探访", "points": 10,
                           "expected_minutes": 60, "radius_m": 1500, "offer_minutes": 10, "address": "民生路 1 号",
                           "lat": lat, "lng": lng, "cell": community.cell, "window_start": done - timedelta(hours=2),
                           "window_end": done, "note": "", "status": "rated", "volunteer_id": n + 1,
                           "offers_made": 0, "needs_attention": False, "created_at": done - timedelta(hours=3),
                           "accepted_at": done - timedelta(hours=2), "check_in_at": done - timedelta(hours=1),
                           "completed_at": done, "service_minutes": 60, "minutes_status": "verified"})
        for table, batch in ((RealName, names), (Volunteer, rows), (volunteer_skills, skills), (Order, orders)):
            for start in range(0, len(batch), 5000):
                db.session.execute(insert(table), batch[start:start + 5000])
        db.session.commit()
        db.session.execute(db.text("ANALYZE"))
        db.session.commit()


def _status_kib(field: str) -> int:
    """A figure of /proc/self/status in KiB: VmRSS (resident now) or VmHWM (the peak since the last reset). Not
    getrusage's ru_maxrss, which a process started by this one inherits from it (Linux keeps it across exec), and the
    parent held the whole build in memory."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak_rss() -> None:
    """Start VmHWM again from the current RSS (Linux: write 5 to clear_refs)."""
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


def measure(path: Path, dataset: str, fmt: str, national: bool) -> dict:
    """One export in this process (run by `main` in a fresh interpreter): figures as a dict."""
    import tracemalloc

    from app import create_app
    from app.accounts import service as accounts_service
    from app.extensions import db

    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    client = app.test_client()
    with app.app_context():
        admin = accounts_service.get_by_phone(phone="13800000000")
        token = accounts_service.sign_in(user=admin)["access_token"]
        db.session.commit()
        community_id = db.session.execute(db.text("SELECT id FROM communities")).scalar()
    headers = {"Authorization": f"Bearer {token}"}
    url = f"/api/v1/communities/{community_id}/exports/{dataset}.{fmt}"
    query = {"national": "true"} if national else {}

    anon_peak = [0]

    def run(extra: dict) -> tuple[int, int]:
        response = client.get(url, query_string={**query, **extra}, headers=headers, buffered=False)
        assert response.status_code == 200, response.status_code
        size = lines = 0
        for chunk in response.response:
            size += len(chunk)
            lines += chunk.count(b"\n")
            anon_peak[0] = max(anon_peak[0], _status_kib("RssAnon"))
        response.close()
        return size, lines

    run({"from": "2000-01-01", "to": "2000-01-02"})  # warm-up: imports, statements, a small workbook
    baseline_rss, baseline_anon = _status_kib("VmRSS"), _status_kib("RssAnon")
    anon_peak[0] = baseline_anon
    _reset_peak_rss()
    started = time.perf_counter()
    size, lines = run({})
    seconds = time.perf_counter() - started
    peak_rss, peak_anon = _status_kib("VmHWM"), anon_peak[0]
    tracemalloc.start()  # again, traced: what Python allocates at most while it runs
    run({})
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"dataset": dataset, "format": fmt, "national": national, "bytes": size,
            "csv_lines": lines if fmt == "csv" else None, "seconds": round(seconds, 2),
            "traced_peak_mib": round(peak / 2**20, 2), "peak_rss_mib": round(peak_rss / 1024, 1),
            "rss_before_mib": round(baseline_rss / 1024, 1),
            "rss_growth_mib": round((peak_rss - baseline_rss) / 1024, 1),
            "anon_peak_mib": round(peak_anon / 1024, 1),
            "anon_growth_mib": round((peak_anon - baseline_anon) / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--json", action="store_true", help="end with one JSON line of every figure")
    parser.add_argument("--measure", nargs=4, metavar=("DB", "DATASET", "FORMAT", "NATIONAL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        db_path, dataset, fmt, national = args.measure
        print(json.dumps(measure(Path(db_path), dataset, fmt, national == "1")))
        return 0
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as temp:
        for volunteers in args.volunteers:
            path = Path(temp) / f"exports-{volunteers}.db"
            started = time.perf_counter()
            build(path, volunteers)
            print(f"built {volunteers} volunteers in {time.perf_counter() - started:.1f} s", flush=True)
            for dataset, fmt, national in EXPORTS:
                out = subprocess.run([sys.executable, "-m", "bench.exports", "--measure", str(path), dataset, fmt,
                                      "1" if national else "0"], cwd=BASE_DIR, check=True, capture_output=True,
                                     text=True, env={**os.environ, "PYTHONPATH": str(BASE_DIR)})
                figures = {"volunteers": volunteers, **json.loads(out.stdout.strip().splitlines()[-1])}
                results.append(figures)
                label = f"{dataset}.{fmt}{' national' if national else ''}"
                print(f"{volunteers:>6} volunteers  {label:<22} {figures['bytes'] / 2**20:6.1f} MiB out  "
                      f"{figures['seconds']:6.1f} s  traced peak {figures['traced_peak_mib']:5.2f} MiB  "
                      f"anonymous RSS {figures['anon_peak_mib']:6.1f} MiB (+{figures['anon_growth_mib']:.1f})  "
                      f"peak RSS {figures['peak_rss_mib']:6.1f} MiB (+{figures['rss_growth_mib']:.1f})", flush=True)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
