import type { Answer } from "../respond.js";
import type { RouteContext } from "./route.js";

/** Whether the page's script asked (it reads JSON); a form without a script did not. */
export const wantsJson = (ctx: RouteContext) =>
  (ctx.req.headers.accept ?? "").includes("application/json");

/** A press that worked: its message to the script, or back to the page without one. */
export const done = (ctx: RouteContext, message: string, back: string): Answer =>
  wantsJson(ctx) ? { json: { message } } : { redirect: back };
