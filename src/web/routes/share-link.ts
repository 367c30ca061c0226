import { webBase } from "../../render/web/layout.js";
import { rsvpToken } from "../rsvp-token.js";
import type { WebSettings } from "../settings.js";

export const rsvpSecret = (settings: WebSettings) => settings.rsvpSecret ?? settings.sessionSecret;

export const rsvpPath = (owner: string, repo: string, n: string) =>
  `${webBase}/${owner}/${repo}/meetings/${n}/rsvp`;

/** A meeting's RSVP link, with its token: it lets anyone take a seat, so facilitators' only. */
export const shareLink = (settings: WebSettings, owner: string, repo: string, n: string) =>
  `${settings.publicUrl}${rsvpPath(owner, repo, n)}?t=${rsvpToken(rsvpSecret(settings), owner, repo, Number(n))}`;
