"""The parts of the document written by hand: the problem-details, pagination and health schemas, the headers,
the Idempotency-Key parameter, GET /healthz, and examples of the loop's schemas."""
from __future__ import annotations

SCHEMA_REF = "#/components/schemas/"

SCHEMAS = {
    "Problem": {
        "type": "object",
        "description": "RFC 9457 problem details. Switch on `code`, a stable snake_case string; each operation "
                       "lists the codes each of its statuses can carry.",
        "properties": {
            "type": {"type": "string", "description": "A URI naming the problem."},
            "title": {"type": "string"},
            "status": {"type": "integer", "description": "The HTTP status, repeated."},
            "detail": {"type": "string", "description": "For people; do not parse."},
            "code": {"type": "string", "description": "What went wrong, for programs."},
            "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}},
                       "description": "On validation failures: messages by field (`items.0.name` for "
                                      "nested fields, `_schema` for the whole body)."},
            "request_id": {"type": "string", "description": "Quote it when reporting a problem."},
        },
        "required": ["type", "title", "status", "detail", "code"],
        "examples": [{"type": "https://docs.volunteer.example/problems/order_not_offered", "title": "Conflict",
                      "status": 409, "detail": "The order has no open offer.", "code": "order_not_offered",
                      "request_id": "5f0c8e6b9d6f4b6f8d1e2a3b4c5d6e7f"}],
    },
    "Pagination": {
        "type": "object",
        "description": "The `X-Pagination` header of every list, as JSON.",
        "properties": {"total": {"type": "integer", "minimum": 0},
                       "total_pages": {"type": "integer", "minimum": 0},
                       "page": {"type": "integer", "minimum": 1},
                       "page_size": {"type": "integer", "minimum": 1, "maximum": 100}},
        "required": ["total", "total_pages", "page", "page_size"],
        "additionalProperties": False,
        "examples": [{"total": 42, "total_pages": 3, "page": 1, "page_size": 20}],
    },
    "Health": {
        "type": "object",
        "properties": {"status": {"type": "string", "enum": ["ok", "degraded"]},
                       "db": {"type": "string", "enum": ["ok", "unreachable"]}},
        "required": ["status", "db"],
        "additionalProperties": False,
        "examples": [{"status": "ok", "db": "ok"}],
    },
}


HEADERS = {
    "X-Pagination": {
        "description": "The page this list answers, as JSON: `{\"total\", \"total_pages\", \"page\", \"page_size\"}`.",
        "required": True,
        "content": {"application/json": {"schema": {"$ref": SCHEMA_REF + "Pagination"}}},
    },
    "Idempotent-Replayed": {
        "description": "`true` when this is the stored answer to an earlier request with the same `Idempotency-Key` "
                       "and body; absent when the request ran now.",
        "schema": {"type": "string", "enum": ["true"]},
    },
    "Location": {
        "description": "Where the created resource can be read.",
        "schema": {"type": "string", "format": "uri-reference"},
    },
    "WWW-Authenticate": {"description": "`Bearer`: send an access token.", "schema": {"type": "string"}},
    "Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer"}},
    "X-RateLimit-Limit": {"description": "Requests allowed in the window.", "schema": {"type": "integer"}},
    "X-RateLimit-Remaining": {"description": "Requests left in the window.", "schema": {"type": "integer"}},
    "X-RateLimit-Reset": {"description": "When the window resets (Unix time).", "schema": {"type": "integer"}},
}

ACCEPT_LANGUAGE = {
    "name": "Accept-Language",
    "in": "header",
    "required": False,
    "description": "The language of what people read in the answer: error `detail`s and `title`s, field messages, "
                   "ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other "
                   "Chinese and for a language we do not have) or `en`, the client's most preferred first; the "
                   "answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, "
                   "a staff adjustment's reason) are the same in every language.",
    "schema": {"type": "string", "maxLength": 200},
    "example": "en",
}

IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "Makes a retry safe: a replay with the same key and body answers the first response again "
                   "(with `Idempotent-Replayed: true`); the same key with another body gets 422 "
                   "`idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. "
                   "Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.",
    "schema": {"type": "string", "minLength": 1, "maxLength": 255},
    "example": "0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10",
}


def add_health(doc: dict) -> None:
    def answer(description):
        return {"description": description, "content": {"application/json": {"schema": {"$ref": SCHEMA_REF + "Health"}}}}

    doc["paths"]["/healthz"] = {"get": {
        "operationId": "getHealth",
        "tags": ["health"],
        "summary": "The service answers, and its database does too.",
        "description": "For load balancers and monitoring; no token needed.",
        "responses": {"200": answer("Healthy."), "503": answer("The database is unreachable.")},
    }}
    doc.setdefault("tags", []).append({"name": "health", "description": "Liveness of the service"})


# Examples of the loop's schemas, shown by Swagger UI and checked against the schemas (Spectral, tests/openapi).
_WINDOW = {"window_start": "2026-12-02T01:00:00+00:00", "window_end": "2026-12-02T03:00:00+00:00"}
EXAMPLES = {
    "OrderCreate": {"menu_item_id": 1, "address": "民生路 88 号 3 单元 2 楼", "lat": 29.5583, "lng": 106.5786,
                    **_WINDOW, "note": "老人耳背，请多敲门"},
    "Order": {
        "id": 42, "community_id": 1, "menu_item_id": 1, "category_id": 1, "item_name": "上门探访独居老人",
        "points": 10, "expected_minutes": 60, "radius_m": 1500, "status": "accepted",
        "address": "民生路 88 号 3 单元 2 楼", "lat": 29.5583, "lng": 106.5786, "location_precision": "exact",
        **_WINDOW, "note": "老人耳背，请多敲门",
        "resident": {"id": 7, "name": "王秀英", "phone": "13800000002", "elderly_living_alone": True},
        "volunteer": {"id": 3, "name": "李建国"}, "offer": None, "needs_attention": False,
        "attention_reason": None, "team_id": None, "urgent": False, "series_id": None, "offers_made": 1,
        "created_at": "2026-12-01T08:00:00+00:00", "accepted_at": "2026-12-01T08:05:00+00:00",
        "check_in_at": None, "check_out_at": None, "completed_at": None, "service_minutes": None,
        "minutes_status": None, "review_reasons": [], "service_code": "4821", "summary": None,
        "cancel_reason": None, "rating": None,
        "events": [
            {"at": "2026-12-01T08:00:00+00:00", "actor": {"id": 7, "role": "resident"}, "from": None,
             "to": "pending", "note": ""},
            {"at": "2026-12-01T08:02:00+00:00", "actor": {"id": 2, "role": "staff"}, "from": "pending",
             "to": "offered", "note": ""},
            {"at": "2026-12-01T08:05:00+00:00", "actor": {"id": 9, "role": "volunteer"}, "from": "offered",
             "to": "accepted", "note": ""},
        ],
    },
    "Dispatch": {"volunteer_id": 3},
    "Offer": {"id": 5, "order_id": 42, "volunteer_id": 3, "status": "pending",
              "deadline": "2026-12-01T08:17:00+00:00", "created_at": "2026-12-01T08:02:00+00:00"},
    "CheckIn": {"lat": 29.5584, "lng": 106.5787},
    "CheckOut": {"lat": 29.5584, "lng": 106.5787, "summary": "陪老人聊天一小时，检查了燃气阀门", "service_code": "4821"},
    "RatingInput": {"stars": 5, "comment": "小李很耐心", "tags": []},
    "Rating": {"stars": 5, "comment": "小李很耐心", "tags": [], "automatic": False,
               "created_at": "2026-12-01T10:30:00+00:00"},
    "PointsSummary": {"balance": 130, "earned_total": 250, "redeemed_total": 120, "expired_total": 0,
                      "verified_minutes": 1260, "rank": 3, "rank_period": "2026-12"},
    "Login": {"phone": "13800000001", "password": "demo12345"},
    "ActivityCreate": {"title": "嘉陵江滨江步道清洁", "category_id": 9, "description": "捡拾垃圾，劝导文明游览",
                       "address": "民生路滨江步道入口", "lat": 29.5583, "lng": 106.5786,
                       "start": "2026-12-05T09:00:00+08:00", "end": "2026-12-05T12:00:00+08:00", "quota": 15,
                       "signup_deadline": "2026-12-04T20:00:00+08:00", "points_per_hour": 4},
    "ActivityCheck": {"lat": 29.5584, "lng": 106.5787, "code": "482913"},
    "Signup": {"id": 31, "activity_id": 7, "volunteer_id": 3, "volunteer_name": "李建国", "status": "waitlisted",
               "position": 2, "signed_up_at": "2026-12-01T08:00:00+00:00", "confirmed_at": None,
               "cancelled_at": None, "check_in_at": None, "check_in_distance_m": None, "check_in_code_ok": None,
               "check_out_at": None, "check_out_distance_m": None, "check_out_code_ok": None,
               "service_minutes": None, "minutes_status": None, "review_reasons": []},
}
