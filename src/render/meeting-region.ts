import type { Root, RootContent } from "mdast";
import type { Roster } from "../core/index.js";
import { heading, inlineCode, list, paragraph } from "./mdast.js";
import { profileLink } from "./people.js";

/**
 * The part of a meeting issue's body Roundtable keeps: who has a seat, who waits, and how to join.
 * People are linked, never @-mentioned, so an update pings no one.
 */
export function renderMeetingRegion(roster: Roster, capacity: number, site: string): Root {
  const children: RootContent[] = [
    heading(3, `Participants (${roster.seated.length} of ${capacity})`),
    roster.seated.length === 0
      ? paragraph("Nobody yet. Comment ", inlineCode("/join"), " to take a seat.")
      : list(
          roster.seated.map((login) => [profileLink(login, site)]),
          true,
        ),
  ];
  if (roster.waitlist.length > 0) {
    children.push(
      heading(3, `Waitlist (${roster.waitlist.length})`),
      list(
        roster.waitlist.map((login) => [profileLink(login, site)]),
        true,
      ),
    );
  }
  children.push(
    paragraph(
      "Comment ",
      inlineCode("/join"),
      " to take a seat, first come first served; past capacity you join the waitlist and move up when someone comments ",
      inlineCode("/leave"),
      ".",
    ),
  );
  return { type: "root", children };
}
