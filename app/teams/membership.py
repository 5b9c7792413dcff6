"""Who is in a team, and as what: joining (a request a leader or staff approve), removing, a volunteer's teams, and
the questions other domains ask (is this user a leader of the team, is this volunteer a member), each answered here
once."""
from __future__ import annotations

from sqlalchemy import delete, select

from app import clock
from app.accounts.auth import can_staff, refuse_own_record
from app.db import change_if
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.notify import service as notify_service
from app.teams.models import Team, TeamMember


# The questions other domains ask

def membership(*, team_id: int, volunteer_id: int) -> TeamMember | None:
    return db.session.scalar(select(TeamMember).where(TeamMember.team_id == team_id,
                                                      TeamMember.volunteer_id == volunteer_id))


def is_member(*, team_id: int, volunteer_id: int) -> bool:
    """An approved member (leaders are members too)."""
    return db.session.scalar(select(TeamMember.id).where(
        TeamMember.team_id == team_id, TeamMember.volunteer_id == volunteer_id,
        TeamMember.status == "approved")) is not None


def member_team_ids(*, volunteer_id: int) -> list[int]:
    """The teams the volunteer is an approved member (or leader) of."""
    return list(db.session.scalars(select(TeamMember.team_id).where(
        TeamMember.volunteer_id == volunteer_id, TeamMember.status == "approved").order_by(TeamMember.team_id)))


def led_team_ids(user) -> list[int]:
    """The teams `user` leads (none when they are not a volunteer)."""
    if user is None:
        return []
    return list(db.session.scalars(
        select(TeamMember.team_id).join(Volunteer, Volunteer.id == TeamMember.volunteer_id)
        .where(Volunteer.user_id == user.id, TeamMember.role == "leader", TeamMember.status == "approved")
        .order_by(TeamMember.team_id)))


def is_leader(user, team_id: int | None) -> bool:
    return team_id is not None and team_id in led_team_ids(user)


def leader_user_ids(*, team_id: int) -> list[int]:
    return list(db.session.scalars(
        select(Volunteer.user_id).join(TeamMember, TeamMember.volunteer_id == Volunteer.id)
        .where(TeamMember.team_id == team_id, TeamMember.role == "leader", TeamMember.status == "approved")
        .order_by(Volunteer.user_id)))


def may_manage(user, team: Team) -> bool:
    """Staff of the team's community (admins), and the team's leaders, manage its members."""
    return can_staff(user, team.community_id) or is_leader(user, team.id)


def require_manager(user, team: Team) -> None:
    if not may_manage(user, team):
        raise ApiError.forbidden(_l("Only the team's leaders or its community's staff may do this."),
                                 code="not_team_leader")


# Joining, approving, removing

def join(*, team: Team, user) -> TeamMember:
    """POST /teams/{id}/join: an approved volunteer asks to join; a leader or staff approve it."""
    volunteer = volunteers_service.require_active(user=user)
    if membership(team_id=team.id, volunteer_id=volunteer.id) is not None:
        raise ApiError.conflict("already_in_team", _l("You are in this team already, or have asked to join it."))
    member = TeamMember(team_id=team.id, volunteer_id=volunteer.id, role="member", status="pending",
                        requested_at=clock.now())
    db.session.add(member)
    db.session.flush()
    return member


def _member_or_404(team: Team, volunteer_id: int) -> TeamMember:
    member = membership(team_id=team.id, volunteer_id=volunteer_id)
    if member is None:
        raise ApiError.not_found("team_member")
    return member


def approve(*, team: Team, volunteer_id: int, user) -> TeamMember:
    """A leader or staff let a volunteer in. Nobody approves their own request."""
    require_manager(user, team)
    member = _member_or_404(team, volunteer_id)
    refuse_own_record(user, member.volunteer.user_id)
    now = clock.now()
    if not change_if(member, column="status", seen="pending",
                     values={"status": "approved", "approved_at": now, "approved_by_id": user.id}):
        raise ApiError.conflict("membership_not_pending", _l("This volunteer is a member already."))
    notify_service.notify(
        user_id=member.volunteer.user_id, event="team_join_approved", title=msg("You joined a volunteer team"),
        body=msg("You joined “%(team)s”", team=team.name), dedupe_key=f"team:{team.id}:member:{member.id}:approved",
        data={"team_id": team.id, "team_name": team.name, "at": now})
    return member


def remove(*, team: Team, volunteer_id: int, user) -> None:
    """A leader or staff remove a member (or turn down a request); a volunteer may leave on their own. Leaders are
    staff's to change (PATCH /teams/{id})."""
    member = _member_or_404(team, volunteer_id)
    leaving = member.volunteer.user_id == user.id
    if not leaving:
        require_manager(user, team)
        if member.role == "leader" and not can_staff(user, team.community_id):
            raise ApiError.forbidden(_l("Leaders are set by staff."), code="leaders_set_by_staff")
    db.session.execute(delete(TeamMember).where(TeamMember.id == member.id))
    db.session.expunge(member)


def set_leaders(*, team: Team, volunteer_ids: list[int], by_user) -> None:
    """Make exactly these volunteers the team's leaders (approved members with the leader's role); leaders not
    named become members. Each must be an approved volunteer the staff member manages."""
    wanted = set(volunteer_ids)
    for volunteer_id in sorted(wanted):
        volunteer = volunteers_service.get(volunteer_id=volunteer_id)
        if volunteer is None or volunteer.status != "approved" or not can_staff(by_user, volunteer.community_id):
            raise ApiError.invalid("unknown_volunteer", _l("No approved volunteer %(volunteer)s in your communities.",
                                                           volunteer=volunteer_id),
                                   field="leader_ids")
        member = membership(team_id=team.id, volunteer_id=volunteer_id)
        if member is None:
            member = TeamMember(team_id=team.id, volunteer_id=volunteer_id, requested_at=clock.now())
            db.session.add(member)
        if member.status != "approved":
            member.approved_at, member.approved_by_id = clock.now(), by_user.id
        member.role, member.status = "leader", "approved"
    for member in db.session.scalars(select(TeamMember).where(TeamMember.team_id == team.id,
                                                              TeamMember.role == "leader")):
        if member.volunteer_id not in wanted:
            member.role = "member"
    db.session.flush()


def my_memberships(*, user) -> list[TeamMember]:
    """GET /volunteers/me/teams: every team the caller is in or has asked to join."""
    volunteer = volunteers_service.get_by_user(user_id=user.id)
    if volunteer is None:
        raise ApiError.forbidden(_l("You have not applied as a volunteer."), code="not_a_volunteer")
    return list(db.session.scalars(select(TeamMember).where(TeamMember.volunteer_id == volunteer.id)
                                   .order_by(TeamMember.team_id)))


def members_of(team_id: int) -> list[TeamMember]:
    return list(db.session.scalars(select(TeamMember).where(TeamMember.team_id == team_id)
                                   .order_by(TeamMember.role, TeamMember.id)))  # leaders first
