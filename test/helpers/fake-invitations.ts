/**
 * Repository invitations as GitHub keeps them, for the fake: `PUT /repos/{o}/{r}/collaborators/{u}`
 * invites a person (201 with a repository-invitation), adds an organisation member at once (204,
 * no invitation) and — the trap — answers 204 for somebody who already is a collaborator while
 * changing their role. Invitations expire after 7 days (listed with `expired: true`); a repository
 * takes at most 50 invitations in 24 hours (422); an organisation that forbids outside
 * collaborators answers 403; an invitee who blocked the owner answers 422.
 * Shapes follow GitHub's OpenAPI description (`repos/add-collaborator`, `repository-invitation`).
 */

export interface FakeInvitation {
  id: number;
  invitee: string;
  /** As GitHub lists it: read, triage, write, maintain or admin. */
  permissions: string;
  createdAt: string;
}

const day = 24 * 60 * 60 * 1000;

/** The body's `pull`/`push` as an invitation lists it (`read`/`write`). */
const listed: Record<string, string> = {
  pull: "read",
  triage: "triage",
  push: "write",
  maintain: "maintain",
  admin: "admin",
};

export class FakeInvitations {
  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {}
  /** Open invitations, expired ones included until deleted or accepted. */
  open: FakeInvitation[] = [];
  /** Every invitation GitHub created, in order: the 24-hour limit counts these. */
  sent: Array<{ invitee: string; at: string; permission: string }> = [];
  /** Organisation members: added at once, without an invitation. */
  orgMembers = new Set<string>();
  /** "Organization" or "User": on a personal repository every collaborator gets write access. */
  ownerType: "Organization" | "User" = "Organization";
  /** The organisation forbids outside collaborators: every invitation is refused with 403. */
  outsideForbidden = false;
  /** People who blocked the owner: GitHub refuses to invite them. */
  blocked = new Set<string>();
  /** A PUT for somebody already a collaborator: GitHub changes their role. The app must never. */
  roleChanges: Array<{ login: string; from: string; to: string }> = [];
  /** Collaborators removed with DELETE. */
  removed: string[] = [];
  limit = 50;
  private next = 7001;

  private json(i: FakeInvitation, now: string) {
    const user = (login: string) => ({ login, id: login.length, type: "User" });
    return {
      id: i.id,
      node_id: `RI_${i.id}`,
      repository: {
        full_name: `${this.owner}/${this.repo}`,
        name: this.repo,
        owner: { login: this.owner, id: 1, type: this.ownerType },
      },
      invitee: user(i.invitee),
      inviter: { login: "roundtable[bot]", id: 1, type: "Bot" },
      permissions: i.permissions,
      created_at: i.createdAt,
      expired: Date.parse(now) - Date.parse(i.createdAt) >= 7 * day,
      url: `https://api.github.com/user/repository_invitations/${i.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/invitations`,
    };
  }

  /** `GET /repos/{o}/{r}/invitations`. */
  list(now: string): unknown[] {
    return this.open.map((i) => this.json(i, now));
  }

  /**
   * `PUT /repos/{o}/{r}/collaborators/{u}`, given the repository's permissions by login (changed
   * in place when GitHub would add or re-role somebody).
   */
  put(
    login: string,
    permission: string,
    now: string,
    permissions: Map<string, string>,
  ): [number, unknown] {
    const role = listed[permission] ?? "write";
    const current = permissions.get(login);
    if (current) {
      if (current !== role) this.roleChanges.push({ login, from: current, to: role });
      permissions.set(login, role);
      return [204, null];
    }
    if (this.ownerType === "Organization" && this.orgMembers.has(login)) {
      permissions.set(login, role);
      return [204, null];
    }
    if (this.outsideForbidden)
      return [
        403,
        {
          message: "Outside collaborators are not allowed by this organization's policy.",
          documentation_url:
            "https://docs.github.com/rest/collaborators/collaborators#add-a-repository-collaborator",
        },
      ];
    if (this.blocked.has(login))
      return [
        422,
        {
          message: "Validation Failed",
          errors: [{ resource: "Repository", code: "custom", message: `${login} is blocked` }],
        },
      ];
    const existing = this.open.find((i) => i.invitee === login);
    if (existing && Date.parse(now) - Date.parse(existing.createdAt) < 7 * day)
      return [201, this.json(existing, now)];
    const recent = this.sent.filter((s) => Date.parse(now) - Date.parse(s.at) < day).length;
    if (recent >= this.limit)
      return [
        422,
        {
          message: "Validation Failed",
          errors: [
            {
              resource: "Repository",
              code: "custom",
              message: `You have reached the limit of ${this.limit} invitations to this repository in 24 hours.`,
            },
          ],
        },
      ];
    if (existing) this.open = this.open.filter((i) => i !== existing);
    const invitation: FakeInvitation = {
      id: this.next++,
      invitee: login,
      permissions: this.ownerType === "User" ? "write" : role,
      createdAt: now,
    };
    this.open.push(invitation);
    this.sent.push({ invitee: login, at: now, permission });
    return [201, this.json(invitation, now)];
  }

  /** `DELETE /repos/{o}/{r}/invitations/{id}`. */
  delete(id: number): [number, unknown] {
    const found = this.open.some((i) => i.id === id);
    this.open = this.open.filter((i) => i.id !== id);
    return found ? [204, null] : [404, { message: "Not Found" }];
  }

  /**
   * The invitee accepts (`PATCH /user/repository_invitations/{id}` as them, or a test calling it
   * directly): they become a collaborator with the invitation's role. An expired one cannot be.
   */
  accept(
    id: number,
    login: string,
    now: string,
    permissions: Map<string, string>,
  ): [number, unknown] {
    const invitation = this.open.find((i) => i.id === id && i.invitee === login);
    if (!invitation) return [404, { message: "Not Found" }];
    if (Date.parse(now) - Date.parse(invitation.createdAt) >= 7 * day)
      return [410, { message: "Invitation expired" }];
    this.open = this.open.filter((i) => i !== invitation);
    permissions.set(login, invitation.permissions);
    return [204, null];
  }

  /** The test hook: `login` accepts their open invitation. */
  acceptBy(login: string, now: string, permissions: Map<string, string>): boolean {
    const invitation = this.open.find((i) => i.invitee === login);
    return invitation ? this.accept(invitation.id, login, now, permissions)[0] === 204 : false;
  }
}
