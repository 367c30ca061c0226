/** What reading the board cost, for the run's summary and the bench. */
export interface LoadCost {
  /** GraphQL requests made (issue pages and follow-up reactor pages). */
  graphqlRequests: number;
  /** REST requests answered 200 (the listing's pages, collaborators or team members). */
  restRequests: number;
  /** REST requests answered 304 Not Modified: free, GitHub does not count them. */
  notModified: number;
  /** Whether a kept read was there to start from (else the board was read in full). */
  kept: boolean;
  /** Board issues asked about because they were new or changed (all of them in a full read). */
  readIssues: number;
  /** Rate-limit points GitHub charged, from `rateLimit { cost }`. */
  points: number;
  /** Points left in the hour after the last request. */
  remaining: number | null;
  /** Issues with more than 100 👍, which needed follow-up pages. */
  followUpIssues: number;
  /** 👍 with no user behind them (apps and bots, which GraphQL reports as null): never votes. */
  skippedReactions: number;
}

/** The cost of a load that asked GitHub nothing. */
export function noLoadCost(): LoadCost {
  return {
    graphqlRequests: 0,
    restRequests: 0,
    notModified: 0,
    kept: false,
    readIssues: 0,
    points: 0,
    remaining: null,
    followUpIssues: 0,
    skippedReactions: 0,
  };
}

/** Counts one GraphQL request and the points GitHub says it cost (`rateLimit`, when asked). */
export function chargeRequest(
  cost: LoadCost,
  rateLimit: { cost: number; remaining: number } | null,
): void {
  cost.graphqlRequests += 1;
  if (rateLimit) {
    cost.points += rateLimit.cost;
    cost.remaining = rateLimit.remaining;
  }
}
