"""The order loop's sweeps: offer deadlines, order expiry at window end, automatic ratings, batch dispatch."""
from app.orders import dispatch, service
from app.scheduler import Job


def jobs(app):
    return [
        Job("expire_offers", service.expire_due_offers, 15),
        Job("expire_orders", service.expire_due, 60),
        Job("auto_rate", service.auto_rate_due, 3600),
        Job("batch_dispatch", dispatch.batch_sweep, dispatch.DEFAULT_BATCH_SECONDS),
    ]
