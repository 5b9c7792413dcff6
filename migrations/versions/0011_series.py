"""Urgent menu items and recurring services: `urgent` on menu items (copied onto their orders), the order series
(每周探访) and each occurrence's order with its series and date.

The unique key (series_id, occurrence_on) is what keeps an occurrence placed once, whatever the scheduler does; its
index, series_id first, also lists a series' orders. Series are read by community and status (staff's list) and by
status and end (the scheduler's sweep).

Revision ID: 0011
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('order_series',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('community_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('menu_item_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('resident_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('lng', sa.Float(), nullable=False),
    sa.Column('weekday', sa.SmallInteger(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('every_weeks', sa.SmallInteger(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('preferred_volunteer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('stopped_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('stopped_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['communities.id'], name=op.f('fk_order_series_community_id_communities')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_order_series_created_by_id_users')),
    sa.ForeignKeyConstraint(['menu_item_id'], ['menu_items.id'], name=op.f('fk_order_series_menu_item_id_menu_items')),
    sa.ForeignKeyConstraint(['preferred_volunteer_id'], ['volunteers.id'], name=op.f('fk_order_series_preferred_volunteer_id_volunteers')),
    sa.ForeignKeyConstraint(['resident_id'], ['users.id'], name=op.f('fk_order_series_resident_id_users')),
    sa.ForeignKeyConstraint(['stopped_by_id'], ['users.id'], name=op.f('fk_order_series_stopped_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_series'))
    )
    with op.batch_alter_table('order_series', schema=None) as batch_op:
        batch_op.create_index('ix_order_series_community_id_status', ['community_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_series_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index('ix_order_series_status_until', ['status', 'until'], unique=False)

    with op.batch_alter_table('menu_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('urgent', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('urgent', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('series_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
        batch_op.add_column(sa.Column('occurrence_on', sa.Date(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_orders_series_id_occurrence_on'), ['series_id', 'occurrence_on'])
        batch_op.create_foreign_key(batch_op.f('fk_orders_series_id_order_series'), 'order_series', ['series_id'], ['id'])



def downgrade():
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_orders_series_id_order_series'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_orders_series_id_occurrence_on'), type_='unique')
        batch_op.drop_column('occurrence_on')
        batch_op.drop_column('series_id')
        batch_op.drop_column('urgent')

    with op.batch_alter_table('menu_items', schema=None) as batch_op:
        batch_op.drop_column('urgent')

    with op.batch_alter_table('order_series', schema=None) as batch_op:
        batch_op.drop_index('ix_order_series_status_until')
        batch_op.drop_index(batch_op.f('ix_order_series_resident_id'))
        batch_op.drop_index('ix_order_series_community_id_status')

    op.drop_table('order_series')
