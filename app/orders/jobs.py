"""The order loop's sweeps: offer deadlines, order expiry at window end, automatic ratings, batch dispatch, and auto
dispatch's first offers that a crash lost. Each item (an offer, an order, a community's batch round) is handled in
its own unit of work (app.jobs)."""
from app.jobs import Job, sweep
from app.orders import acceptance, closing, dispatch, ratings, reminders


def expire_offers() -> int:
    """Offers past their deadline lapse and their orders move on."""
    return sweep("expire_offers", acceptance.due_offer_ids(), acceptance.lapse_by_id)


def expire_orders() -> int:
    """Orders nobody took by the end of their window expire."""
    return sweep("expire_orders", closing.due_for_expiry(), closing.expire)


def auto_rate() -> int:
    """Orders completed and unrated for 7 days are rated 5 stars, marked automatic."""
    return sweep("auto_rate", ratings.due_for_auto_rating(), ratings.auto_rate)


def batch_dispatch() -> int:
    """One batch round for every community whose policy is batch."""
    return sweep("batch_dispatch", dispatch.batch_communities(), dispatch.batch_round)


def offer_unoffered() -> int:
    """Orders of auto communities whose first offer, made after the answer to POST /orders, never happened."""
    return sweep("offer_unoffered", dispatch.unoffered_order_ids(), dispatch.offer_if_unoffered)


def remind_expiring_offers() -> int:
    """Volunteers whose offer ends within two minutes are told, once per offer."""
    return sweep("remind_expiring_offers", reminders.expiring_offers(), reminders.remind_expiring)


def jobs(app):
    return [
        Job("expire_offers", expire_offers, 15),
        Job("expire_orders", expire_orders, 60),
        Job("auto_rate", auto_rate, 3600),
        Job("batch_dispatch", batch_dispatch, dispatch.DEFAULT_BATCH_SECONDS),
        Job("remind_expiring_offers", remind_expiring_offers, 30),
        Job("offer_unoffered", offer_unoffered, 30),
    ]
