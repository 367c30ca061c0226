import { describe, expect, it } from "vitest";
import { PageBudget } from "../../src/web/page-budget.js";

describe("a person's budget of page requests", () => {
  it("allows a fifth of the hour's requests at once, then one as each falls due, and says when", () => {
    let now = 0;
    const budget = new PageBudget(600, () => now);
    // 600 an hour: 120 at once, then one every 6 s.
    for (let i = 0; i < 120; i++) expect(budget.take("fay")).toBeUndefined();
    expect(budget.take("fay")).toBe(6);
    now += 3_000;
    expect(budget.take("fay")).toBe(3);
    now += 3_000;
    expect(budget.take("fay")).toBeUndefined();
    expect(budget.take("fay")).toBe(6);
    // An hour later the burst is whole again, not an hour's worth.
    now += 3_600_000;
    for (let i = 0; i < 120; i++) expect(budget.take("fay")).toBeUndefined();
    expect(budget.take("fay")).toBeDefined();
  });

  it("keeps one budget per person, whatever the case of their login", () => {
    const budget = new PageBudget(10, () => 0);
    expect(budget.take("Fay")).toBeUndefined();
    expect(budget.take("fay")).toBeUndefined();
    expect(budget.take("FAY")).toBe(360);
    expect(budget.take("gus")).toBeUndefined();
  });
});
