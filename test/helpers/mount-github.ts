import nock from "nock";
import type { FakeGitHub } from "./fake-github.js";

export const api = "https://api.github.com";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * Routes GraphQL (unless a test makes no GraphQL call) and the REST methods a test expects to the
 * fake. Every interceptor persists; `isDone()` on the scope says each one was used. With GraphQL
 * comes the REST listing of issues, which every read of the board starts with (optional for
 * `isDone()`: a test that reads only the project does not list issues).
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
  const reply = function (this: nock.ReplyFnContext, method: string, uri: string, body: nock.Body) {
    const header = (name: string) => {
      const value = this.req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    return fake.rest(
      method,
      uri,
      typeof body === "string" && body ? JSON.parse(body) : body,
      header("authorization"),
      header("if-none-match"),
    );
  };
  if (graphql && !rest.includes("GET")) {
    scope
      .get(/^\/repos\/[^/]+\/[^/]+\/issues(\?.*)?$/)
      .optionally()
      .reply(function (uri, body) {
        return reply.call(this, "GET", uri, body);
      });
  }
  for (const method of rest) {
    scope.intercept(/^\/(repos|orgs|user)\//, method).reply(function (uri, body) {
      return reply.call(this, method, uri, body);
    });
  }
  return scope;
}
