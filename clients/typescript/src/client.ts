/**
 * The API client: openapi-fetch over the generated types, with what every caller of this API needs built in.
 *
 * - Sends the access token, and when the API answers 401 `token_expired` it exchanges the refresh token once
 *   (refresh tokens rotate: the new pair replaces the old, and concurrent requests share one exchange), then
 *   sends the request again. When the refresh is refused the tokens are cleared and `onSignedOut` is called.
 * - Gives every POST an `Idempotency-Key` (unless the caller set one) and retries a POST whose connection failed
 *   with the same key, so a flaky network never orders twice.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";

import type { components, paths } from "./schema.js";

export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type Tokens = Schemas["Tokens"];
export type Pagination = Schemas["Pagination"];

/** Where the client keeps the signed-in tokens (a mini-program: `wx.setStorageSync`). */
export interface TokenStore {
  get(): Tokens | null;
  set(tokens: Tokens | null): void;
}

export function memoryTokenStore(initial: Tokens | null = null): TokenStore {
  let tokens = initial;
  return { get: () => tokens, set: (next) => void (tokens = next) };
}

export interface ApiClientOptions {
  /** The server's origin, e.g. `https://volunteer.example.cn` (paths carry `/api/v1`). */
  baseUrl: string;
  /** `wxFetch(wx)` in a mini-program; the global `fetch` elsewhere. */
  fetch?: (request: Request) => Promise<Response>;
  tokens?: TokenStore;
  /** Called when the session has ended (refresh refused): sign in again. */
  onSignedOut?: () => void;
  /** A new Idempotency-Key; a random UUID by default. */
  newIdempotencyKey?: () => string;
  /** How many times a POST whose connection failed is sent again, with the same key (default 2). */
  postRetries?: number;
}

export type ApiClient = Client<paths> & { tokens: TokenStore };

const REFRESH_PATH = "/api/v1/auth/refresh";

export function createApiClient(options: ApiClientOptions): ApiClient {
  const tokens = options.tokens ?? memoryTokenStore();
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const newKey = options.newIdempotencyKey ?? randomUuid;
  const retries = options.postRetries ?? 2;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const client = createClient<paths>({ baseUrl, fetch: send });
  const pending = new Map<string, Request>(); // request id → a copy to send again
  let refreshing: Promise<boolean> | null = null;

  async function refresh(): Promise<boolean> {
    const current = tokens.get();
    if (!current) return false;
    const { data } = await client.POST(REFRESH_PATH, { body: { refresh_token: current.refresh_token } });
    if (data) {
      tokens.set(data);
      return true;
    }
    tokens.set(null);
    options.onSignedOut?.();
    return false;
  }

  function withToken(request: Request): Request {
    const access = tokens.get()?.access_token;
    if (access) request.headers.set("Authorization", `Bearer ${access}`);
    return request;
  }

  const middleware: Middleware = {
    async onRequest({ request, schemaPath, id }) {
      if (request.method === "POST" && !request.headers.has("Idempotency-Key")) {
        request.headers.set("Idempotency-Key", newKey());
      }
      if (schemaPath !== REFRESH_PATH) {
        withToken(request);
        pending.set(id, request.clone());
      }
      return request;
    },
    async onResponse({ response, schemaPath, id }) {
      const copy = pending.get(id);
      pending.delete(id);
      if (response.status !== 401 || schemaPath === REFRESH_PATH || !copy) return undefined;
      const problem = (await response.clone().json().catch(() => null)) as Problem | null;
      if (problem?.code !== "token_expired") return undefined;
      refreshing ??= refresh().finally(() => (refreshing = null));
      if (!(await refreshing)) return undefined;
      return send(withToken(copy));
    },
    async onError({ request, error, id }) {
      const copy = pending.get(id);
      pending.delete(id);
      if (request.method !== "POST" || !copy) return error instanceof Error ? error : new Error(String(error));
      let last: unknown = error;
      for (let attempt = 0; attempt < retries; attempt++) {
        try {
          return await send(copy.clone());
        } catch (again) {
          last = again;
        }
      }
      return last instanceof Error ? last : new Error(String(last));
    },
  };
  client.use(middleware);
  return Object.assign(client, { tokens });
}

/** The `X-Pagination` header of a list response. */
export function pagination(response: Response): Pagination | null {
  const raw = response.headers.get("X-Pagination");
  return raw ? (JSON.parse(raw) as Pagination) : null;
}

/** Whether an error body is problem details (it is, for every error this API answers). */
export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && typeof (value as Problem).code === "string";
}

function randomUuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  // Mini-programs have no crypto.randomUUID; uniqueness, not secrecy, is what a key needs.
  return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
    const r = (Math.random() * 16) | 0;
    return (ch === "x" ? r : (r & 0x3) | 0x8).toString(16);
  });
}
