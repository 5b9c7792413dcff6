"""The one job runner: a sweep handles each due item in its own unit of work, so an item that raises is logged with
its id and rolled back alone, and the sweep goes on."""
import logging
from datetime import datetime, timezone

from sqlalchemy import select, update

from app.extensions import db
from app.jobs import sweep
from app.menu.models import Category
from app.orders import jobs as orders_jobs
from app.orders.models import Offer, Order
from tests import factories


def test_a_failing_item_is_rolled_back_alone_and_the_sweep_goes_on(ctx, caplog):
    categories = [factories.category(name=f"清扫{n}") for n in range(3)]
    ids = [c.id for c in categories]

    def rename(category_id):
        db.session.get(Category, category_id).description = "done"
        if category_id == ids[1]:
            raise RuntimeError("a bad row")
        return True

    with caplog.at_level(logging.ERROR, logger="app.jobs"):
        assert sweep("rename", ids, rename) == 2
    db.session.expire_all()
    assert [db.session.get(Category, i).description for i in ids] == ["done", "", "done"]
    assert f"rename: item {ids[1]} failed" in caplog.text


def test_counts_what_the_items_answer(ctx):
    assert sweep("count", [1, 2, 3], lambda item: item) == 6
    assert sweep("flags", [1, 2, 3], lambda item: item != 2) == 2


def test_an_order_whose_search_fails_does_not_stop_its_communitys_batch_round(ctx, caplog):
    """An order left from before the window bounds (its window ends in the year 9999) makes the candidate search
    overflow; the round skips it, names it in the log, and still offers the other pending order."""
    community = factories.community(dispatch_policy="batch")
    category = factories.category()
    item = factories.menu_item(community, category)
    factories.volunteer(community, [category])
    factories.volunteer(community, [category])
    broken, fine = factories.order(item), factories.order(item)
    far = datetime(9999, 12, 31, 12, tzinfo=timezone.utc)
    db.session.execute(update(Order).where(Order.id == broken.id).values(window_end=far))
    db.session.commit()
    with caplog.at_level(logging.ERROR):
        assert orders_jobs.batch_dispatch() == 1
    assert db.session.scalar(select(Order.status).where(Order.id == fine.id)) == "offered"
    assert db.session.scalar(select(Order.status).where(Order.id == broken.id)) == "pending"
    assert not db.session.scalars(select(Offer).where(Offer.order_id == broken.id)).all()
    assert f"order {broken.id} skipped" in caplog.text
