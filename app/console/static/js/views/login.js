// 登录: phone and password (staff accounts are password accounts).

import * as api from "../api.js";
import { clear, errorText, h } from "../dom.js";

export function render(root, { onSignedIn }) {
  const error = h("p", { class: "error", "data-testid": "login-error" });
  const phone = h("input", { name: "phone", type: "tel", autocomplete: "username", required: true, maxlength: 20,
    placeholder: "11 位手机号", "data-testid": "login-phone" });
  const password = h("input", { name: "password", type: "password", autocomplete: "current-password", required: true,
    "data-testid": "login-password" });
  const submit = h("button", { type: "submit", class: "primary", "data-testid": "login-submit" }, "登录");
  const form = h("form", { class: "stack login", "data-testid": "login-form" },
    h("h1", {}, "社区志愿服务工作台"),
    h("p", { class: "sub" }, "群众点单 · 社区派单 · 志愿者接单 · 群众评单"),
    h("label", {}, h("span", {}, "手机号"), phone),
    h("label", {}, h("span", {}, "密码"), password),
    error, submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    submit.disabled = true;
    try {
      await api.login(phone.value.trim(), password.value);
      await onSignedIn();
    } catch (problem) {
      error.textContent = errorText(problem);
    } finally {
      submit.disabled = false;
    }
  });
  clear(root, form);
  phone.focus();
}
