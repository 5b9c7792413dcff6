// DOM helpers: elements are built with textContent only (never HTML from data), plus toasts, dialogs and
// formatting in China time.

import { ERROR_TEXT, STATUS } from "./labels.js";

/** h("tr", {class: "x", onclick: fn, dataset: {id: 1}}, child, "text", [children]) */
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

export function setAttrs(element, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else if (name === "value" && "value" in element) element.value = value;
    else if (name === "checked" || name === "disabled" || name === "selected") element[name] = Boolean(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

export function toast(message, kind = "") {
  const box = h("div", { class: `toast ${kind}`, role: "status" }, message);
  document.getElementById("toasts").append(box);
  setTimeout(() => box.remove(), kind === "bad" ? 6000 : 3500);
}

/** A user-facing message for an ApiError (zh-CN), with the field errors when there are any. */
export function errorText(error) {
  if (!error || !error.code) return String((error && error.message) || error);
  const known = ERROR_TEXT[error.code];
  let text = known || error.message;
  if (error.errors) {
    const fields = Object.entries(error.errors).map(([field, messages]) => `${field}: ${[].concat(messages).join("；")}`);
    if (fields.length && (!known || error.code === "validation_failed")) text += `（${fields.join("，")}）`;
  }
  return text;
}

export function showError(error) { toast(errorText(error), "bad"); }

/** Run an action from a button: disabled while it runs, errors shown as a toast. */
export async function busy(button, action) {
  if (button) button.disabled = true;
  try {
    return await action();
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

/** Submit a form with `action`: its button disabled meanwhile, an API error shown in the form's `error` line. */
export function onSubmit(form, submit, error, action) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    error.textContent = "";
    submit.disabled = true;
    action()
      .catch((problem) => { error.textContent = errorText(problem); })
      .finally(() => { submit.disabled = false; });
  });
}

/** A modal form: resolves to the values of its named fields, or null when cancelled. */
export function ask({ title, fields, submit = "确定", danger = false }) {
  return new Promise((resolve) => {
    const inputs = fields.map((field) => {
      const input = field.type === "textarea"
        ? h("textarea", { name: field.name, required: field.required, maxlength: field.maxlength || 500 })
        : field.type === "select"
        ? h("select", { name: field.name, required: field.required, "data-testid": field.testid || null },
          (field.options || []).map((option) => h("option", { value: option.value }, option.label)))
        : h("input", { name: field.name, type: field.type || "text", required: field.required, value: field.value,
          min: field.min, max: field.max, placeholder: field.placeholder || "" });
      if (field.type === "textarea" && field.value) input.value = field.value;
      return h("label", {}, h("span", {}, field.label), input);
    });
    const form = h("form", { class: "stack", method: "dialog" }, h("h2", {}, title), inputs,
      h("div", { class: "actions" },
        h("button", { type: "submit", class: danger ? "danger" : "primary", value: "ok" }, submit),
        h("button", { type: "button", value: "cancel", onclick: () => dialog.close("cancel") }, "取消")));
    const dialog = h("dialog", { "data-testid": "dialog" }, form);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const values = Object.fromEntries(new FormData(form).entries());
      dialog.close("ok");
      resolve(values);
    });
    dialog.addEventListener("close", () => {
      if (dialog.returnValue !== "ok") resolve(null);
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

export const confirmAction = (title, submit = "确定", danger = true) => ask({ title, fields: [], submit, danger });

const CHINA = "Asia/Shanghai";
const dateTimeFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: CHINA, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});
const shortFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: CHINA, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

export const fmtDateTime = (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : "—");
export const fmtShort = (iso) => (iso ? shortFormat.format(new Date(iso)) : "—");

/** China-time parts of a moment, for date and datetime-local inputs. */
export function chinaParts(moment = new Date()) {
  const shifted = new Date(moment.getTime() + 8 * 3600 * 1000).toISOString();
  return { date: shifted.slice(0, 10), dateTime: shifted.slice(0, 16) };
}

/** A datetime-local value, read as China time, as an ISO datetime with its offset. */
export const fromChinaLocal = (value) => `${value}:00+08:00`;

export function fmtMinutes(minutes) {
  if (minutes === null || minutes === undefined) return "—";
  if (minutes < 60) return `${Math.round(minutes)} 分钟`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return rest ? `${hours} 小时 ${rest} 分` : `${hours} 小时`;
}

export const fmtHours = (minutes) => `${(minutes / 60).toFixed(1)} 小时`;
export const fmtMetres = (metres) => (metres >= 1000 ? `${(metres / 1000).toFixed(2)} 公里` : `${Math.round(metres)} 米`);
export const stars = (n) => "★".repeat(n) + "☆".repeat(5 - n);

export function statusBadge(status, labels = STATUS, testid = undefined) {
  return h("span", { class: `badge ${status}`, "data-testid": testid, "data-status": status }, labels[status] || status);
}

/** Seconds until an ISO moment, as "m:ss" (negative: "已超时"). */
export function countdown(iso) {
  const seconds = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
  if (seconds <= 0) return "已超时";
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** A pager under a table: calls go(page). */
export function pager(pagination, go) {
  if (!pagination || pagination.total_pages <= 1) return h("div", { class: "pager muted small" }, pagination ? `共 ${pagination.total} 条` : "");
  const { page, total_pages: pages, total } = pagination;
  return h("div", { class: "pager" },
    h("span", { class: "muted small" }, `共 ${total} 条，第 ${page}/${pages} 页`),
    h("button", { disabled: page <= 1, onclick: () => go(page - 1) }, "上一页"),
    h("button", { disabled: page >= pages, onclick: () => go(page + 1) }, "下一页"));
}

export function emptyRow(columns, text = "暂无数据") {
  return h("tr", {}, h("td", { class: "empty", colspan: columns }, text));
}
