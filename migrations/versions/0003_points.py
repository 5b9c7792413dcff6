"""Points ledger (accounts, entries, dispute reversals) and the rewards shop (rewards, redemptions).

Reviewed by hand: every constraint is named (app.extensions.naming_convention) so batch mode can alter it on
SQLite. The CHECK constraints back the ledger's rules in the database itself: an entry moves a positive amount
between two different accounts; no account but a community's issuing account goes below zero; a reward's stock
never goes below zero; a reversal's reversed + shortfall is what was awarded. business_key (one effect per
business event), pickup_code, one account per volunteer, one issuing and one redemption account per community
(community_id, kind) and one reversal per order are unique. Entries are indexed by (account, id) for
statements and by created_at for leaderboards.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('rewards',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('community_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('cost_points', sa.Integer(), nullable=False),
    sa.Column('stock', sa.Integer(), nullable=False),
    sa.Column('stock_total', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('cost_points > 0', name=op.f('ck_rewards_cost_points_positive')),
    sa.CheckConstraint('stock >= 0', name=op.f('ck_rewards_stock_not_negative')),
    sa.ForeignKeyConstraint(['community_id'], ['communities.id'], name=op.f('fk_rewards_community_id_communities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rewards'))
    )
    with op.batch_alter_table('rewards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rewards_community_id'), ['community_id'], unique=False)

    op.create_table('points_accounts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('volunteer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('community_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('balance', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(kind = 'volunteer') = (community_id IS NULL)", name=op.f('ck_points_accounts_community_owner')),
    sa.CheckConstraint("(kind = 'volunteer') = (volunteer_id IS NOT NULL)", name=op.f('ck_points_accounts_volunteer_owner')),
    sa.CheckConstraint("kind = 'issuing' OR balance >= 0", name=op.f('ck_points_accounts_no_overdraft')),
    sa.CheckConstraint("kind IN ('volunteer', 'issuing', 'redemption')", name=op.f('ck_points_accounts_kind')),
    sa.ForeignKeyConstraint(['community_id'], ['communities.id'], name=op.f('fk_points_accounts_community_id_communities')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_points_accounts_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_points_accounts')),
    sa.UniqueConstraint('community_id', 'kind', name=op.f('uq_points_accounts_community_id_kind')),
    sa.UniqueConstraint('volunteer_id', name=op.f('uq_points_accounts_volunteer_id'))
    )
    op.create_table('redemptions',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reward_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('volunteer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('community_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reward_name', sa.String(length=100), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('pickup_code', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('fulfilled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fulfilled_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancelled_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('cancel_reason', sa.String(length=200), nullable=True),
    sa.CheckConstraint("status IN ('pending', 'fulfilled', 'cancelled')", name=op.f('ck_redemptions_status')),
    sa.CheckConstraint('quantity > 0 AND points > 0', name=op.f('ck_redemptions_positive')),
    sa.ForeignKeyConstraint(['cancelled_by_id'], ['users.id'], name=op.f('fk_redemptions_cancelled_by_id_users')),
    sa.ForeignKeyConstraint(['community_id'], ['communities.id'], name=op.f('fk_redemptions_community_id_communities')),
    sa.ForeignKeyConstraint(['fulfilled_by_id'], ['users.id'], name=op.f('fk_redemptions_fulfilled_by_id_users')),
    sa.ForeignKeyConstraint(['reward_id'], ['rewards.id'], name=op.f('fk_redemptions_reward_id_rewards')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_redemptions_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_redemptions')),
    sa.UniqueConstraint('pickup_code', name=op.f('uq_redemptions_pickup_code'))
    )
    with op.batch_alter_table('redemptions', schema=None) as batch_op:
        batch_op.create_index('ix_redemptions_community_id_status', ['community_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_redemptions_reward_id'), ['reward_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_redemptions_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('ledger_entries',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('debit_account_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('credit_account_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('business_key', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('order_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('redemption_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('corrects_entry_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_ledger_entries_amount_positive')),
    sa.CheckConstraint('debit_account_id <> credit_account_id', name=op.f('ck_ledger_entries_distinct_accounts')),
    sa.ForeignKeyConstraint(['corrects_entry_id'], ['ledger_entries.id'], name=op.f('fk_ledger_entries_corrects_entry_id_ledger_entries')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_ledger_entries_created_by_id_users')),
    sa.ForeignKeyConstraint(['credit_account_id'], ['points_accounts.id'], name=op.f('fk_ledger_entries_credit_account_id_points_accounts')),
    sa.ForeignKeyConstraint(['debit_account_id'], ['points_accounts.id'], name=op.f('fk_ledger_entries_debit_account_id_points_accounts')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_ledger_entries_order_id_orders')),
    sa.ForeignKeyConstraint(['redemption_id'], ['redemptions.id'], name=op.f('fk_ledger_entries_redemption_id_redemptions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entries')),
    sa.UniqueConstraint('business_key', name=op.f('uq_ledger_entries_business_key'))
    )
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_entries_created_at', ['created_at'], unique=False)
        batch_op.create_index('ix_ledger_entries_credit_account_id_id', ['credit_account_id', 'id'], unique=False)
        batch_op.create_index('ix_ledger_entries_debit_account_id_id', ['debit_account_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entries_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entries_redemption_id'), ['redemption_id'], unique=False)

    op.create_table('points_reversals',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('order_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('volunteer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('community_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('awarded', sa.Integer(), nullable=False),
    sa.Column('reversed', sa.Integer(), nullable=False),
    sa.Column('shortfall', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('created_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('reversed >= 0 AND shortfall >= 0 AND reversed + shortfall = awarded', name=op.f('ck_points_reversals_amounts')),
    sa.ForeignKeyConstraint(['community_id'], ['communities.id'], name=op.f('fk_points_reversals_community_id_communities')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_points_reversals_created_by_id_users')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_points_reversals_order_id_orders')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_points_reversals_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_points_reversals')),
    sa.UniqueConstraint('order_id', name=op.f('uq_points_reversals_order_id'))
    )
    with op.batch_alter_table('points_reversals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_points_reversals_community_id'), ['community_id'], unique=False)



def downgrade():
    with op.batch_alter_table('points_reversals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_points_reversals_community_id'))

    op.drop_table('points_reversals')
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entries_redemption_id'))
        batch_op.drop_index(batch_op.f('ix_ledger_entries_order_id'))
        batch_op.drop_index('ix_ledger_entries_debit_account_id_id')
        batch_op.drop_index('ix_ledger_entries_credit_account_id_id')
        batch_op.drop_index('ix_ledger_entries_created_at')

    op.drop_table('ledger_entries')
    with op.batch_alter_table('redemptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_redemptions_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_redemptions_reward_id'))
        batch_op.drop_index('ix_redemptions_community_id_status')

    op.drop_table('redemptions')
    op.drop_table('points_accounts')
    with op.batch_alter_table('rewards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rewards_community_id'))

    op.drop_table('rewards')
