"""Safe retries for mobile clients (Stripe's model): a POST with an `Idempotency-Key` header runs once.

The key is scoped to the caller. A replay with the same body gets the stored response again with
`Idempotent-Replayed: true`; the same key with another body gets 422 `idempotency_key_reused`; a replay
while the first is still running gets 409 `idempotency_in_progress`. The record is written in the same
transaction as the request's effects (see app.transactions), so an effect without its record, or the
reverse, cannot exist. Only successful responses are stored: a failed request changed nothing, and its
retry simply runs again.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta

from flask import Response, request
from sqlalchemy import BigInteger, Integer, String, Text, UniqueConstraint, delete, func, select, text
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.db import BigId, UTCDateTime
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
KEEP_FOR = timedelta(hours=48)  # api.md promises at least 24 hours
STORED_HEADERS = ("Location", "X-Pagination")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # a NUL in the stored key would be an error on PostgreSQL


class IdempotencyRecord(db.Model):
    __tablename__ = "idempotency_records"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    caller_id: Mapped[int] = mapped_column(BigInteger)
    key: Mapped[str] = mapped_column(String(255))
    request_hash: Mapped[str] = mapped_column(String(64))
    response_status: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[str] = mapped_column(Text)
    response_mimetype: Mapped[str] = mapped_column(String(64))
    response_headers: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now, index=True)

    __table_args__ = (UniqueConstraint("caller_id", "key"),)


def requested_key() -> str | None:
    """The request's key, or None. A key outside 1-255 characters is a 400."""
    if request.method != "POST" or HEADER not in request.headers:
        return None
    key = request.headers[HEADER]
    if not 1 <= len(key) <= 255 or _CONTROL.search(key):
        raise ApiError.bad_request(_l("Idempotency-Key must be 1 to 255 characters, none of them a control character."),
                                   code="idempotency_key_invalid")
    return key


def request_fingerprint() -> str:
    """What makes two requests "the same": method, path, query and the body (as parsed JSON when it is JSON,
    so whitespace and key order do not matter)."""
    raw = request.get_data(cache=True)
    try:
        body = json.dumps(json.loads(raw), sort_keys=True, separators=(",", ":")) if raw else ""
    except ValueError:
        body = raw.decode("utf-8", "replace")
    material = "\n".join((request.method, request.path, request.query_string.decode("latin-1"), body))
    return hashlib.sha256(material.encode()).hexdigest()


def lock_key(caller_id: int, key: str) -> int:
    digest = hashlib.sha256(f"{caller_id}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def claim(*, caller_id: int, key: str, fingerprint: str) -> Response | None:
    """Inside the request's transaction: return the stored response to replay, or None to run the request.

    On PostgreSQL a transaction-scoped advisory lock marks the key as in progress: a concurrent replay that cannot
    take it gets 409 at once instead of waiting. On SQLite, BEGIN IMMEDIATE already runs writers one at a time,
    so a replay simply waits for the first to finish and then finds its record.
    """
    session = db.session
    # pragma: no mutate start (PostgreSQL only: the mutation run is on SQLite, where this never runs)
    if session.get_bind().dialect.name == "postgresql":
        acquired = session.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": lock_key(caller_id,
                                                                                                key)}).scalar()
        if not acquired:
            raise ApiError.conflict("idempotency_in_progress",
                                    _l("A request with this Idempotency-Key is still running."))
    # pragma: no mutate end
    record = session.scalar(
        select(IdempotencyRecord).where(IdempotencyRecord.caller_id == caller_id, IdempotencyRecord.key == key)
    )
    if record is None:
        return None
    if record.request_hash != fingerprint:
        raise ApiError.invalid("idempotency_key_reused",
                               _l("This Idempotency-Key was used with a different request."), field=HEADER)
    response = Response(record.response_body, status=record.response_status, mimetype=record.response_mimetype)
    for name, value in json.loads(record.response_headers or "{}").items():
        response.headers[name] = value
    response.headers[REPLAYED_HEADER] = "true"
    return response


def store(*, caller_id: int, key: str, fingerprint: str, response: Response) -> None:
    """Keep a successful response for replays, in the request's own transaction."""
    if response.status_code >= 400 or response.direct_passthrough:
        return
    headers = {name: response.headers[name] for name in STORED_HEADERS if name in response.headers}
    db.session.add(IdempotencyRecord(
        caller_id=caller_id, key=key, request_hash=fingerprint, response_status=response.status_code,
        response_body=response.get_data(as_text=True), response_mimetype=response.mimetype or "application/json",
        response_headers=json.dumps(headers),
    ))
    db.session.flush()


def purge_expired() -> int:
    """Scheduler sweep: forget keys past their retention."""
    deleted = db.session.execute(
        delete(IdempotencyRecord).where(IdempotencyRecord.created_at < clock.now() - KEEP_FOR)
    ).rowcount
    return deleted or 0


def count() -> int:
    return db.session.scalar(select(func.count()).select_from(IdempotencyRecord)) or 0
