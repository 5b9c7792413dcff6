"""Request bodies are checked once, before anything parses them: nesting depth, then (for JSON) that they parse.

Python's json module recurses once per level, so a 2 KB body of 1,000 `[` is a RecursionError, a 500, in
whatever parses it first: webargs (which calls json.loads itself), `request.get_json()` (the login limit's key)
or the idempotency fingerprint (which parses any body). And json.loads raises plain ValueErrors that webargs does
not expect (an integer of more than 4,300 digits). `check_request_body` runs before every other hook of the app
and answers 400 `malformed_body` to both, so the code behind it only ever meets shallow, well-formed JSON.
"""
from __future__ import annotations

import json
import re

from flask import request

from app.errors import ApiError
from app.i18n import _l

MAX_DEPTH = 32  # the deepest request this API takes is 3 levels (a volunteer's availability slots)

# A JSON string (brackets inside it do not count; an unterminated one runs to the end) or a bracket.
_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.DOTALL)


def nests_deeper_than(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether arrays and objects in `data` nest deeper than `limit`, without parsing it. Linear in the body."""
    if data.count(b"[") + data.count(b"{") <= limit:  # the common case, at C speed
        return False
    depth = 0
    for token in _TOKENS.finditer(data):
        bracket = token.group()
        if bracket in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        elif bracket in (b"]", b"}"):
            depth -= 1
    return False


def check_request_body() -> None:
    data = request.get_data(cache=True)  # beyond MAX_CONTENT_LENGTH this is the usual 413
    if not data:
        return
    if nests_deeper_than(data):
        raise ApiError.bad_request(_l("The request body nests deeper than %(depth)s levels.", depth=MAX_DEPTH),
                                   code="malformed_body")
    if request.is_json:
        try:
            json.loads(data)
        except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, an integer too long to convert
            raise ApiError.bad_request(_l("The request body is not valid JSON."), code="malformed_body") from None


def install(app) -> None:
    """Call before anything else registers a before-request hook (the rate limiter reads the body in its own)."""
    app.before_request(check_request_body)
