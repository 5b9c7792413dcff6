"""A local stand-in for the WeChat server API, for development (`flask wechat fake-server`) and the tests.

Deterministic: a login code names a user by its part before the first "." ("alice" and "alice.2" are the same
person, as two `wx.login` codes of one user are), and the openid is "o_" + a hash of that name. Codes whose name
starts with a magic word fail the way WeChat does:

    bad...      40029 invalid code           risky...    40226 high-risk user
    busy...     -1 system busy, once per code, then OK
    limit...    45011 rate limited           nounion...  no unionid in the answer

Phone codes: eleven digits starting with 1 are that number; any other code gives a number made from its hash
(the same magic words apply). Subscription messages are recorded, refused with 43101 for users marked as not
subscribed and with 47003 for a value that breaks its field kind's rule. Control endpoints under `/__fake__/`
read the state, take WeChat down and bring it back, expire or invalidate the access token, and queue errcodes.
"""
from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import threading
import time

from werkzeug.serving import WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

CONTROL = "/__fake__/"
TOKEN_TTL = 7200

# WeChat's rules per field kind, as its documentation states them (deliberately not shared with the client's
# cutting code, so a mistake there shows up here).
FIELD_RULES = {
    "thing": re.compile(r"^.{1,20}$"),
    "phrase": re.compile(r"^.{1,5}$"),
    "name": re.compile(r"^(.{1,10}|[A-Za-z ]{1,20})$"),
    "character_string": re.compile(r"^[\x21-\x7e]{1,32}$"),
    "number": re.compile(r"^-?\d+(\.\d+)?$"),
    "letter": re.compile(r"^[A-Za-z]{1,32}$"),
    "symbol": re.compile(r"^.{1,5}$"),
    "phone_number": re.compile(r"^[\d+\-() ]{1,17}$"),
    "car_number": re.compile(r"^.{1,8}$"),
    "amount": re.compile(r"^[¥$]?\d{1,10}(\.\d{1,2})?元?$"),
    "time": re.compile(r"(\d{1,2}:\d{2})|(\d{4}年\d{1,2}月\d{1,2}日)|(\d{4}-\d{2}-\d{2})"),
    "date": re.compile(r"(\d{4}年\d{1,2}月\d{1,2}日)|(\d{4}-\d{2}-\d{2})"),
}


def _hash(*parts: str) -> str:
    return hashlib.sha256(":".join(parts).encode()).hexdigest()


def person_of(code: str) -> str:
    """The user a login code belongs to: its part before the first "."."""
    return code.split(".", 1)[0]


class FakeWeChat:
    """The fake's state and its WSGI app. Thread-safe: the server answers each request in its own thread."""

    def __init__(self, *, appid: str, secret: str):
        self.appid = appid
        self.secret = secret
        self._lock = threading.Lock()
        self.on_refuse = None  # set by FakeWeChatServer: close the listening socket for a while
        self.reset()

    def reset(self) -> None:
        with self._lock:
            # A request still in flight from before the reset (a "slow" one its caller gave up on) must not leave
            # its mark on the fresh state: it belongs to an older generation.
            self.generation = getattr(self, "generation", 0) + 1
            self.token_requests = 0
            self.tokens: dict[str, dict] = {}  # token -> {"expires": monotonic time, "state": valid|expired|invalid}
            self.current_token: str | None = None
            self.messages: list[dict] = []
            self.calls: list[str] = []  # the path of every API call, in order
            self.unsubscribed: set[str] = set()
            self.fail_next: list[tuple[int, str | None]] = []  # (errcode, path or None for any API but the token)
            self.busy_seen: set[str] = set()
            self.down: str | None = None  # "error": HTTP 500; "slow": answer after `slow_seconds`
            self.slow_seconds = 0.0
            self._counter = itertools.count(1)

    # -- helpers the tests and the control endpoints share --------------------------------------------------------
    def openid_for(self, code: str) -> str:
        return "o_" + _hash(self.appid, person_of(code))[:26]

    def unionid_for(self, code: str) -> str:
        return "u_" + _hash("union", person_of(code))[:26]

    def phone_for(self, code: str) -> str:
        name = person_of(code)
        if re.fullmatch(r"1\d{10}", name):
            return name
        return "139" + str(int(_hash("phone", name)[:12], 16))[-8:].zfill(8)

    def set_token_state(self, state: str) -> None:
        """Make the current access token "expired" (42001) or "invalid" (40001)."""
        with self._lock:
            if self.current_token:
                self.tokens[self.current_token]["state"] = state

    def state(self) -> dict:
        with self._lock:
            return {"token_requests": self.token_requests, "messages": list(self.messages), "calls": list(self.calls),
                    "unsubscribed": sorted(self.unsubscribed), "down": self.down}

    # -- WSGI -------------------------------------------------------------------------------------------------------
    def __call__(self, environ, start_response):
        request = Request(environ)
        if request.path.startswith(CONTROL):
            status, payload = self._control(request)
            return _json(payload, status)(environ, start_response)
        if self.down == "error":
            return Response("<html><body>502 Bad Gateway</body></html>", 500, mimetype="text/html")(
                environ, start_response)
        generation = self.generation
        if self.down == "slow":
            time.sleep(self.slow_seconds)
        return _json(self.answer(request, generation))(environ, start_response)

    def answer(self, request: Request, generation: int) -> dict:
        path = request.path
        body = request.get_json(silent=True) if request.method == "POST" else None
        body = body if isinstance(body, dict) else {}
        with self._lock:
            if generation != self.generation:
                return _error(-1, "the fake was reset while this request waited")
            self.calls.append(path)
            if path == "/cgi-bin/stable_token":
                self.token_requests += 1
            queued = self._take_queued(path)
            if queued is not None:
                return _error(queued, "queued by the test")
            if path == "/cgi-bin/stable_token":
                return self._stable_token(body)
            if path == "/sns/jscode2session":
                return self._jscode2session(request.args)
            if path not in ("/wxa/business/getuserphonenumber", "/cgi-bin/message/subscribe/send"):
                return _error(40066, "invalid url")
            token_error = self._check_token(request.args.get("access_token"))
            if token_error:
                return token_error
            if path == "/wxa/business/getuserphonenumber":
                return self._phone(body)
            return self._send(body)

    def _take_queued(self, path: str) -> int | None:
        """The next queued errcode for this path: queued for it by name, or for any API but the token."""
        for index, (errcode, only_path) in enumerate(self.fail_next):
            if only_path == path or (only_path is None and path != "/cgi-bin/stable_token"):
                del self.fail_next[index]
                return errcode
        return None

    def _magic(self, code: str) -> dict | None:
        name = person_of(code)
        if name.startswith("bad"):
            return _error(40029, "invalid code")
        if name.startswith("risky"):
            return _error(40226, "high risk user")
        if name.startswith("limit"):
            return _error(45011, "api minute-quota reach limit")
        if name.startswith("busy") and code not in self.busy_seen:
            self.busy_seen.add(code)
            return _error(-1, "system error")
        return None

    def _jscode2session(self, args) -> dict:
        if args.get("appid") != self.appid:
            return _error(40013, "invalid appid")
        if args.get("secret") != self.secret:
            return _error(40125, "invalid appsecret")
        if args.get("grant_type") != "authorization_code":
            return _error(40002, "invalid grant_type")
        code = args.get("js_code") or ""
        if not code:
            return _error(41008, "missing code")
        failure = self._magic(code)
        if failure:
            return failure
        answer = {"openid": self.openid_for(code),
                  "session_key": base64.b64encode(bytes.fromhex(_hash("sk", code)[:32])).decode()}
        if not person_of(code).startswith("nounion"):
            answer["unionid"] = self.unionid_for(code)
        return answer

    def _stable_token(self, body: dict) -> dict:
        if body.get("grant_type") != "client_credential":
            return _error(40002, "invalid grant_type")
        if body.get("appid") != self.appid:
            return _error(40013, "invalid appid")
        if body.get("secret") != self.secret:
            return _error(40125, "invalid appsecret")
        current = self.tokens.get(self.current_token or "")
        now = time.monotonic()
        if body.get("force_refresh") or current is None or current["state"] != "valid" or current["expires"] <= now:
            self.current_token = f"fake-token-{next(self._counter)}-" + _hash("token", str(now))[:40]
            current = self.tokens[self.current_token] = {"expires": now + TOKEN_TTL, "state": "valid"}
        return {"access_token": self.current_token, "expires_in": int(current["expires"] - now)}

    def _check_token(self, token: str | None) -> dict | None:
        if not token:
            return _error(41001, "access_token missing")
        known = self.tokens.get(token)
        if known is None or known["state"] == "invalid":
            return _error(40001, "invalid credential, access_token is invalid or not latest")
        if known["state"] == "expired" or known["expires"] <= time.monotonic():
            return _error(42001, "access_token expired")
        return None

    def _phone(self, body: dict) -> dict:
        code = body.get("code")
        if not isinstance(code, str) or not code:
            return _error(41008, "missing code")
        failure = self._magic(code)
        if failure:
            return failure
        phone = self.phone_for(code)
        return {"errcode": 0, "errmsg": "ok", "phone_info": {
            "phoneNumber": phone, "purePhoneNumber": phone, "countryCode": "86",
            "watermark": {"timestamp": int(time.time()), "appid": self.appid},
        }}

    def _send(self, body: dict) -> dict:
        touser, template_id, data = body.get("touser"), body.get("template_id"), body.get("data")
        if not touser:
            return _error(40003, "invalid openid")
        if not template_id:
            return _error(40037, "invalid template_id")
        if touser in self.unsubscribed:
            return _error(43101, "user refuse to accept the msg")
        if not isinstance(data, dict):
            return _error(47003, "argument invalid! data is empty")
        for key, item in data.items():
            value = item.get("value") if isinstance(item, dict) else None
            kind = re.sub(r"\d+$", "", key)
            rule = FIELD_RULES.get(kind)
            if not isinstance(value, str) or (rule is not None and not rule.search(value)):
                return _error(47003, f"argument invalid! data.{key}.value exceeds limit")
        msgid = next(self._counter)
        self.messages.append({"msgid": msgid, "touser": touser, "template_id": template_id, "page": body.get("page"),
                              "data": {k: v["value"] for k, v in data.items()},
                              "miniprogram_state": body.get("miniprogram_state")})
        return {"errcode": 0, "errmsg": "ok", "msgid": msgid}

    # -- control ----------------------------------------------------------------------------------------------------
    def _control(self, request: Request) -> tuple[int, dict]:
        action = request.path[len(CONTROL):]
        body = request.get_json(silent=True) or {}
        if request.method == "GET" and action == "state":
            return 200, self.state()
        if request.method == "GET" and action == "openid":
            code = request.args.get("code", "")
            return 200, {"openid": self.openid_for(code), "unionid": self.unionid_for(code)}
        if request.method != "POST":
            return 405, {"error": "POST"}
        if action == "reset":
            self.reset()
        elif action == "down":
            mode, seconds = body.get("mode", "error"), float(body.get("seconds") or 0)
            if mode == "refuse":
                if not seconds or self.on_refuse is None:
                    return 400, {"error": "refuse needs seconds (how long to stay away) and a running server"}
                self.on_refuse(seconds)
            elif mode in ("error", "slow"):
                with self._lock:
                    self.down, self.slow_seconds = mode, seconds
            else:
                return 400, {"error": "mode is error, slow or refuse"}
        elif action == "up":
            with self._lock:
                self.down = None
        elif action == "token":
            if body.get("action") not in ("expire", "invalidate"):
                return 400, {"error": "action is expire or invalidate"}
            self.set_token_state("expired" if body["action"] == "expire" else "invalid")
        elif action == "unsubscribe":
            openid = body.get("openid") or (self.openid_for(body["code"]) if body.get("code") else None)
            if not openid:
                return 400, {"error": "give openid or code"}
            with self._lock:
                self.unsubscribed.add(openid)
        elif action == "fail-next":
            errcodes = body.get("errcodes")
            if not isinstance(errcodes, list) or not all(isinstance(e, int) for e in errcodes):
                return 400, {"error": "errcodes: a list of integers"}
            with self._lock:
                self.fail_next.extend((errcode, body.get("path")) for errcode in errcodes)
        else:
            return 404, {"error": f"no control {action!r}"}
        return 200, self.state()


def _error(errcode: int, errmsg: str) -> dict:
    return {"errcode": errcode, "errmsg": f"{errmsg} rid: fake"}


def _json(payload: dict, status: int = 200) -> Response:
    return Response(json.dumps(payload, ensure_ascii=False), status, mimetype="application/json")


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs):
        """No access log line per request: the tests' fake server would flood their output."""


class FakeWeChatServer:
    """Runs a FakeWeChat on a loopback port in a background thread. `go_down("refuse")` closes the port so
    connections are refused; `come_back()` opens it again on the same port."""

    def __init__(self, fake: FakeWeChat, *, host: str = "127.0.0.1", port: int = 0, quiet: bool = True):
        self.fake = fake
        self.host = host
        self.port = port
        self.quiet = quiet
        self._server = None
        self._thread = None
        self._state_lock = threading.Lock()
        fake.on_refuse = self._refuse_for

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> "FakeWeChatServer":
        with self._state_lock:
            if self._server is None:
                self._server = make_server(self.host, self.port, self.fake, threaded=True,
                                           request_handler=_QuietHandler if self.quiet else None)
                self.port = self._server.server_port
                # a short poll interval: stopping (going "down") takes that long
                self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                                name="fake-wechat", daemon=True)
                self._thread.start()
        return self

    def stop(self) -> None:
        with self._state_lock:
            if self._server is not None:
                self._server.shutdown()
                self._server.server_close()
                self._thread.join(timeout=5)
                self._server = self._thread = None

    def serve_forever(self) -> None:
        """Serve in the foreground (the CLI) until interrupted."""
        self.start()
        try:
            while True:
                time.sleep(3600)
        finally:
            self.stop()

    def go_down(self, mode: str = "refuse", seconds: float = 0.0) -> None:
        """"refuse": nothing listens; "error": HTTP 500; "slow": answers after `seconds`."""
        if mode == "refuse":
            self.stop()
        else:
            self.fake.down, self.fake.slow_seconds = mode, seconds

    def come_back(self) -> None:
        self.fake.down = None
        self.start()

    def _refuse_for(self, seconds: float) -> None:
        # Called from a request this server is answering: stop from another thread, after the answer is out.
        threading.Timer(0.1, self.stop).start()
        threading.Timer(0.1 + seconds, self.start).start()
