"""Every write request is one transaction: the view's service calls, its idempotency record and its outbox rows
commit together or not at all, and a PostgreSQL serialization failure or deadlock runs the request again.

`wrap_write_views` applies this to every view once the blueprints are registered, so no route can forget it
and no route commits. `read_body_first` makes every request arrive whole before any of that starts.
"""
from __future__ import annotations

import logging
from functools import wraps

from flask import Flask, current_app, request
from flask_jwt_extended import get_jwt_identity, verify_jwt_in_request
from flask_jwt_extended.exceptions import JWTExtendedException
from jwt import PyJWTError
from sqlalchemy.exc import DBAPIError

from app import idempotency
from app.db import MAX_ATTEMPTS, is_retryable, run_after_commit, take_after_commit, unit_of_work
from app.extensions import db

log = logging.getLogger(__name__)

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def _caller_id() -> int | None:
    try:
        verify_jwt_in_request(optional=True)
    except (JWTExtendedException, PyJWTError):
        return None  # the view's own auth check answers with the right 401
    identity = get_jwt_identity()
    return int(identity) if identity else None


def _run_once(view, args, kwargs):
    key = idempotency.requested_key()
    caller_id = _caller_id() if key else None
    with unit_of_work(db.session):
        if key and caller_id is not None:
            fingerprint = idempotency.request_fingerprint()
            replay = idempotency.claim(caller_id=caller_id, key=key, fingerprint=fingerprint)
            if replay is not None:
                return replay
        response = current_app.make_response(view(*args, **kwargs))
        if key and caller_id is not None:
            idempotency.store(caller_id=caller_id, key=key, fingerprint=fingerprint, response=response)
    return response


def transactional(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if request.method not in WRITE_METHODS:
            response = view(*args, **kwargs)
            # End the read's transaction with a commit (it wrote nothing) rather than the rollback closing the
            # session would send: psycopg forgets every statement it has prepared on a connection at a rollback,
            # so reads that rolled back were planned afresh each time (planning costs more than running them).
            db.session.commit()
            return response
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                return _after_the_response(_run_once(view, args, kwargs))
            except DBAPIError as exc:
                if attempt == MAX_ATTEMPTS or not is_retryable(exc):
                    raise
                log.warning("retrying %s %s after %s (attempt %d)", request.method, request.path,
                            type(exc.orig).__name__, attempt)
        raise AssertionError("unreachable")

    return wrapper


def _after_the_response(response):
    """What the request deferred until after its commit (app.db.after_commit) runs once the response has been sent:
    the WSGI server closes the response after writing it. In a fresh app context, as the request's is gone by then."""
    tasks = take_after_commit(db.session)
    if tasks:
        app = current_app._get_current_object()

        def run():
            with app.app_context():
                try:
                    run_after_commit(db.session, tasks)
                finally:
                    db.session.remove()

        response.call_on_close(run)
    return response


def read_body_first():
    """Read the whole request body before the view runs. The token check queries the database before the view
    parses its arguments, so a client sending its body slowly would otherwise hold a pooled connection in an open
    transaction (and on SQLite the write lock every transaction takes) for as long as it dawdles."""
    if request.content_length or request.headers.get("Transfer-Encoding"):
        request.get_data(cache=True)  # bounded by MAX_CONTENT_LENGTH (413 past it)


def wrap_write_views(app: Flask) -> None:
    for endpoint, view in list(app.view_functions.items()):
        if endpoint == "static" or endpoint.startswith(("docs.", "health.", "console.")):
            continue
        app.view_functions[endpoint] = transactional(view)
