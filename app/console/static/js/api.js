// The console's one way to the API: /api/v1 with the bearer token, a refresh on 401, problem+json as ApiError.
// Tokens live in sessionStorage: they end with the browser tab, and a new tab signs in again.

const BASE = "/api/v1";
const TOKENS = "console.tokens";

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.code = (problem && problem.code) || "http_error";
    this.errors = (problem && problem.errors) || null;
  }
}

let signedOutHandler = () => {};
export function onSignedOut(handler) { signedOutHandler = handler; }

export function tokens() {
  try { return JSON.parse(sessionStorage.getItem(TOKENS) || "null"); } catch { return null; }
}

function saveTokens(body) {
  sessionStorage.setItem(TOKENS, JSON.stringify({
    access_token: body.access_token, refresh_token: body.refresh_token, user: body.user,
  }));
}

export function clearTokens() { sessionStorage.removeItem(TOKENS); }

function url(path, query) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query || {})) {
    if (value === undefined || value === null || value === "") continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(name, String(one));
  }
  const text = params.toString();
  return BASE + path + (text ? `?${text}` : "");
}

// One refresh at a time: the board polls while the user clicks, and a refresh token works once.
let refreshing = null;
function refresh() {
  if (!refreshing) {
    refreshing = (async () => {
      const current = tokens();
      if (!current || !current.refresh_token) throw new ApiError(401, { code: "unauthorized" });
      const response = await fetch(url("/auth/refresh"), {
        method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ refresh_token: current.refresh_token }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new ApiError(response.status, body);
      saveTokens(body);
    })().finally(() => { refreshing = null; });
  }
  return refreshing;
}

/** An idempotency key for one user action, so a double click or a retried request creates one thing. */
export function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Call the API. Resolves to {data, pagination}; rejects with ApiError. */
export async function request(method, path, { body, query, idempotencyKey } = {}) {
  for (let attempt = 0; ; attempt += 1) {
    const current = tokens();
    const headers = { Accept: "application/json" };
    if (current) headers.Authorization = `Bearer ${current.access_token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    const response = await fetch(url(path, query), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401 && attempt === 0 && current && !path.startsWith("/auth/")) {
      try {
        await refresh();
        continue;
      } catch (error) {
        clearTokens();
        signedOutHandler();
        throw error instanceof ApiError ? error : new ApiError(401, { code: "token_expired" });
      }
    }
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, data);
    const paging = response.headers.get("X-Pagination");
    return { data, pagination: paging ? JSON.parse(paging) : null };
  }
}

export const get = (path, query) => request("GET", path, { query }).then((r) => r.data);
export const getPage = (path, query) => request("GET", path, { query });
export const post = (path, body, options = {}) => request("POST", path, { body: body || {}, ...options }).then((r) => r.data);
export const patch = (path, body) => request("PATCH", path, { body }).then((r) => r.data);
export const del = (path) => request("DELETE", path).then((r) => r.data);

/** Every item of a paginated list (for lists a community keeps small: volunteers for the map, rewards). */
export async function getAll(path, query = {}, { maxPages = 20 } = {}) {
  const items = [];
  for (let page = 1; page <= maxPages; page += 1) {
    const { data, pagination } = await getPage(path, { ...query, page, page_size: 100 });
    items.push(...data.items);
    if (!pagination || page >= pagination.total_pages) break;
  }
  return items;
}

export async function login(phone, password) {
  const { data } = await request("POST", "/auth/login", { body: { phone, password } });
  saveTokens(data);
  return data.user;
}

export async function logout() {
  try { await request("POST", "/auth/logout", { body: {} }); } catch { /* signed out either way */ }
  clearTokens();
}
