// 志愿队伍: the community's teams with their leaders (队长) and members; create a team, change its leaders, let in
// volunteers who asked to join (入队申请) or remove members.

import * as api from "../api.js";
import { busy, clear, confirmAction, emptyRow, fmtShort, h, onSubmit, statusBadge, toast } from "../dom.js";
import { TEAM_MEMBER_STATUS, TEAM_ROLE } from "../labels.js";

export async function render(root, { community }) {
  const tbody = h("tbody", { "data-testid": "teams" });
  const formBox = h("div", { class: "panel hidden", "data-testid": "team-form-panel" });
  const detail = h("div", { "data-testid": "team-detail" });
  const volunteers = await api.getAll(`/communities/${community.id}/volunteers`, { status: "approved" });
  let selected = null;

  async function load() {
    const teams = await api.getAll(`/communities/${community.id}/teams`);
    clear(tbody, teams.length ? teams.map((t) => h("tr", { class: `clickable ${selected === t.id ? "selected" : ""}`,
      "data-team-id": t.id, onclick: () => { selected = t.id; load(); showTeam(t.id); } },
    h("td", {}, h("strong", {}, t.name), t.description ? h("div", { class: "muted small" }, t.description) : null),
    h("td", {}, t.leaders.map((l) => l.name).join("、") || "—"),
    h("td", { class: "num" }, t.member_count),
    h("td", { class: "num" }, (t.members || []).filter((m) => m.status === "pending").length || "")))
      : emptyRow(4, "还没有队伍"));
  }

  function leaderPicker(chosen = []) {
    return h("select", { multiple: true, size: 6, "data-testid": "team-leaders" },
      volunteers.map((v) => h("option", { value: v.id, selected: chosen.includes(v.id) }, `${v.name}（#${v.id}）`)));
  }

  const picked = (select) => Array.from(select.selectedOptions, (option) => Number(option.value));

  function openForm() {
    const name = h("input", { required: true, maxlength: 100, "data-testid": "team-name" });
    const description = h("input", { maxlength: 2000, "data-testid": "team-description" });
    const leaders = leaderPicker();
    const error = h("p", { class: "error" });
    const submit = h("button", { type: "submit", class: "primary", "data-testid": "team-save" }, "创建队伍");
    const form = h("form", { class: "stack" }, h("h2", {}, "新建队伍"),
      h("label", {}, h("span", {}, "队伍名称"), name), h("label", {}, h("span", {}, "简介"), description),
      h("label", {}, h("span", {}, "队长（可多选）"), leaders), error,
      h("div", { class: "actions" }, submit, h("button", { type: "button", onclick: () => formBox.classList.add("hidden") }, "取消")));
    onSubmit(form, submit, error, async () => {
      const team = await api.post(`/communities/${community.id}/teams`,
        { name: name.value.trim(), description: description.value.trim(), leader_ids: picked(leaders) },
        { idempotencyKey: api.newKey() });
      toast(`已创建「${team.name}」`);
      formBox.classList.add("hidden");
      selected = team.id;
      await load();
      await showTeam(team.id);
    });
    clear(formBox, form);
    formBox.classList.remove("hidden");
  }

  async function showTeam(id) {
    const team = await api.get(`/teams/${id}`);
    const refresh = async () => { await load(); await showTeam(id); };
    const leaders = leaderPicker(team.leaders.map((l) => l.volunteer_id));
    const saveLeaders = h("button", { "data-testid": "save-leaders", onclick: (event) => busy(event.target, async () => {
      await api.patch(`/teams/${id}`, { leader_ids: picked(leaders) });
      toast("队长已更新");
      await refresh();
    }) }, "保存队长");
    const memberRow = (m) => h("tr", { "data-volunteer-id": m.volunteer_id },
      h("td", {}, m.name), h("td", {}, TEAM_ROLE[m.role] || m.role),
      h("td", {}, statusBadge(m.status, TEAM_MEMBER_STATUS, "member-status")),
      h("td", {}, fmtShort(m.requested_at)),
      h("td", {}, h("div", { class: "actions" },
        m.status === "pending" ? h("button", { class: "primary", "data-testid": "approve-member", onclick: (event) => busy(event.target, async () => {
          await api.post(`/teams/${id}/members/${m.volunteer_id}/approve`, {});
          toast(`${m.name} 已入队`);
          await refresh();
        }) }, "同意入队") : null,
        h("button", { class: "link", "data-testid": "remove-member", onclick: async (event) => {
          if (!await confirmAction(`将 ${m.name} 移出「${team.name}」？`, "移出")) return;
          await busy(event.target, async () => {
            await api.del(`/teams/${id}/members/${m.volunteer_id}`);
            toast(`${m.name} 已移出`);
            await refresh();
          });
        } }, m.status === "pending" ? "拒绝" : "移出"))));
    clear(detail, h("div", { class: "panel" }, h("h2", {}, `${team.name} · 成员 ${team.member_count} 人`),
      h("table", {}, h("thead", {}, h("tr", {}, ["姓名", "角色", "状态", "申请时间", ""].map((t) => h("th", {}, t)))),
        h("tbody", { "data-testid": "team-members" }, (team.members || []).length ? team.members.map(memberRow) : emptyRow(5, "还没有成员"))),
      h("h3", {}, "队长"), h("div", { class: "actions" }, leaders, saveLeaders),
      h("p", { class: "muted small" }, "志愿者在小程序里申请入队，由队长或社区工作人员同意。社区可以把订单派给队伍，由队长指派队员。")));
  }

  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, `志愿队伍 · ${community.name}`), h("span", { class: "spacer" }),
      h("button", { class: "primary", "data-testid": "new-team", onclick: openForm }, "新建队伍")),
    formBox,
    h("div", { class: "grid cols-2" },
      h("div", { class: "panel" }, h("table", {},
        h("thead", {}, h("tr", {}, ["队伍", "队长", "成员", "待审核"].map((t, i) => h("th", { class: i >= 2 ? "num" : "" }, t)))),
        tbody)),
      detail));
  await load();
}
