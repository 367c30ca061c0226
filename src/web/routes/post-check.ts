import type { Answer } from "../respond.js";
import { csrfMatches } from "../session.js";
import type { Access, Allowed } from "./access.js";
import { readForm } from "./read-form.js";
import { formExpired, type RouteContext } from "./route-context.js";

export type PostCheck = (
  ctx: RouteContext,
  owner: string,
  repo: string,
) => Promise<(Allowed & { form: URLSearchParams }) | Answer>;

/** A POST from the page: signed in, able to read the repository, and carrying the CSRF token. */
export function postCheck(access: Access): PostCheck {
  return async (ctx, owner, repo) => {
    const form = await readForm(ctx.req);
    if (!csrfMatches(ctx.session, form.get("csrf") ?? undefined)) return formExpired;
    const allowed = await access(ctx, owner, repo);
    return "user" in allowed ? { ...allowed, form } : allowed;
  };
}
