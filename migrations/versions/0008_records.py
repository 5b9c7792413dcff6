"""The official record: real names with encrypted ID numbers, star levels, certificates, the audit of unmasked reads,
and closed accounts.

Reviewed by hand: every constraint named (batch mode on SQLite). real_names keeps one row per person (keyed by
user_id) and one person per ID number through the unique keyed hash (the number itself is only ciphertext);
records_audit is read per person, newest last, through (subject_user_id, id); certificates are found by their
unique code; star_levels has one row per volunteer.

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('account_closures',
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('pseudonym', sa.String(length=32), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_account_closures_user_id_users')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_account_closures')),
    sa.UniqueConstraint('pseudonym', name=op.f('uq_account_closures_pseudonym'))
    )
    op.create_table('real_names',
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('real_name', sa.String(length=50), nullable=False),
    sa.Column('id_type', sa.String(length=24), nullable=False),
    sa.Column('id_number_ciphertext', sa.LargeBinary(), nullable=False),
    sa.Column('id_number_hash', sa.String(length=64), nullable=False),
    sa.Column('id_number_masked', sa.String(length=32), nullable=False),
    sa.Column('sex', sa.String(length=2), nullable=True),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_real_names_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_real_names')),
    sa.UniqueConstraint('id_number_hash', name=op.f('uq_real_names_id_number_hash'))
    )
    op.create_table('records_audit',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('subject_user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('detail', sa.String(length=200), nullable=False),
    sa.Column('request_id', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_records_audit_actor_id_users')),
    sa.ForeignKeyConstraint(['subject_user_id'], ['users.id'], name=op.f('fk_records_audit_subject_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_records_audit'))
    )
    with op.batch_alter_table('records_audit', schema=None) as batch_op:
        batch_op.create_index('ix_records_audit_subject_user_id_id', ['subject_user_id', 'id'], unique=False)

    op.create_table('certificates',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('volunteer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('revoke_reason', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['revoked_by_id'], ['users.id'], name=op.f('fk_certificates_revoked_by_id_users')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_certificates_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificates')),
    sa.UniqueConstraint('code', name=op.f('uq_certificates_code'))
    )
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificates_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('star_levels',
    sa.Column('volunteer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('level', sa.SmallInteger(), nullable=False),
    sa.Column('reached_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_star_levels_volunteer_id_volunteers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('volunteer_id', name=op.f('pk_star_levels'))
    )


def downgrade():
    op.drop_table('star_levels')
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificates_volunteer_id'))

    op.drop_table('certificates')
    with op.batch_alter_table('records_audit', schema=None) as batch_op:
        batch_op.drop_index('ix_records_audit_subject_user_id_id')

    op.drop_table('records_audit')
    op.drop_table('real_names')
    op.drop_table('account_closures')
