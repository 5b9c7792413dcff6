"""Texts for people in their reader's language: beside each stored text a system writes (a ledger entry's reason, an
order event's note, a notification's title and body), the message id and params it was rendered from (app.i18n).

Nullable JSON, no default: rows written before, and free text a person typed, have none and are shown as stored.

Revision ID: 0013
Revises: 0012
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason_msg', sa.JSON(), nullable=True))
    with op.batch_alter_table('order_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note_msg', sa.JSON(), nullable=True))
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_msg', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('body_msg', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_column('body_msg')
        batch_op.drop_column('title_msg')
    with op.batch_alter_table('order_events', schema=None) as batch_op:
        batch_op.drop_column('note_msg')
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.drop_column('reason_msg')
