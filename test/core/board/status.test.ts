import { describe, expect, it } from "vitest";
import { statusOf } from "../../../src/core/index.js";
import { config, issue } from "../../helpers/factories.js";

const withProject = config((c) => {
  c.project = {
    owner: "acme",
    number: 1,
    fields: { status: "Status", lane: "Lane", quarter: "Quarter", slot: "Slot", room: "Room" },
    statusOptions: {},
    setup: false,
  };
});

describe("statusOf", () => {
  describe("without a project", () => {
    it("is To discuss for an open topic with no status label", () => {
      expect(statusOf(issue(1), config())).toBe("toDiscuss");
    });

    it("reads the status labels, whatever their case", () => {
      expect(statusOf(issue(1, { labels: ["topic", "Status:Parked"] }), config())).toBe("parked");
      expect(statusOf(issue(1, { labels: ["topic", "status:discussing"] }), config())).toBe(
        "discussing",
      );
    });

    it("counts a closed topic as Discussed unless it was parked", () => {
      expect(statusOf(issue(1, { state: "closed" }), config())).toBe("discussed");
      expect(
        statusOf(issue(1, { state: "closed", labels: ["topic", "status:to-discuss"] }), config()),
      ).toBe("discussed");
      expect(statusOf(issue(1, { state: "closed", labels: ["status:parked"] }), config())).toBe(
        "parked",
      );
    });

    it("uses renamed labels from the config", () => {
      const renamed = config((c) => {
        c.labels.status.parked = "later";
      });
      expect(statusOf(issue(1, { labels: ["later"] }), renamed)).toBe("parked");
    });
  });

  describe("with a project", () => {
    it("reads the board's Status field before any label", () => {
      const item = { itemId: "PVTI_1", fields: { Status: "Discussing" } };
      expect(statusOf(issue(1, { board: item, labels: ["status:parked"] }), withProject)).toBe(
        "discussing",
      );
    });

    it("falls back to labels for a topic not on the board yet", () => {
      expect(statusOf(issue(1, { labels: ["status:parked"] }), withProject)).toBe("parked");
    });
  });
});
