"""The loop in real life: accepted orders handed back (released, or not come to) with who handed them back, each
volunteer's releases, and why an order needs staff's attention.

Reviewed by hand: every constraint named (batch mode on SQLite). Releases are read by order (who may not be offered
it again) and by volunteer (the open pool leaves out what they handed back).

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade():
    op.create_table('order_releases',
    sa.Column('id', _ID, nullable=False),
    sa.Column('order_id', _ID, nullable=False),
    sa.Column('volunteer_id', _ID, nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('by_id', _ID, nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_releases_order_id_orders')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'],
                            name=op.f('fk_order_releases_volunteer_id_volunteers')),
    sa.ForeignKeyConstraint(['by_id'], ['users.id'], name=op.f('fk_order_releases_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_releases'))
    )
    with op.batch_alter_table('order_releases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_releases_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_releases_volunteer_id'), ['volunteer_id'], unique=False)

    with op.batch_alter_table('volunteers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('releases', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attention_reason', sa.String(length=24), nullable=True))


def downgrade():
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('attention_reason')

    with op.batch_alter_table('volunteers', schema=None) as batch_op:
        batch_op.drop_column('releases')

    with op.batch_alter_table('order_releases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_releases_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_order_releases_order_id'))

    op.drop_table('order_releases')
