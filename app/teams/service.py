"""Teams themselves: creating one (staff), changing its name, description and leaders (staff), reading it, and what a
caller is shown of it (members and join requests only to those who manage it)."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app import clock
from app.accounts.auth import require_staff_of
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.menu import service as menu_service
from app.presenting import Shown
from app.teams import membership
from app.teams.models import Team, TeamMember


def get(*, team_id: int) -> Team | None:
    return db.session.get(Team, team_id)


def get_or_404(*, team_id: int) -> Team:
    team = get(team_id=team_id)
    if team is None:
        raise ApiError.not_found("team")
    return team


def _name_taken() -> ApiError:
    return ApiError.conflict("team_name_taken", _l("The community has a team of that name already."))


def _save_name(team: Team) -> None:
    try:
        with db.session.begin_nested():  # a concurrent team of the same name loses on the unique key
            db.session.add(team)
    except IntegrityError:
        raise _name_taken() from None


def create(*, community_id: int, team_in: dict, user) -> Team:
    """POST /communities/{id}/teams (staff of the community): a team with its leaders."""
    community = menu_service.get_community_or_404(community_id=community_id)
    require_staff_of(user, community.id)
    now = clock.now()
    team = Team(community_id=community.id, name=team_in["name"], description=team_in.get("description", ""),
                created_by_id=user.id, created_at=now, updated_at=now)
    _save_name(team)
    membership.set_leaders(team=team, volunteer_ids=team_in.get("leader_ids", []), by_user=user)
    return team


def update(*, team: Team, team_in: dict, user) -> Team:
    """PATCH /teams/{id} (staff of its community): name, description, leaders."""
    require_staff_of(user, team.community_id)
    for name in ("name", "description"):
        if name in team_in:
            setattr(team, name, team_in[name])
    team.updated_at = clock.now()
    _save_name(team)
    if "leader_ids" in team_in:
        membership.set_leaders(team=team, volunteer_ids=team_in["leader_ids"], by_user=user)
    return team


def teams_statement(*, community_id: int):
    return select(Team).where(Team.community_id == community_id).order_by(Team.id)


def _member_counts(team_ids: list[int]) -> dict[int, int]:
    if not team_ids:
        return {}
    return dict(db.session.execute(
        select(TeamMember.team_id, func.count()).where(TeamMember.team_id.in_(team_ids),
                                                       TeamMember.status == "approved")
        .group_by(TeamMember.team_id)).all())


def _leaders(team_id: int) -> list[dict]:
    return [{"volunteer_id": m.volunteer_id, "name": m.volunteer.user.name if m.volunteer.user else ""}
            for m in membership.members_of(team_id) if m.role == "leader" and m.status == "approved"]


def shown(team: Team, *, user, member_count: int | None = None) -> Shown:
    """The team as `user` sees it: everyone its name, leaders and size; those who manage it (its leaders, staff of its
    community) also its members and join requests."""
    if member_count is None:
        member_count = _member_counts([team.id]).get(team.id, 0)
    members = membership.members_of(team.id) if membership.may_manage(user, team) else None
    return Shown(team, leaders=_leaders(team.id), member_count=member_count, members=members)


def shown_page(teams: list[Team], *, user) -> list[Shown]:
    counts = _member_counts([team.id for team in teams])
    return [shown(team, user=user, member_count=counts.get(team.id, 0)) for team in teams]
