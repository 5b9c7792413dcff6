"""`flask points ...`: checking the ledger from the command line."""
from __future__ import annotations

import click
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import func, select

from app.extensions import db
from app.points import verify
from app.points.models import LedgerEntry, PointsAccount

points_cli = AppGroup("points", help="The points ledger.")


@points_cli.command("verify")
@with_appcontext
def verify_command():
    """Check every ledger invariant; print each problem and exit 1 if there is any."""
    problems = verify.verify()
    if problems:
        for problem in problems:
            click.echo(f"FAIL {problem}", err=True)
        click.echo(f"{len(problems)} problem(s) found", err=True)
        raise SystemExit(1)
    accounts = db.session.scalar(select(func.count()).select_from(PointsAccount))
    entries = db.session.scalar(select(func.count()).select_from(LedgerEntry))
    click.echo(f"ok: {accounts} accounts and {entries} entries verified")
