"""Factories: build rows with sensible defaults, so a test states only what matters to it."""
from __future__ import annotations

import itertools
from contextlib import contextmanager

from flask import has_app_context

from app.extensions import db

_app = None
_sequence = itertools.count(1)


def bind(app) -> None:
    global _app
    _app = app


@contextmanager
def context():
    """Use the current app context, or push one for the duration."""
    if has_app_context():
        yield
    else:
        with _app.app_context():
            yield


def _save(obj):
    db.session.add(obj)
    db.session.commit()
    return obj


def next_phone() -> str:
    return f"177{next(_sequence):08d}"


def user(*, roles=("resident",), phone=None, password=None, name=None, communities=(), **extra):
    from app.accounts import service as accounts_service

    with context():
        return accounts_service.create(
            phone=phone or next_phone(), name=name or "测试用户", password=password, roles=roles,
            community_ids=[c.id for c in communities], **extra)


def community(**overrides):
    from app.menu import service as menu_service

    spec = dict(name=f"测试社区{next(_sequence)}", street="解放碑街道", district="渝中区", city="重庆市",
                lat=29.5583, lng=106.5786, radius_m=1500, dispatch_policy="manual")
    spec.update(overrides)
    with context():
        return menu_service.create_community(community_in=spec)


def staff(community_, **extra):
    return user(roles=("staff",), communities=(community_,), **extra)


def category(name=None, **extra):
    from app.menu import service as menu_service

    with context():
        return menu_service.create_category(category_in={"name": name or f"类别{next(_sequence)}", **extra})
