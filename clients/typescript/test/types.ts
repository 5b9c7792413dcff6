/**
 * Compile-time checks of the generated types (`tsc --strict` fails the build when one breaks): what a strict
 * program reads from the loop's answers is exact, and nothing in the loop's schemas is `unknown` or `any`.
 */
import type { components, operations } from "../src/schema.js";

type Schemas = components["schemas"];
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type IsAny<T> = 0 extends 1 & T ? true : false;
/** true when `unknown` or `any` appears anywhere inside T. */
type HasUnknown<T, Depth extends unknown[] = []> = Depth["length"] extends 8 ? false
  : IsAny<T> extends true ? true
  : unknown extends T ? true
  : T extends readonly (infer Item)[] ? HasUnknown<Item, [...Depth, 0]>
  : T extends object ? true extends { [K in keyof T]-?: HasUnknown<T[K], [...Depth, 0]> }[keyof T] ? true : false
  : false;

type Order = Schemas["Order"];
type Problem409<Op extends keyof operations> = operations[Op]["responses"] extends { 409: { content: { "application/problem+json": infer P } } } ? P : never;
type Problem422<Op extends keyof operations> = operations[Op]["responses"] extends { 422: { content: { "application/problem+json": infer P } } } ? P : never;

export type Checks = [
  Expect<Equal<Order["id"], number>>,
  Expect<Equal<NonNullable<Order["volunteer"]>["name"], string>>,
  Expect<Equal<Order["volunteer"], Schemas["Person"] | null>>,
  Expect<Equal<Order["status"], "pending" | "offered" | "accepted" | "in_service" | "completed" | "rated" | "cancelled" | "expired">>,
  Expect<Equal<Order["minutes_status"], "verified" | "pending_review" | "approved" | "rejected" | "voided" | null>>,
  Expect<Equal<Schemas["Event"]["actor"]["role"], "resident" | "volunteer" | "staff" | "admin" | "system">>,
  Expect<Equal<Schemas["User"]["roles"], ("resident" | "volunteer" | "staff" | "admin")[]>>,
  Expect<Equal<Schemas["Volunteer"]["rating_mean"], number | null>>,
  Expect<Equal<Schemas["Problem"]["code"], string>>,
  Expect<Equal<Schemas["Problem"]["errors"], { [key: string]: string[] } | undefined>>,
  // problem.code is a union of the codes the operation declares for the status
  Expect<"order_not_offered" extends Problem409<"acceptOrder">["code"] ? true : false>,
  Expect<"offer_expired" extends Problem409<"acceptOrder">["code"] ? true : false>,
  Expect<string extends Problem409<"acceptOrder">["code"] ? false : true>,
  Expect<"outside_service_area" extends Problem422<"createOrder">["code"] ? true : false>,
  Expect<"insufficient_points" extends Problem409<"createRedemption">["code"] ? true : false>,
  // no unknown anywhere in the loop's schemas
  Expect<Equal<HasUnknown<Order>, false>>,
  Expect<Equal<HasUnknown<Schemas["OrderCreate"]>, false>>,
  Expect<Equal<HasUnknown<Schemas["Offer"]>, false>>,
  Expect<Equal<HasUnknown<Schemas["Task"]>, false>>,
  Expect<Equal<HasUnknown<Schemas["Candidate"]>, false>>,
  Expect<Equal<HasUnknown<Schemas["Rating"]>, false>>,
  Expect<Equal<HasUnknown<Schemas["PointsSummary"]>, false>>,
  Expect<Equal<HasUnknown<Schemas["LedgerEntry"]>, false>>,
  Expect<Equal<HasUnknown<Schemas["Tokens"]>, false>>,
  Expect<Equal<HasUnknown<Schemas["Problem"]>, false>>,
  Expect<Equal<HasUnknown<Schemas["Volunteer"]>, false>>,
];

// A strict program switching on problem codes: a code the operation cannot give does not compile.
export function explain(problem: Problem409<"acceptOrder">): string {
  switch (problem.code) {
    case "offer_expired":
      return "太晚了，订单已派给别人";
    case "order_not_offered":
    case "offer_withdrawn":
      return "订单已撤回";
    default:
      return problem.detail;
  }
}
