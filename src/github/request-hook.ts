/** A request as Octokit's `request` hook sees it (the route's template, or the URL it became). */
export interface RequestOptions {
  method: string;
  url: string;
  data?: unknown;
  request?: Record<string, unknown>;
}

/** An Octokit whose requests can be wrapped: what the plugins in this folder need of it. */
export interface Hookable<Answer = unknown> {
  hook: {
    wrap(
      name: "request",
      wrapper: (
        request: (options: RequestOptions) => Promise<Answer>,
        options: RequestOptions,
      ) => Promise<Answer>,
    ): void;
  };
}
