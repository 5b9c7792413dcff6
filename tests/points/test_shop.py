"""The shop's rules called directly (issue 21: the mutants of app/points/shop.py the route tests let live)."""
from app.extensions import db
from app.points import shop
from tests import factories


def test_a_reward_created_without_stock_has_none_stocked(ctx):
    community = factories.community()
    staff = db.session.merge(factories.staff(community))
    reward = shop.create_reward(community=db.session.merge(community), user=staff,
                                reward_in={"name": "环保袋", "description": "", "cost_points": 10, "active": True})
    db.session.refresh(reward)
    assert (reward.stock, reward.stock_total) == (0, 0)
