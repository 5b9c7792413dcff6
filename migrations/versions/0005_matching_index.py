"""The search index rules out unavailable volunteers by itself, and is covering on PostgreSQL.

Reviewed by hand. volunteer_cells gains the hours of the week (China time, from Monday 00:00, a bit an hour in
three parts of 56) that the volunteer's weekly slots touch, and whether they are on duty, so candidate search can
skip, in SQL, volunteers who cannot be available for an order without reading their profiles. The defaults (every
hour, on duty) rule nobody out; existing rows are then filled in from the volunteers' availability. On PostgreSQL
the primary key's index INCLUDEs every column the search reads or filters on, for index-only scans; on SQLite the
table is already WITHOUT ROWID, its rows inside that index.

Revision ID: 0005
Revises: 0004
"""
import json

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

HOUR_COLUMNS = ('available_hours_0', 'available_hours_1', 'available_hours_2')
PRIMARY_KEY = '(category_id, cell, volunteer_id, source)'
INCLUDED = '(lat, lng, fresh_until, available_hours_0, available_hours_1, available_hours_2, on_duty)'


def upgrade():
    with op.batch_alter_table('volunteer_cells', schema=None) as batch_op:
        for name in HOUR_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.BigInteger(), server_default=sa.text('-1'), nullable=False))
        batch_op.add_column(sa.Column('on_duty', sa.Boolean(), server_default=sa.true(), nullable=False))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('ALTER TABLE volunteer_cells DROP CONSTRAINT pk_volunteer_cells, '
                   f'ADD CONSTRAINT pk_volunteer_cells PRIMARY KEY {PRIMARY_KEY} INCLUDE {INCLUDED}')
    _fill_in()


def _fill_in():
    """Existing rows, from their volunteers (the rule as app.matching.service.week_hours has it at this revision)."""
    conn = op.get_bind()
    volunteers = sa.table('volunteers', sa.column('id'), sa.column('availability', sa.Text), sa.column('on_duty'),
                          sa.column('status'))
    cells = sa.table('volunteer_cells', sa.column('volunteer_id'), sa.column('on_duty'),
                     *(sa.column(name) for name in HOUR_COLUMNS))
    update = (cells.update().where(cells.c.volunteer_id == sa.bindparam('id'))
              .values(on_duty=sa.bindparam('duty'), **{name: sa.bindparam(name) for name in HOUR_COLUMNS}))
    last_id = 0
    while True:
        batch = conn.execute(
            sa.select(volunteers.c.id, sa.cast(volunteers.c.availability, sa.Text), volunteers.c.on_duty)
            .where(volunteers.c.status == 'approved', volunteers.c.id > last_id)
            .order_by(volunteers.c.id).limit(5000)).all()
        if not batch:
            return
        conn.execute(update, [dict(zip(HOUR_COLUMNS, _week_hours(json.loads(availability or '[]'))), id=volunteer_id,
                                   duty=bool(on_duty)) for volunteer_id, availability, on_duty in batch])
        last_id = batch[-1][0]


def _week_hours(availability):
    hours = 0
    for slot in availability:
        day = int(slot['weekday']) * 24 * 60
        first, end = day + _minutes(slot['start']), day + _minutes(slot['end'])
        for hour in range(first // 60, -(-end // 60)):
            hours |= 1 << (hour % 168)
    part = (1 << 56) - 1
    return hours & part, (hours >> 56) & part, (hours >> 112) & part


def _minutes(text):
    hours, minutes = text.split(':')
    return int(hours) * 60 + int(minutes)


def downgrade():
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('ALTER TABLE volunteer_cells DROP CONSTRAINT pk_volunteer_cells, '
                   f'ADD CONSTRAINT pk_volunteer_cells PRIMARY KEY {PRIMARY_KEY}')
    with op.batch_alter_table('volunteer_cells', schema=None) as batch_op:
        batch_op.drop_column('on_duty')
        for name in reversed(HOUR_COLUMNS):
            batch_op.drop_column(name)
