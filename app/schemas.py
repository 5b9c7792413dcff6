"""Schema pieces shared by every domain: the base schema, coordinates, pagination and list envelopes."""
from __future__ import annotations

from datetime import timezone

from marshmallow import Schema, fields, missing, validate
from werkzeug.routing import IntegerConverter

_list_schemas: dict = {}


class BaseSchema(Schema):
    """Unknown fields are refused (marshmallow's default), so a typo in a request is a 422, not silently ignored."""


MAX_ID = 2**63 - 1  # the largest BIGINT: anything larger cannot name a row


class BoundedIdConverter(IntegerConverter):
    """`<int:...>` in every route: an id beyond BIGINT matches no route (404) instead of overflowing the driver."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def Id(**kwargs):
    """A row id in a request: a positive integer that fits the database (larger ones are a 422, not a 500)."""
    return fields.Integer(validate=validate.Range(1, MAX_ID), strict=False, **kwargs)


def Lat(**kwargs):
    return fields.Float(validate=validate.Range(-90, 90), allow_nan=False, **kwargs)


def Lng(**kwargs):
    return fields.Float(validate=validate.Range(-180, 180), allow_nan=False, **kwargs)


class PaginationQuerySchema(BaseSchema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    page_size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


def computed(field: fields.Field, getter) -> fields.Field:
    """A response field whose value is `getter(obj)`, documented with `field`'s type (a `fields.Function` has
    none, so generated clients would see `unknown`)."""
    field.get_value = lambda obj, attr, accessor=None, default=missing: getter(obj)
    field.dump_only = True
    return field


class Instant(fields.DateTime):
    """A moment in a response, always written in UTC: an object built from a request still holds the caller's
    offset (POST /orders), and every read answers in UTC."""

    def _serialize(self, value, attr, obj, **kwargs):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return super()._serialize(value, attr, obj, **kwargs)


def list_of(item_schema: type[Schema]) -> type[Schema]:
    """The `{"items": [...]}` envelope of every list, one schema class per item schema."""
    if item_schema not in _list_schemas:
        name = item_schema.__name__.removesuffix("Schema") + "ListSchema"
        _list_schemas[item_schema] = type(name, (Schema,), {"items": fields.List(fields.Nested(item_schema))})
    return _list_schemas[item_schema]
