// 活动招募: the community's activities (publish one for the community or for one of its teams), and one activity's
// page: who has a place and who waits (候补, in order), the rotating sign-in code shown large with its QR code (for a
// projector, or a phone held up at the door), minutes waiting for review, and closing it (minutes final, points paid,
// no-shows recorded) or calling it off.

import * as api from "../api.js";
import {
  ask, busy, chinaParts, clear, confirmAction, emptyRow, fmtDateTime, fmtMinutes, fmtShort, fromChinaLocal, h,
  onSubmit, pager, statusBadge, toast,
} from "../dom.js";
import { ACTIVITY_STATUS, MINUTES_STATUS, SIGNUP_STATUS, activityReviewReasons } from "../labels.js";

const CODE_REFRESH_MS = 5000;
let codeTimer = null; // one activity page at a time: drawing it again (after an action) replaces the timer

function stopCode() {
  if (codeTimer) clearInterval(codeTimer);
  codeTimer = null;
}

export async function render(root, ctx) {
  stopCode();
  if (ctx.params.id) return renderOne(root, ctx);
  return renderList(root, ctx);
}

// The list, and the form to publish one

async function renderList(root, { community, navigate }) {
  const tbody = h("tbody", { "data-testid": "activities" });
  const foot = h("div");
  const formBox = h("div", { class: "panel hidden", "data-testid": "activity-form-panel" });
  const [categories, teams] = await Promise.all([api.get("/categories").then((r) => r.items),
    api.getAll(`/communities/${community.id}/teams`)]);
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  let page = 1;

  async function load() {
    const { data, pagination } = await api.getPage(`/communities/${community.id}/activities`, { page, page_size: 20 });
    clear(tbody, data.items.length ? data.items.map((a) => h("tr", { class: "clickable", "data-activity-id": a.id,
      onclick: () => navigate(`activities/${a.id}`) },
    h("td", {}, h("strong", {}, a.title), h("div", { class: "muted small" }, a.address)),
    h("td", {}, a.team_id ? teamNames.get(a.team_id) || `队伍 #${a.team_id}` : "社区"),
    h("td", {}, `${fmtShort(a.start)} — ${fmtShort(a.end)}`),
    h("td", { class: "num" }, `${a.signed_up}/${a.quota}`),
    h("td", { class: "num" }, a.waitlisted),
    h("td", {}, statusBadge(a.status, ACTIVITY_STATUS, "activity-status")))) : emptyRow(6, "还没有活动"));
    clear(foot, pager(pagination, (next) => { page = next; load(); }));
  }

  function openForm() {
    const now = chinaParts(new Date(Date.now() + 24 * 3600 * 1000)).dateTime.slice(0, 11);
    const field = (label, input, cls = "") => h("label", { class: cls }, h("span", {}, label), input);
    const title = h("input", { required: true, maxlength: 100, "data-testid": "activity-title" });
    const category = h("select", { required: true, "data-testid": "activity-category" },
      categories.map((c) => h("option", { value: c.id }, c.name)));
    const team = h("select", { "data-testid": "activity-team" }, h("option", { value: "" }, "社区活动（本社区志愿者）"),
      teams.map((t) => h("option", { value: t.id }, `${t.name}（仅队员）`)));
    const address = h("input", { required: true, maxlength: 200, "data-testid": "activity-address" });
    const lat = h("input", { type: "number", step: "any", min: -90, max: 90, required: true, value: community.lat, "data-testid": "activity-lat" });
    const lng = h("input", { type: "number", step: "any", min: -180, max: 180, required: true, value: community.lng, "data-testid": "activity-lng" });
    const start = h("input", { type: "datetime-local", required: true, value: `${now}09:00`, "data-testid": "activity-start" });
    const end = h("input", { type: "datetime-local", required: true, value: `${now}11:00`, "data-testid": "activity-end" });
    const deadline = h("input", { type: "datetime-local", "data-testid": "activity-deadline" });
    const quota = h("input", { type: "number", min: 1, max: 10000, required: true, value: 10, "data-testid": "activity-quota" });
    const points = h("input", { type: "number", min: 0, max: 1000, placeholder: "社区默认", "data-testid": "activity-points" });
    const description = h("textarea", { maxlength: 2000, "data-testid": "activity-description" });
    const error = h("p", { class: "error", "data-testid": "activity-error" });
    const submit = h("button", { type: "submit", class: "primary", "data-testid": "activity-save" }, "发布活动");
    const form = h("form", { class: "stack", "data-testid": "activity-form" }, h("h2", {}, "发布活动（招募）"),
      h("div", { class: "form-grid" },
        field("活动名称", title, "wide"), field("服务类别", category), field("面向", team),
        field("集合地点", address, "wide"), field("纬度", lat), field("经度", lng),
        field("开始时间", start), field("结束时间", end), field("报名截止（默认开始时）", deadline), field("招募人数", quota),
        field("每小时积分", points), field("活动说明", description, "full")),
      error, h("div", { class: "actions" }, submit, h("button", { type: "button", onclick: () => formBox.classList.add("hidden") }, "取消")));
    onSubmit(form, submit, error, async () => {
      const body = { title: title.value.trim(), category_id: Number(category.value), address: address.value.trim(),
        lat: Number(lat.value), lng: Number(lng.value), start: fromChinaLocal(start.value), end: fromChinaLocal(end.value),
        quota: Number(quota.value), description: description.value };
      if (team.value) body.team_id = Number(team.value);
      if (deadline.value) body.signup_deadline = fromChinaLocal(deadline.value);
      if (points.value !== "") body.points_per_hour = Number(points.value);
      const created = await api.post(`/communities/${community.id}/activities`, body, { idempotencyKey: api.newKey() });
      toast(`已发布「${created.title}」`);
      navigate(`activities/${created.id}`);
    });
    clear(formBox, form);
    formBox.classList.remove("hidden");
  }

  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, `活动招募 · ${community.name}`), h("span", { class: "spacer" }),
      h("button", { class: "primary", "data-testid": "new-activity", onclick: openForm }, "发布活动")),
    formBox,
    h("div", { class: "panel" }, h("table", {},
      h("thead", {}, h("tr", {}, ["活动", "面向", "时间", "已报名/名额", "候补", "状态"].map((t, i) => h("th", { class: i === 3 || i === 4 ? "num" : "" }, t)))),
      tbody), foot));
  await load();
  return undefined;
}

// One activity

async function renderOne(root, ctx) {
  const activity = await api.get(`/activities/${ctx.params.id}`);
  const reload = () => render(root, ctx);
  const signups = await api.getAll(`/activities/${activity.id}/signups`);
  const places = signups.filter((s) => ["confirmed", "no_show"].includes(s.status));
  const waiting = signups.filter((s) => s.status === "waitlisted");
  const others = signups.filter((s) => s.status === "cancelled");
  const codeBox = h("div", { class: "panel sign-in", "data-testid": "sign-in-panel" });

  async function drawCode() {
    if (activity.status !== "open") {
      clear(codeBox, h("h2", {}, "签到码"), h("p", { class: "muted" }, "活动已结束，不再显示签到码。"));
      return;
    }
    try {
      const code = await api.get(`/activities/${activity.id}/sign-in-code`);
      const turns = new Date(code.expires_at).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hourCycle: "h23" });
      clear(codeBox,
        h("h2", {}, "签到码", h("span", { class: "spacer" }),
          h("button", { "data-testid": "code-fullscreen", onclick: () => codeBox.requestFullscreen && codeBox.requestFullscreen() }, "全屏展示")),
        h("div", { class: "code-face" },
          h("div", { class: "big-code", "data-testid": "sign-in-code" }, code.code),
          h("img", { class: "qr", alt: "签到二维码", "data-testid": "sign-in-qr",
            src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qr_svg)}` })),
        h("p", { class: "muted small", "data-testid": "code-expiry" },
          `每 ${code.period_seconds} 秒更换一次，${turns} 换新码（上一个码仍可用一分钟）。志愿者到场后扫码或输入签到码签到、签退。`));
    } catch (error) {
      clear(codeBox, h("h2", {}, "签到码"), h("p", { class: "error" }, error.message));
    }
  }

  const actions = h("div", { class: "actions" });
  if (activity.status === "open") {
    actions.append(
      h("button", { class: "primary", "data-testid": "close-activity", onclick: async (event) => {
        if (!await confirmAction(`结束「${activity.title}」？时长将定稿，积分按人发放，未签到的记为缺席。`, "结束活动", false)) return;
        await busy(event.target, async () => {
          await api.post(`/activities/${activity.id}/close`, {});
          toast("活动已结束，积分已发放");
          await reload();
        });
      } }, "结束活动"),
      h("button", { class: "danger", "data-testid": "cancel-activity", onclick: async (event) => {
        const values = await ask({ title: `取消「${activity.title}」`, submit: "取消活动", danger: true,
          fields: [{ name: "reason", label: "取消原因（会通知所有报名者）", required: true, type: "textarea", maxlength: 200 }] });
        if (!values) return;
        await busy(event.target, async () => {
          await api.post(`/activities/${activity.id}/cancel`, { reason: values.reason });
          toast("活动已取消，已通知报名者");
          await reload();
        });
      } }, "取消活动"));
  }

  const review = (signup, approve) => (event) => busy(event.target, async () => {
    await api.post(`/signups/${signup.id}/minutes-review`, { approve });
    toast(approve ? "时长已核准" : "时长已驳回");
    await reload();
  });

  const signupRow = (s) => h("tr", { "data-signup-id": s.id, "data-volunteer-id": s.volunteer_id },
    h("td", {}, s.position ? `候补 ${s.position}` : ""),
    h("td", {}, s.volunteer_name),
    h("td", {}, statusBadge(s.status, SIGNUP_STATUS, "signup-status")),
    h("td", {}, s.check_in_at ? `${fmtShort(s.check_in_at)}${s.check_in_code_ok ? "" : "（签到码无效）"} · ${s.check_in_distance_m} 米` : "—"),
    h("td", {}, s.check_out_at ? `${fmtShort(s.check_out_at)}${s.check_out_code_ok ? "" : "（签到码无效）"} · ${s.check_out_distance_m} 米` : "—"),
    h("td", {}, s.minutes_status ? [statusBadge(s.minutes_status, MINUTES_STATUS, "signup-minutes-status"), " ", fmtMinutes(s.service_minutes)] : "—",
      s.review_reasons.length ? h("div", { class: "muted small" }, activityReviewReasons(s).join("；")) : null),
    h("td", {}, s.minutes_status === "pending_review" ? h("div", { class: "actions" },
      h("button", { class: "link", "data-testid": "approve-signup-minutes", onclick: review(s, true) }, "核准"),
      h("button", { class: "link", "data-testid": "reject-signup-minutes", onclick: review(s, false) }, "驳回")) : null));
  const table = (rows, testid, empty) => h("table", { "data-testid": testid },
    h("thead", {}, h("tr", {}, ["", "志愿者", "报名状态", "签到", "签退", "时长", ""].map((t) => h("th", {}, t)))),
    h("tbody", {}, rows.length ? rows.map(signupRow) : emptyRow(7, empty)));

  clear(root,
    h("div", { class: "page-head" }, h("a", { href: "#/activities" }, "← 活动招募"),
      h("h1", {}, activity.title), statusBadge(activity.status, ACTIVITY_STATUS, "activity-status"),
      h("span", { class: "spacer" }), actions),
    h("div", { class: "grid cols-2" },
      h("div", {},
        h("div", { class: "panel" }, h("h2", {}, "活动信息"), h("dl", { class: "facts" },
          h("dt", {}, "时间"), h("dd", {}, `${fmtDateTime(activity.start)} — ${fmtDateTime(activity.end)}`),
          h("dt", {}, "地点"), h("dd", {}, activity.address),
          h("dt", {}, "报名截止"), h("dd", {}, fmtDateTime(activity.signup_deadline)),
          h("dt", {}, "名额"), h("dd", { "data-testid": "activity-places" },
            `已报名 ${activity.signed_up}/${activity.quota}，剩余 ${activity.places_left}，候补 ${activity.waitlisted}`),
          h("dt", {}, "积分"), h("dd", {}, `每小时 ${activity.points_per_hour} 分（按核实或核准的时长）`),
          h("dt", {}, "说明"), h("dd", {}, activity.description || "—"),
          activity.cancel_reason ? [h("dt", {}, "取消原因"), h("dd", {}, activity.cancel_reason)] : null)),
        codeBox),
      h("div", {},
        h("div", { class: "panel" }, h("h2", {}, `报名（${places.length}）`), table(places, "signups-confirmed", "还没有人报名")),
        h("div", { class: "panel" }, h("h2", {}, `候补（${waiting.length}）`), table(waiting, "signups-waitlisted", "没有候补")),
        others.length ? h("div", { class: "panel" }, h("h2", {}, `已退出（${others.length}）`), table(others, "signups-cancelled", "")) : null)));
  await drawCode();
  if (activity.status === "open") codeTimer = setInterval(drawCode, CODE_REFRESH_MS);
  return stopCode;
}
