import { describe, expect, it } from "vitest";
import { FakeGitHub } from "../helpers/fake-github.js";

/** The fake's repository invitations behave as GitHub's REST API documents them. */
describe("the fake GitHub's repository invitations", () => {
  const put = (fake: FakeGitHub, login: string, permission = "pull") =>
    fake.rest("PUT", `/repos/acme/board/collaborators/${login}`, { permission });

  it("invites a person who is not a collaborator (201 with the invitation), and lists it", () => {
    const fake = new FakeGitHub();
    const [status, invitation] = put(fake, "ada");
    expect(status).toBe(201);
    expect(invitation).toMatchObject({ invitee: { login: "ada" }, permissions: "read" });
    const [, list] = fake.rest("GET", "/repos/acme/board/invitations", undefined);
    expect(list).toMatchObject([{ invitee: { login: "ada" }, expired: false }]);
  });

  it("adds an organisation member at once (204, no invitation)", () => {
    const fake = new FakeGitHub();
    fake.invitations.orgMembers.add("grace");
    expect(put(fake, "grace")[0]).toBe(204);
    expect(fake.permissions.get("grace")).toBe("read");
    expect(fake.invitations.open).toEqual([]);
  });

  it("changes an existing collaborator's role with 204: the trap the app must avoid", () => {
    const fake = new FakeGitHub();
    fake.permissions.set("linus", "admin");
    expect(put(fake, "linus")[0]).toBe(204);
    expect(fake.invitations.roleChanges).toEqual([{ login: "linus", from: "admin", to: "read" }]);
  });

  it("makes the invitee a collaborator when they accept, as themselves", () => {
    const fake = new FakeGitHub();
    fake.userTokens.set("ada-token", "ada");
    const [, invitation] = put(fake, "ada", "push");
    const id = (invitation as { id: number }).id;
    expect(fake.rest("PATCH", `/user/repository_invitations/${id}`, {}, "token ada-token")[0]).toBe(
      204,
    );
    expect(fake.permissions.get("ada")).toBe("write");
    expect(fake.rest("GET", "/repos/acme/board/collaborators/ada", undefined)[0]).toBe(204);
  });

  it("deletes an invitation", () => {
    const fake = new FakeGitHub();
    const [, invitation] = put(fake, "ada");
    const id = (invitation as { id: number }).id;
    expect(fake.rest("DELETE", `/repos/acme/board/invitations/${id}`, undefined)[0]).toBe(204);
    expect(fake.invitations.open).toEqual([]);
  });

  it("lets invitations expire after 7 days", () => {
    const fake = new FakeGitHub();
    fake.clock = "2026-11-01T00:00:00Z";
    put(fake, "ada");
    fake.clock = "2026-11-08T00:00:00Z";
    const [, list] = fake.rest("GET", "/repos/acme/board/invitations", undefined);
    expect(list).toMatchObject([{ invitee: { login: "ada" }, expired: true }]);
    expect(fake.invitations.acceptBy("ada", fake.clock, fake.permissions)).toBe(false);
  });

  it("refuses the 51st invitation in 24 hours with 422, and takes it a day later", () => {
    const fake = new FakeGitHub();
    for (let i = 0; i < 50; i++) expect(put(fake, `p${i}`)[0]).toBe(201);
    const [status, body] = put(fake, "late");
    expect(status).toBe(422);
    expect(JSON.stringify(body)).toMatch(/limit of 50 invitations/);
    fake.clock = "2026-11-22T00:00:01Z";
    expect(put(fake, "late")[0]).toBe(201);
  });

  it("answers 403 where the organisation forbids outside collaborators, 422 for a blocked invitee", () => {
    const fake = new FakeGitHub();
    fake.invitations.blocked.add("troll");
    expect(put(fake, "troll")[0]).toBe(422);
    fake.invitations.outsideForbidden = true;
    expect(put(fake, "ada")[0]).toBe(403);
  });

  it("gives every outside collaborator write access on a personal repository", () => {
    const fake = new FakeGitHub();
    fake.invitations.ownerType = "User";
    expect(put(fake, "ada", "pull")[1]).toMatchObject({ permissions: "write" });
  });
});
