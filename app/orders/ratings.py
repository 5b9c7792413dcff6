"""评单: the resident's rating of a completed order (once, 1 to 5 stars), and the automatic rating of orders left
unrated for 7 days."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app import clock
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg
from app.orders import flows
from app.orders.models import Order, Rating

AUTO_RATE_AFTER = timedelta(days=7)
AUTO_RATING_STARS = 5
RATING_TAGS = ("准时", "专业", "耐心", "热情", "细心", "沟通顺畅", "迟到", "态度差", "未完成服务")


def rate(*, order: Order, user, stars: int, comment: str = "", tags=()) -> Rating:
    if order.resident_id != user.id:
        raise ApiError.forbidden(_l("Only the resident who ordered the service rates it."), code="not_your_order")
    return _rate(order, actor=user, actor_role="resident", stars=stars, comment=comment, tags=list(tags),
                 automatic=False)


def _rate(order: Order, *, actor, actor_role: str, stars: int, comment: str, tags: list, automatic: bool) -> Rating:
    rating = Rating(order_id=order.id, volunteer_id=order.volunteer_id, stars=stars, comment=comment, tags=tags,
                    automatic=automatic, created_at=clock.now())
    flows.transition(order, "rate", actor=actor, actor_role=actor_role, rating=rating,
                     note=msg("%(stars)s stars (automatic after 7 days)", stars=stars) if automatic
                     else msg("%(stars)s stars", stars=stars))
    db.session.add(rating)
    return rating


def due_for_auto_rating(*, limit: int = 500) -> list[int]:
    return list(db.session.scalars(select(Order.id).where(
        Order.status == "completed", Order.completed_at <= clock.now() - AUTO_RATE_AFTER).order_by(Order.id)
        .limit(limit)))


def auto_rate(order_id: int) -> bool:
    """Rate one order 5 stars, marked automatic, if it is still completed and unrated (its resident may have rated
    it meanwhile: then nothing to do)."""
    order = db.session.get(Order, order_id)
    if order is None or order.status != "completed":
        return False
    _rate(order, actor=None, actor_role="system", stars=AUTO_RATING_STARS, comment="", tags=[], automatic=True)
    return True
