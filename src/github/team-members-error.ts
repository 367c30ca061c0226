import { ConfigError, configPath } from "../config/index.js";

/**
 * `votes.eligible: { team }` and a token that cannot read the team's members: an organisation
 * permission (Members: read) the app was not granted, or a team that does not exist. A setup
 * problem, told like a broken config (once, in the comment Roundtable keeps), not a failure of
 * every event.
 */
export class TeamMembersError extends ConfigError {
  constructor(team: string, status: number, cause: unknown) {
    super(
      configPath,
      [
        {
          path: "votes.eligible",
          message: `the members of the team "${team}" cannot be read (GitHub answered ${status}): grant the app the organisation permission Members: read (or check the team's slug), or count votes of collaborators or of a list of logins instead`,
        },
      ],
      { cause },
    );
  }
}
