"""Slow clients (issue 15): how long `/healthz` and a signed-in read take while clients hold half-sent bodies.

Run `python -m bench.slow_clients [--slow 16] [--rounds 10] [--database-url URL]`.

What it does, all on 127.0.0.1, stopping by itself:
1. A fresh SQLite database in a temporary folder (or `--database-url`, dropped and created when it is PostgreSQL),
   `flask db upgrade` and `flask seed demo` as `make run` does, then `scripts/serve` (the API as `make run` serves
   it, with the scheduler beside it) on a free port.
2. The demo staff member signs in (the token for the signed-in read, `GET /api/v1/me`).
3. `--slow` raw connections each send the headers of `POST /api/v1/auth/login` and half of its body, then nothing.
4. `--rounds` times: `GET /healthz` and `GET /api/v1/me`, one after the other, each with a `--timeout` second limit;
   the latency of each (or "timeout").
5. Then the slow WeChat: the app points at a local fake of WeChat's API (app/wechat/fake.py, in this process) that
   answers after `--wechat-seconds`; `--wechat-logins` threads each `POST /api/v1/auth/wechat` at once, and while
   they wait, `GET /healthz` `--rounds` times again.
6. A table of p50 and max per request and how many timed out, then one line of JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from app.config import Config
from app.wechat.fake import FakeWeChat, FakeWeChatServer
from tests.live_server import ROOT, Served, hold_half_sent_bodies, timed_get

DEMO_STAFF = {"phone": "13800000001", "password": "demo12345"}


def prepare(database_url: str) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url, "FLASK_APP": "wsgi.py", "APP_ENV": "development"}
    if database_url.startswith("postgresql"):
        name = database_url.rsplit("/", 1)[1]
        admin = database_url.rsplit("/", 1)[0] + "/postgres"
        subprocess.run(["psql", admin, "-q", "-c", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                        "-c", f'CREATE DATABASE "{name}"'], check=True)
    flask = str(ROOT / ".venv" / "bin" / "flask")
    subprocess.run([flask, "db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run([flask, "seed", "demo", "--if-new"], cwd=ROOT, env=env, check=True, capture_output=True)
    return env


def summary(latencies: list[float | None]) -> dict:
    done = [x for x in latencies if x is not None]
    return {"p50_ms": round(statistics.median(done) * 1000, 1) if done else None,
            "max_ms": round(max(done) * 1000, 1) if done else None,
            "timeouts": len(latencies) - len(done), "of": len(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slow", type=int, default=16, help="clients holding a half-sent body")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=8.0, help="seconds before a request counts as timed out")
    parser.add_argument("--database-url", default=None, help="default: SQLite in a temporary folder")
    parser.add_argument("--wechat-logins", type=int, default=4, help="WeChat sign-ins waiting on a slow WeChat")
    parser.add_argument("--wechat-seconds", type=float, default=2.5, help="how slowly the fake WeChat answers")
    args = parser.parse_args()

    wechat = FakeWeChatServer(FakeWeChat(appid=Config.WECHAT_APPID, secret=Config.WECHAT_SECRET))
    wechat.start()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'slow.db'}"
        served = Served({**prepare(url), "WECHAT_API_BASE": wechat.url})
        try:
            status, body = served.request("POST", "/api/v1/auth/login", body=DEMO_STAFF)
            assert status == 200, body
            token = body["access_token"]
            healthz, me = [], []
            with hold_half_sent_bodies(served.port, args.slow):
                time.sleep(0.5)  # let the server take them in
                for _ in range(args.rounds):
                    healthz.append(timed_get(served.port, "/healthz", timeout=args.timeout))
                    me.append(timed_get(served.port, "/api/v1/me", timeout=args.timeout, token=token))
            wechat_healthz, wechat_statuses = slow_wechat(served, wechat, args)
        finally:
            served.stop()
            wechat.stop()
    result = {"slow_clients": args.slow, "rounds": args.rounds, "timeout_s": args.timeout,
              "healthz": summary(healthz), "me": summary(me),
              "wechat_logins": args.wechat_logins, "wechat_seconds": args.wechat_seconds,
              "healthz_during_slow_wechat": summary(wechat_healthz), "wechat_login_statuses": wechat_statuses}
    print(f"{'request':<28} {'p50 ms':>8} {'max ms':>8} {'timeouts':>9}")
    for name in ("healthz", "me", "healthz_during_slow_wechat"):
        row = result[name]
        print(f"{name:<28} {row['p50_ms'] or '-':>8} {row['max_ms'] or '-':>8} {row['timeouts']:>5} of {row['of']}")
    print(f"WeChat sign-ins: {wechat_statuses}")
    print(json.dumps(result))


def slow_wechat(served: Served, wechat: FakeWeChatServer, args) -> tuple[list, dict]:
    wechat.go_down("slow", args.wechat_seconds)
    statuses: list[int] = []

    def sign_in(i: int) -> None:
        status, _ = served.request("POST", "/api/v1/auth/wechat", body={"code": f"bench-{i}"}, timeout=30)
        statuses.append(status)

    threads = [threading.Thread(target=sign_in, args=(i,)) for i in range(args.wechat_logins)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)  # they are waiting on WeChat now
    healthz = [timed_get(served.port, "/healthz", timeout=args.timeout) for _ in range(args.rounds)]
    for thread in threads:
        thread.join(60)
    wechat.come_back()
    return healthz, dict(Counter(statuses))


if __name__ == "__main__":
    main()
