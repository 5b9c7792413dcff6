"""Real servers on a free loopback port, for tests that go through HTTP the way clients do: `LiveServer` is gunicorn
with the shipped settings (deploy/gunicorn.conf.py) and as many workers as asked, `Served` is the API exactly as
`make run` serves it (scripts/serve). Also slow clients that hold connections open."""
from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"


def race(calls):
    """Run every call at the same moment, each on its own thread (so its own connection); their answers, in order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        barrier.wait()
        results[index] = call()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Server:
    port: int
    process: subprocess.Popen

    def _start(self, command: list[str], env: dict) -> None:
        # Its log goes to a file, not a pipe: a pipe nobody reads fills up and blocks the server mid-request.
        self._log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=self._log,
                                        start_new_session=True)
        self._wait_until_up()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        """What the server wrote to stderr so far."""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    def _wait_until_up(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the server exited: " + self.log())
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not come up")

    def request(self, method: str, path: str, token: str | None = None, body=None, headers=None,
                timeout: float = 30):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        for name, value in (headers or {}).items():
            req.add_header(name, value)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.status, json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read() or b"null")

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)


class LiveServer(_Server):
    """gunicorn with deploy/gunicorn.conf.py (the worker class production runs) and `workers` workers."""

    @classmethod
    def of(cls, app, workers: int = 4) -> "LiveServer":
        """A server of the test suite's database, signing tokens as `app` does."""
        from app.extensions import db

        with app.app_context():
            url = db.engine.url.render_as_string(hide_password=False)
        return cls(url, app.config["JWT_SECRET_KEY"], workers=workers)

    def __init__(self, database_url: str, jwt_secret: str, workers: int = 4, env: dict | None = None):
        self.port = free_port()
        env = {**os.environ, "DATABASE_URL": database_url, "JWT_SECRET_KEY": jwt_secret, "APP_ENV": "development",
               # the race tests hammer sign-in free endpoints only, but keep limits out of the way
               "LOGIN_LIMIT_PER_ADDRESS": "10000 per minute", "LOGIN_LIMIT_PER_PHONE": "10000 per minute",
               "REDIS_URL": "", "WEB_WORKERS": str(workers), **(env or {})}
        self._start([sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONFIG), "--workers", str(workers),
                     "--bind", f"127.0.0.1:{self.port}", "--log-level", "warning", "--access-logfile", "/dev/null",
                     "wsgi:app"], env)


class Served(_Server):
    """The API as `make run` serves it: scripts/serve (gunicorn and the scheduler beside it) on a free port, with
    `env` as its environment (DATABASE_URL names a migrated database)."""

    def __init__(self, env: dict):
        self.port = free_port()
        self._start([str(ROOT / "scripts" / "serve")], {**env, "PORT": str(self.port)})


@contextlib.contextmanager
def hold_half_sent_bodies(port: int, count: int, path: str = "/api/v1/auth/login", *, method: str = "POST",
                          token: str | None = None, body: dict | None = None):
    """`count` connections that each send a request's headers and half of its JSON body, then nothing, until the
    block ends: the slow (or malicious) clients a server must not wait for."""
    body = json.dumps(body or {"phone": "13800000001", "password": "not-the-password"}).encode()
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    head = (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{auth}"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    sockets = []
    try:
        for _ in range(count):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(head + body[: len(body) // 2])
            sockets.append(sock)
        yield sockets
    finally:
        for sock in sockets:
            sock.close()


def timed_get(port: int, path: str, *, timeout: float, token: str | None = None) -> float | None:
    """Seconds a GET took to answer 200 on a new connection, or None when it did not answer within `timeout`."""
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Authorization": f"Bearer {token}"} if token else {})
        response = conn.getresponse()
        response.read()
        assert response.status == 200, (path, response.status)
        return time.monotonic() - started
    except (TimeoutError, socket.timeout):
        return None
    finally:
        conn.close()
