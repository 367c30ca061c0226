import { describe, expect, it } from "vitest";
import { webSettingsFromEnv } from "../../src/web/settings.js";

const env = {
  GITHUB_CLIENT_ID: "Iv1.id",
  GITHUB_CLIENT_SECRET: "secret",
  SESSION_SECRET: "a-session-secret-of-at-least-32-characters",
  PUBLIC_URL: "https://roundtable.example.com/",
};
const polls = (more: Record<string, string>) => {
  const settings = webSettingsFromEnv({ ...env, ...more });
  if ("missing" in settings) throw new Error(`missing ${settings.missing.join(", ")}`);
  return [settings.pollSeconds, settings.invitationPollSeconds];
};

describe("the web settings' polls", () => {
  it("asks about invitations every three vote polls unless ROOM_INVITATION_POLL_SECONDS says", () => {
    expect(polls({})).toEqual([5, 15]);
    expect(polls({ ROOM_POLL_SECONDS: "4" })).toEqual([4, 12]);
    expect(polls({ ROOM_POLL_SECONDS: "4", ROOM_INVITATION_POLL_SECONDS: "30" })).toEqual([4, 30]);
  });

  it("never polls more often than every 2 s, nor invitations more often than votes", () => {
    expect(polls({ ROOM_POLL_SECONDS: "1" })).toEqual([2, 6]);
    expect(polls({ ROOM_POLL_SECONDS: "3", ROOM_INVITATION_POLL_SECONDS: "1" })).toEqual([3, 3]);
    expect(polls({ ROOM_INVITATION_POLL_SECONDS: "soon" })).toEqual([5, 15]);
  });
});
