"""The search index is keyed by skill, then community, then cell.

Reviewed by hand. Only a community's own volunteers may take its orders (app.orders.eligibility), yet the index
was keyed (category_id, cell, ...): a search read every volunteer with the skill around the order, of whatever
community, and joined each one's profile only to drop those of the neighbouring communities (most of the rows
read in a dense city: bench/RESULTS.md, issue 20). volunteer_cells gains the volunteer's community_id (a volunteer's
community never changes once they apply), filled in from volunteers, and the primary key becomes
(category_id, community_id, cell, volunteer_id, source), still covering on PostgreSQL. SQLite's table is WITHOUT
ROWID (its rows live in that key), which a batch copy would not keep, so it is rebuilt by hand there.

Revision ID: 0012
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

INCLUDED = '(lat, lng, fresh_until, available_hours_0, available_hours_1, available_hours_2, on_duty)'
COLUMNS = ('category_id', 'cell', 'volunteer_id', 'source', 'lat', 'lng', 'fresh_until', 'available_hours_0',
           'available_hours_1', 'available_hours_2', 'on_duty')
SQLITE_TABLE = '''CREATE TABLE volunteer_cells_new (
    category_id INTEGER NOT NULL,
    {community}
    cell BIGINT NOT NULL,
    volunteer_id INTEGER NOT NULL,
    source VARCHAR(4) NOT NULL,
    lat FLOAT NOT NULL,
    lng FLOAT NOT NULL,
    fresh_until DATETIME,
    available_hours_0 BIGINT DEFAULT (-1) NOT NULL,
    available_hours_1 BIGINT DEFAULT (-1) NOT NULL,
    available_hours_2 BIGINT DEFAULT (-1) NOT NULL,
    on_duty BOOLEAN DEFAULT 1 NOT NULL,
    CONSTRAINT pk_volunteer_cells PRIMARY KEY ({key}),
    CONSTRAINT fk_volunteer_cells_volunteer_id_volunteers FOREIGN KEY(volunteer_id) REFERENCES volunteers (id)
        ON DELETE CASCADE
) WITHOUT ROWID'''


def upgrade():
    if op.get_bind().dialect.name == 'postgresql':
        op.add_column('volunteer_cells', sa.Column('community_id', sa.BigInteger(), nullable=True))
        op.execute('UPDATE volunteer_cells SET community_id = volunteers.community_id FROM volunteers '
                   'WHERE volunteers.id = volunteer_cells.volunteer_id')
        op.execute('ALTER TABLE volunteer_cells ALTER COLUMN community_id SET NOT NULL, '
                   'DROP CONSTRAINT pk_volunteer_cells, ADD CONSTRAINT pk_volunteer_cells PRIMARY KEY '
                   f'(category_id, community_id, cell, volunteer_id, source) INCLUDE {INCLUDED}')
        return
    columns = ', '.join(COLUMNS)
    _rebuild_sqlite(community='community_id INTEGER NOT NULL,',
                    key='category_id, community_id, cell, volunteer_id, source',
                    insert=f'INSERT INTO volunteer_cells_new (community_id, {columns}) '
                           f'SELECT volunteers.community_id, {", ".join("c." + c for c in COLUMNS)} '
                           'FROM volunteer_cells AS c JOIN volunteers ON volunteers.id = c.volunteer_id')


def _rebuild_sqlite(*, community: str, key: str, insert: str) -> None:
    op.execute(SQLITE_TABLE.format(community=community, key=key))
    op.execute(insert)
    op.execute('DROP INDEX ix_volunteer_cells_volunteer_id')
    op.execute('DROP TABLE volunteer_cells')
    op.execute('ALTER TABLE volunteer_cells_new RENAME TO volunteer_cells')
    op.execute('CREATE INDEX ix_volunteer_cells_volunteer_id ON volunteer_cells (volunteer_id)')


def downgrade():
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('ALTER TABLE volunteer_cells DROP CONSTRAINT pk_volunteer_cells, ADD CONSTRAINT pk_volunteer_cells '
                   f'PRIMARY KEY (category_id, cell, volunteer_id, source) INCLUDE {INCLUDED}')
        op.drop_column('volunteer_cells', 'community_id')
        return
    columns = ', '.join(COLUMNS)
    _rebuild_sqlite(community='', key='category_id, cell, volunteer_id, source',
                    insert=f'INSERT INTO volunteer_cells_new ({columns}) SELECT {columns} FROM volunteer_cells')
