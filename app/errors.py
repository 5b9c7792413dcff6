"""Every error the API returns, as RFC 9457 problem details with a stable `code`.

`ApiError` and its named factories are the one way code raises an HTTP error; `register_errorhandlers`
turns those, werkzeug's HTTP errors, validation failures and anything unexpected into
`application/problem+json`. No request ever gets an HTML error page.
"""
from __future__ import annotations

import logging
import re
import uuid

from flask import Flask, g, jsonify, request
from werkzeug.exceptions import HTTPException

from app.i18n import N_, _l, localized

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

# Stable codes for werkzeug's own errors, which clients switch on like any other code.
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "request_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    429: "rate_limited",
    500: "internal_error",
    503: "service_unavailable",
}

# Titles and details are English msgids, rendered in the reader's language when the problem is written (app.i18n);
# `code`s are the same in every language.
TITLES = {
    400: _l("Bad request"),
    401: _l("Unauthorized"),
    403: _l("Forbidden"),
    404: _l("Not found"),
    405: _l("Method not allowed"),
    406: _l("Not acceptable"),
    409: _l("Conflict"),
    413: _l("Request too large"),
    415: _l("Unsupported media type"),
    422: _l("Validation failed"),
    429: _l("Too many requests"),
    500: _l("Internal server error"),
    503: _l("Service unavailable"),
}

# What `not_found(what)` names, for the reader (a noun not listed here reads as its English code).
NOUNS = {
    "resource": _l("resource"), "activity": _l("activity"), "certificate": _l("certificate"),
    "community": _l("community"), "follow_up": _l("follow-up"), "menu_item": _l("menu item"),
    "notification": _l("notification"), "order": _l("order"), "redemption": _l("redemption"),
    "reward": _l("reward"), "signup": _l("sign-up"), "team": _l("team"), "team_member": _l("team member"),
    "volunteer": _l("volunteer"),
}

# werkzeug's own descriptions that reach clients as details, translated by value.
WERKZEUG_DETAILS = (
    N_("The method is not allowed for the requested URL."),
    N_("The data value transmitted exceeds the capacity limit."),
    N_("The server does not support the media type transmitted in the request."),
    N_("The browser (or proxy) sent a request that this server could not understand."),
)


class ApiError(Exception):
    """An error with an HTTP status and a stable snake_case `code`. Raise it through the named factories."""

    def __init__(self, status: int, code: str, detail: str | None = None, *, errors=None, headers=None,
                 keep_changes: bool = False):
        super().__init__(detail or code)
        # keep_changes: the request fails, but what it wrote must stand (a revoked token family, say).
        self.keep_changes = keep_changes
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}

    # Factories: one home for each kind of error.
    @classmethod
    def bad_request(cls, detail, code: str = "bad_request"):
        return cls(400, code, detail)

    @classmethod
    def unauthorized(cls, detail=_l("Authentication is required."), code: str = "unauthorized"):
        return cls(401, code, detail, headers={"WWW-Authenticate": "Bearer"})

    @classmethod
    def forbidden(cls, detail=_l("You may not do this."), code: str = "forbidden"):
        return cls(403, code, detail)

    @classmethod
    def not_found(cls, what: str = "resource"):
        return cls(404, f"{what}_not_found", _l("No such %(what)s.", what=NOUNS.get(what, what.replace("_", " "))))

    @classmethod
    def conflict(cls, code: str, detail):
        return cls(409, code, detail)

    @classmethod
    def invalid(cls, code: str, detail, field: str | None = None):
        """422 for input that is well-formed but breaks a rule, with the field it concerns."""
        return cls(422, code, detail, errors={field: [detail]} if field else None)

    @classmethod
    def validation_failed(cls, errors: dict):
        return cls(422, "validation_failed", _l("The request has invalid fields."), errors=errors)


def problem(status: int, code: str, detail=None, *, errors=None, headers=None, title=None):
    """Build the problem+json response. Every error response goes through here: title, detail and field messages
    in the reader's language (app.i18n), the code as it is."""
    title = localized(title or TITLES.get(status, _l("Error")))
    body = {
        "type": f"https://docs.volunteer.example/problems/{code}" if status != 500 else "about:blank",
        "title": title,
        "status": status,
        "detail": localized(detail) or title,
        "code": code,
    }
    if errors:
        body["errors"] = {str(field): [localized(m) for m in (messages if isinstance(messages, list) else [messages])]
                          for field, messages in errors.items()}
    request_id = g.get("request_id")
    if request_id:
        body["request_id"] = request_id
    response = jsonify(body)
    response.status_code = status
    response.mimetype = PROBLEM_JSON
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _flatten_validation_messages(messages) -> dict:
    """webargs reports errors by location ({"json": {...}, "query": {...}}) and nests those of nested fields
    ({"availability": {"0": {"end": [...]}}}); clients get `{field: [messages]}` (api.md), a nested field named
    by its path: `availability.0.end`."""
    if not isinstance(messages, dict):
        return {"_schema": _messages(messages)}
    flat: dict = {}
    for location, fields in messages.items():
        if isinstance(fields, dict):
            _flatten_into(flat, fields, prefix="")
        else:
            flat[location] = _messages(fields)
    return flat


def _flatten_into(flat: dict, errors: dict, *, prefix: str) -> None:
    for field, errs in errors.items():
        name = f"{prefix}{field}"
        if isinstance(errs, dict):
            _flatten_into(flat, errs, prefix=name + ".")
        else:
            flat[name] = _messages(errs)


def _messages(errs) -> list[str]:
    return [str(e) for e in errs] if isinstance(errs, list) else [str(errs)]


def handle_api_error(exc: ApiError):
    return problem(exc.status, exc.code, exc.detail, errors=exc.errors, headers=exc.headers)


def handle_http_exception(exc: HTTPException):
    status = exc.code or 500
    data = getattr(exc, "data", None) or {}
    headers = {}
    if status == 405 and exc.valid_methods:
        headers["Allow"] = ", ".join(exc.valid_methods)
    if status == 429:
        retry_after = getattr(exc, "retry_after", None)
        if retry_after:
            headers["Retry-After"] = str(retry_after)
    if status in (400, 422) and "messages" in data:
        errors = _flatten_validation_messages(data["messages"])
        if status == 400 or _is_malformed_body(errors):
            return problem(400, "malformed_body", _l("The request body is not valid JSON."), headers=headers)
        return problem(422, "validation_failed", _l("The request has invalid fields."), errors=errors, headers=headers)
    detail = exc.description if isinstance(exc.description, str) else None
    if status == 404:
        detail = _l("Nothing is here.")
    if status == 429:
        detail = _l("Too many requests; try again later.")
    return problem(status, HTTP_CODES.get(status, "http_error"), detail, headers=headers)


def _is_malformed_body(errors: dict) -> bool:
    # webargs reports unparseable JSON as a 400 with a "json" message; keep it a 400, not a validation 422.
    return errors.keys() == {"json"} and any("Invalid JSON" in str(m) for m in errors["json"])


def handle_unexpected(exc: Exception):
    if isinstance(exc, HTTPException):
        return handle_http_exception(exc)
    log.exception("unexpected error, request_id=%s %s %s", g.get("request_id"), request.method, request.path)
    return problem(500, "internal_error",
                   _l("Something went wrong on our side; quote the request_id when reporting it."))


_REQUEST_ID_OK = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def assign_request_id():
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if _REQUEST_ID_OK.match(incoming) else uuid.uuid4().hex


def add_request_id_header(response):
    request_id = g.get("request_id")
    if request_id:
        response.headers["X-Request-ID"] = request_id
    return response


def register_errorhandlers(app: Flask) -> None:
    app.before_request(assign_request_id)
    app.after_request(add_request_id_header)
    app.register_error_handler(ApiError, handle_api_error)
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(Exception, handle_unexpected)
