"""Showing an object with some of its attributes replaced or added, for a schema to dump: the schema stays the one
list of fields, and the service decides only what differs for this caller (a pickup code hidden from staff, the
entries a reversal made). Orders, whose view depends on more, have their own (app.orders.presenting)."""
from __future__ import annotations


class Shown:
    """`obj` as a schema should see it: `overrides` first, then obj's own attributes."""

    __slots__ = ("_obj", "_overrides")

    def __init__(self, obj, **overrides):
        self._obj = obj
        self._overrides = overrides

    def __getattr__(self, name):
        overrides = object.__getattribute__(self, "_overrides")
        if name in overrides:
            return overrides[name]
        return getattr(object.__getattribute__(self, "_obj"), name)
