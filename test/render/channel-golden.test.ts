import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { channelKinds, parseConfig } from "../../src/config/index.js";
import { meetingsOf, noticeOf, parseSnapshot, siteOf } from "../../src/core/index.js";
import { channelMessages } from "../../src/render/index.js";
import { expectGolden } from "../helpers/golden.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const config = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));

describe("meeting.ended on the example board", () => {
  const meeting = meetingsOf(example, config).find((m) => m.issue.number === 60);
  const notice = noticeOf(
    {
      event: "meeting.ended",
      meeting: meeting as NonNullable<typeof meeting>,
      at: meeting?.endedAt ?? "",
    },
    {
      repository: example.repository,
      site: siteOf(example),
      titles: new Map(example.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
      config,
    },
  );

  it("is the example's ended lean coffee", () => {
    expect(meeting?.endedAt).not.toBeNull();
    expect(notice.title).toBe("Meeting ended: On-call and postmortems");
  });

  for (const kind of channelKinds)
    it(`renders for ${kind} as its golden file`, () => {
      const message = channelMessages[kind](
        notice,
        `${example.repository}/meeting-60:meeting.ended`,
        example.repository,
      );
      expectGolden(
        `${JSON.stringify(message, null, 2)}\n`,
        `channels-example/meeting-ended.${kind}.json`,
      );
    });
});
