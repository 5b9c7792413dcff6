"""Trust of service records: each order's 4-digit service code (the resident's confirmation), the reasons its
minutes wait for a staff decision, and when the resident confirmed the service.

Reviewed by hand. Orders placed before this revision keep no service code (NULL): they can still be confirmed by
their resident's rating. `review_reasons` is a JSON list of reason codes (far_from_address, outside_window,
too_short, unconfirmed, no_check_out); NULL where nothing was recorded.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('service_code', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('review_reasons', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('confirmed_at')
        batch_op.drop_column('review_reasons')
        batch_op.drop_column('service_code')
