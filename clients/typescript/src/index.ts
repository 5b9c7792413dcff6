/** The typed client of the community volunteer service API. See README.md beside this folder. */
export { createApiClient, isProblem, memoryTokenStore, pagination } from "./client.js";
export type { ApiClient, ApiClientOptions, Pagination, Problem, Schemas, TokenStore, Tokens } from "./client.js";
export { installFetchGlobals, MiniHeaders, MiniRequest, MiniResponse, wxFetch } from "./wx.js";
export type { Wx, WxRequestOptions } from "./wx.js";
export type { components, operations, paths } from "./schema.js";
