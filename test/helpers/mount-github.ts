import nock from "nock";
import type { FakeGitHub } from "./fake-github.js";

export const api = "https://api.github.com";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * Routes GraphQL (unless a test makes no GraphQL call) and the REST methods a test expects to the
 * fake. Every interceptor persists; `isDone()` on the scope says each one was used.
 */
export function mountGitHub(
  fake: FakeGitHub,
  { graphql = true, rest = [] }: { graphql?: boolean; rest?: Method[] } = {},
): nock.Scope {
  const scope = nock(api).persist();
  if (graphql) {
    scope
      .post("/graphql")
      .reply((_uri, body) =>
        fake.graphql(body as { query: string; variables?: Record<string, unknown> }),
      );
  }
  for (const method of rest) {
    scope
      .intercept(/^\/(repos|orgs|user)\//, method)
      .reply((uri, body) =>
        fake.rest(method, uri, typeof body === "string" && body ? JSON.parse(body) : body),
      );
  }
  return scope;
}
