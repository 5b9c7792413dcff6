/**
 * `fetch` on WeChat's `wx.request`, for openapi-fetch in a mini-program.
 *
 * Mini-programs have no `fetch`, and no `Request`, `Response`, `Headers` or `FormData` either, which
 * openapi-fetch uses. `installFetchGlobals()` puts small stand-ins for those four on `globalThis` where they are
 * missing (it leaves real ones alone), and `wxFetch(wx)` sends a request with `wx.request`, reading the body as
 * text so that problem details and empty bodies come back as the server sent them.
 */

/** The part of WeChat's `wx.request` this adapter uses. */
export interface WxRequestOptions {
  url: string;
  method: string;
  data?: string;
  header?: Record<string, string>;
  dataType?: string;
  responseType?: "text" | "arraybuffer";
  timeout?: number;
  success?: (result: { data: unknown; statusCode: number; header: Record<string, string> }) => void;
  fail?: (error: { errMsg: string; errno?: number }) => void;
}

export interface Wx {
  request(options: WxRequestOptions): unknown;
}

type HeadersLike = Headers | Record<string, string> | [string, string][] | undefined;

/** A Headers for runtimes without one: case-insensitive names, one value per name. */
export class MiniHeaders {
  private readonly map = new Map<string, [string, string]>();

  constructor(init?: HeadersLike | MiniHeaders) {
    if (!init) return;
    if (init instanceof MiniHeaders || (typeof (init as Headers).forEach === "function" && !Array.isArray(init))) {
      (init as Headers).forEach((value, name) => this.set(name, value));
    } else if (Array.isArray(init)) {
      for (const [name, value] of init) this.set(name, value);
    } else {
      for (const [name, value] of Object.entries(init as Record<string, string>)) this.set(name, value);
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase())?.[1] ?? null;
  }

  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), [name, String(value)]);
  }

  append(name: string, value: string): void {
    const existing = this.get(name);
    this.set(name, existing === null ? value : `${existing}, ${value}`);
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this.map.values()) callback(value, name.toLowerCase());
  }

  *entries(): IterableIterator<[string, string]> {
    for (const [name, value] of this.map.values()) yield [name.toLowerCase(), value];
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  /** As a plain object, for `wx.request`'s `header`. */
  toObject(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of this.map.values()) out[name] = value;
    return out;
  }
}

interface MiniRequestInit {
  method?: string;
  headers?: HeadersLike | MiniHeaders;
  body?: string | null;
  [other: string]: unknown;
}

/** A Request for runtimes without one. Bodies are strings: this API takes and gives JSON only. */
export class MiniRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: MiniHeaders;
  readonly bodyText: string | null;
  readonly body = null;

  constructor(input: string | MiniRequest, init: MiniRequestInit = {}) {
    const from = typeof input === "string" ? undefined : input;
    this.url = typeof input === "string" ? input : input.url;
    this.method = (init.method ?? from?.method ?? "GET").toUpperCase();
    this.headers = new MiniHeaders(init.headers ?? from?.headers);
    const body = init.body !== undefined ? init.body : from?.bodyText;
    this.bodyText = body === undefined || body === null ? null : String(body);
  }

  clone(): MiniRequest {
    return new MiniRequest(this);
  }

  async text(): Promise<string> {
    return this.bodyText ?? "";
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

interface MiniResponseInit {
  status?: number;
  statusText?: string;
  headers?: HeadersLike | MiniHeaders;
}

/** A Response for runtimes without one. */
export class MiniResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: MiniHeaders;
  readonly body = null;
  readonly bodyUsed = false;
  private readonly bodyText: string;

  constructor(body: string | null = null, init: MiniResponseInit = {}) {
    this.status = init.status ?? 200;
    this.statusText = init.statusText ?? "";
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new MiniHeaders(init.headers);
    this.bodyText = body ?? "";
  }

  clone(): MiniResponse {
    return new MiniResponse(this.bodyText, { status: this.status, statusText: this.statusText, headers: this.headers });
  }

  async text(): Promise<string> {
    return this.bodyText;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.bodyText);
  }
}

class MiniFormData {}

/** Put MiniHeaders, MiniRequest, MiniResponse and a FormData stand-in on `globalThis` where they are missing. */
export function installFetchGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  g.Headers ??= MiniHeaders;
  g.Request ??= MiniRequest;
  g.Response ??= MiniResponse;
  g.FormData ??= MiniFormData;
}

/** A `fetch` that sends with `wx.request`. */
export function wxFetch(wx: Wx, options: { timeout?: number } = {}): (input: Request) => Promise<Response> {
  return (input: Request) => {
    const request = input as unknown as MiniRequest | Request;
    return new Promise<Response>((resolve, reject) => {
      const send = async () => {
        const headers = new MiniHeaders(request.headers as unknown as Headers);
        const body = request instanceof MiniRequest ? request.bodyText : await (request as Request).text();
        wx.request({
          url: request.url,
          method: request.method,
          data: body === null || body === "" ? undefined : body,
          header: headers.toObject(),
          dataType: "text", // anything but "json": wx.request hands back the body as the server sent it
          responseType: "text",
          timeout: options.timeout,
          success: (result) => {
            const text = typeof result.data === "string" ? result.data : result.data == null ? "" : JSON.stringify(result.data);
            const ResponseClass = ((globalThis as unknown as { Response?: typeof MiniResponse }).Response ?? MiniResponse);
            const empty = [101, 204, 205, 304].includes(result.statusCode); // a real Response refuses a body there
            resolve(new ResponseClass(empty ? null : text, { status: result.statusCode, headers: result.header }) as unknown as Response);
          },
          fail: (error) => reject(new TypeError(`wx.request failed: ${error.errMsg}`)),
        });
      };
      send().catch(reject);
    });
  };
}
