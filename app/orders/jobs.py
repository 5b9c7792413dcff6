"""The order loop's sweeps: offer deadlines, order expiry at window end, no-shows, forgotten check-outs, automatic
ratings, batch dispatch and reminders. Each item (an offer, an order, a community's batch round) is handled in its
own unit of work (app.jobs), and each handler checks again that its item is still due, so a second run (or a
restart) changes nothing."""
from app.jobs import Job, sweep
from app.orders import acceptance, closing, dispatch, handing_back, ratings, reminders, visits


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


def remind_expiring_offers() -> int:
    """Volunteers whose offer ends within two minutes are told, once per offer."""
    return sweep("remind_expiring_offers", reminders.expiring_offers(), reminders.remind_expiring)


def no_shows() -> int:
    """Accepted orders nobody checked in `no_show_minutes` after their window started go back, or expire."""
    return sweep("no_shows", handing_back.due_no_shows(), handing_back.no_show)


def unchecked_out() -> int:
    """Orders in service not checked out 2 hours after their window ended are completed, minutes for review."""
    return sweep("unchecked_out", visits.due_unchecked_out(), visits.close_unchecked_out)


def remind_starting() -> int:
    """The volunteer holding an order is reminded an hour before its window, once."""
    return sweep("remind_starting", reminders.starting_orders(), reminders.remind_starting)


def remind_check_out() -> int:
    """The volunteer in service is reminded to check out 15 minutes before the window ends, once."""
    return sweep("remind_check_out", reminders.check_outs_due(), reminders.remind_check_out)


def jobs(app):
    return [
        Job("expire_offers", expire_offers, 15),
        Job("expire_orders", expire_orders, 60),
        Job("auto_rate", auto_rate, 3600),
        Job("batch_dispatch", batch_dispatch, dispatch.DEFAULT_BATCH_SECONDS),
        Job("remind_expiring_offers", remind_expiring_offers, 30),
        Job("no_shows", no_shows, 60),
        Job("unchecked_out", unchecked_out, 300),
        Job("remind_starting", remind_starting, 60),
        Job("remind_check_out", remind_check_out, 60),
    ]
