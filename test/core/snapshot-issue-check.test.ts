import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillDefaults } from "../../src/core/fill-defaults.js";
import { snapshotFileSchema } from "../../src/core/snapshot-file.js";
import { checkIssueQuickly } from "../../src/core/snapshot-issue-check.js";

const issueSchema = snapshotFileSchema.shape.issues.element;
const githubOnly = (origin: string) => origin === "https://github.com";

/** Mostly a value the schema takes, sometimes one it refuses. */
const field = <T>(good: T[], bad: unknown[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...good), weight: 9 },
    { arbitrary: fc.constantFrom(...bad), weight: 1 },
  );
const date = field(
  ["2026-11-01T00:00:00Z", "2024-02-29T10:00:00.123+02:00", "2026-01-31T23:59:59-05:00"],
  ["2026-02-29T10:00:00Z", "2026-11-01", "2026-13-01T00:00:00Z", "", 3],
);
const login = field(["a", "octo-cat", "dependabot[bot]"], ["-x", "a b", "", 7]);
const person = fc.record(
  { login, bot: field([true, false], ["no"]), self: field([true], [1]) },
  { requiredKeys: ["login"] },
);
const int = field([1, 42], [0, -3, 1.5, 2 ** 60, "4", null]);
const maybeNull = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.constant(null));
const issue = fc.record(
  {
    id: field(["I_1"], [5]),
    number: int,
    title: field(["x", ""], [3]),
    url: field(
      ["https://github.com/acme/board/issues/1", "http://github.com/acme/board/issues/1"],
      [
        "https://ghe.example/acme/board/issues/1",
        "https://github.com/acme/board/issues/1?x=1#frag",
        "javascript:alert(1)",
        "https://github.com:99999/a",
        " https://github.com/a ",
      ],
    ),
    state: field(["open", "closed"], ["merged"]),
    author: person,
    createdAt: date,
    closedAt: maybeNull(date),
    body: field(["text", "", null], [4]),
    labels: fc.array(field(["topic", ""], [1]), { maxLength: 3 }),
    assignees: fc.array(login, { maxLength: 2 }),
    milestone: field(["2026-Q1", null], [3]),
    parent: maybeNull(int),
    subIssues: fc.array(int, { maxLength: 2 }),
    type: field(["Topic", null], [1]),
    blockedBy: fc.array(int, { maxLength: 2 }),
    reactions: fc.array(
      fc.record(
        { login, bot: field([false], ["x"]), createdAt: date },
        { requiredKeys: ["login", "createdAt"] },
      ),
      { maxLength: 2 },
    ),
    board: maybeNull(
      fc.record(
        {
          itemId: field(["PVTI_1"], [2]),
          fields: fc.dictionary(fc.constantFrom("Status", "Lane"), field(["Done"], [1])),
        },
        { requiredKeys: ["itemId"] },
      ),
    ),
    extra: fc.constant("kept"),
  },
  { requiredKeys: ["number", "title", "url", "state", "author", "createdAt"] },
);

describe("checkIssueQuickly", () => {
  it("accepts only issues the schema accepts, and fills in the schema's defaults", () => {
    let accepted = 0;
    fc.assert(
      fc.property(issue, (raw) => {
        const quick = structuredClone(raw);
        const slow = structuredClone(raw);
        const checked = issueSchema.safeParse(slow);
        if (checkIssueQuickly(quick, githubOnly)) {
          accepted++;
          expect(checked.success).toBe(true);
          fillDefaults(slow, checked.data);
          expect(quick).toEqual(slow);
        }
      }),
      { numRuns: 2000, seed: 37 },
    );
    // The property says nothing if the check never says yes.
    expect(accepted).toBeGreaterThan(50);
  });

  it("takes a typical issue of a snapshot without asking the schema", () => {
    const raw = {
      number: 7,
      title: "Hiring",
      url: "https://github.com/acme/board/issues/7",
      state: "open",
      author: { login: "octo" },
      createdAt: "2026-11-01T00:00:00Z",
      reactions: [{ login: "b", createdAt: "2026-11-02T00:00:00.5+01:00" }],
    };
    expect(checkIssueQuickly(raw, githubOnly)).toBe(true);
    expect(raw).toMatchObject({
      author: { login: "octo", bot: false },
      closedAt: null,
      body: "",
      labels: [],
      reactions: [{ bot: false }],
      board: null,
    });
  });

  it("leaves an origin it was not told is good to the schema", () => {
    const raw = {
      number: 7,
      title: "Hiring",
      url: "https://ghe.example/acme/board/issues/7",
      state: "open",
      author: { login: "octo" },
      createdAt: "2026-11-01T00:00:00Z",
    };
    expect(checkIssueQuickly(raw, githubOnly)).toBe(false);
  });
});
