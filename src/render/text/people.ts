import type { Link } from "mdast";
import { link } from "../mdast.js";

/**
 * A link to a person's profile, never an `@mention`: pages are refreshed often and must ping no
 * one. `site` is the GitHub host the issues live on, so GitHub Enterprise profiles resolve too.
 */
export function profileLink(login: string, site: string): Link {
  return link(`${site}/${encodeURIComponent(login)}`, login);
}
