"""Wrong pickup codes are counted per redemption; 5 of them lock it until staff issue a new code.

Reviewed by hand. redemptions gains `pickup_failures`: wrong codes given since the current code was issued (0 for
every existing row), never negative.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('redemptions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pickup_failures', sa.Integer(), server_default=sa.text('0'), nullable=False))
        batch_op.create_check_constraint(op.f('ck_redemptions_pickup_failures'), 'pickup_failures >= 0')


def downgrade():
    with op.batch_alter_table('redemptions', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_redemptions_pickup_failures'), type_='check')
        batch_op.drop_column('pickup_failures')
