"""The one pagination helper: `?page=&page_size=` in, `{"items": [...]}` and the X-Pagination header out."""
from __future__ import annotations

import json
import math

from sqlalchemy import func, select

from app.extensions import db

PAGINATION_HEADER_DOC = {
    "X-Pagination": {
        "description": 'JSON: {"total", "total_pages", "page", "page_size"}',
        "schema": {"type": "string"},
    }
}


def paginate(statement, *, page: int, page_size: int, scalars: bool = True):
    """Run `statement` for one page. Returns (items, headers) for a route to return as
    `{"items": items}, 200, headers`."""
    total = db.session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
    paged = statement.limit(page_size).offset((page - 1) * page_size)
    result = db.session.execute(paged)
    items = list(result.scalars() if scalars else result)
    return items, pagination_header(total=total, page=page, page_size=page_size)


def pagination_header(*, total: int, page: int, page_size: int) -> dict:
    meta = {"total": total, "total_pages": math.ceil(total / page_size) if total else 0,
            "page": page, "page_size": page_size}
    return {"X-Pagination": json.dumps(meta)}
