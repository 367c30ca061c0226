import { createHmac } from "node:crypto";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sendNotice } from "../../src/channels/index.js";
import type { Effect } from "../../src/core/index.js";
import { applyPlan, createClient } from "../../src/github/index.js";
import { ChatReceiver, downUrl } from "../helpers/chat-receivers.js";

const notice = {
  event: "meeting.ended" as const,
  title: "Meeting ended: On-call",
  url: "https://github.com/acme/board/issues/1",
  sections: [{ lines: [[{ text: "17:00–17:40" }]] }],
};
const effect = (
  kind: "slack" | "webhook",
  secret?: string,
): Extract<Effect, { kind: "notify" }> => ({
  kind: "notify",
  channel: { kind, url: "env:ROUNDTABLE_HOOK", ...(secret ? { secret } : {}) },
  key: "acme/board/meeting-1:meeting.ended",
  notice,
});

let receiver: ChatReceiver | undefined;
beforeEach(() => {
  nock.enableNetConnect("127.0.0.1");
});
afterEach(async () => {
  await receiver?.stop();
  receiver = undefined;
});

describe("sending a notice", () => {
  it("waits as a 429's Retry-After asks, then delivers the message once", async () => {
    receiver = new ChatReceiver({ status: 200, body: "ok" }, [
      { status: 429, headers: { "retry-after": "1" }, body: "rate_limited" },
    ]);
    const url = await receiver.start();
    const waits: number[] = [];
    await sendNotice(
      effect("slack"),
      "acme/board",
      { ROUNDTABLE_HOOK: url },
      {
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect(waits).toEqual([1000]);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]?.raw).toBe(receiver.received[0]?.raw);
  });

  it("honours a real Retry-After wait over loopback", async () => {
    receiver = new ChatReceiver({ status: 204 }, [
      { status: 429, headers: { "retry-after": "1" } },
    ]);
    const url = await receiver.start();
    const started = Date.now();
    await sendNotice(effect("slack"), "acme/board", { ROUNDTABLE_HOOK: url });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(receiver.received).toHaveLength(2);
  });

  it("tries a 5xx again with backoff, and gives up on a 404 at once", async () => {
    receiver = new ChatReceiver({ status: 200 }, [{ status: 503 }, { status: 502 }]);
    const url = await receiver.start();
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    await sendNotice(effect("slack"), "acme/board", { ROUNDTABLE_HOOK: url }, { sleep });
    expect(waits).toEqual([1000, 2000]);
    expect(receiver.received).toHaveLength(3);

    const gone = new ChatReceiver({ status: 404, body: "no_service" });
    const goneUrl = await gone.start();
    await expect(
      sendNotice(effect("slack"), "acme/board", { ROUNDTABLE_HOOK: goneUrl }, { sleep }),
    ).rejects.toThrow("answered 404: no_service (after 3 tries)");
    expect(gone.received).toHaveLength(1);
    await gone.stop();
  });

  it("signs the webhook kind as GitHub signs its webhooks, with the key as delivery id", async () => {
    receiver = new ChatReceiver({ status: 202 });
    const url = await receiver.start();
    await sendNotice(effect("webhook", "env:ROUNDTABLE_HOOK_SECRET"), "acme/board", {
      ROUNDTABLE_HOOK: url,
      ROUNDTABLE_HOOK_SECRET: "s3cret",
    });
    const [got] = receiver.received;
    const expected = `sha256=${createHmac("sha256", "s3cret")
      .update(got?.raw ?? "")
      .digest("hex")}`;
    expect(got?.headers["x-roundtable-signature-256"]).toBe(expected);
    expect(got?.headers["x-roundtable-delivery"]).toBe("acme/board/meeting-1:meeting.ended");
    expect(got?.headers["x-roundtable-event"]).toBe("meeting.ended");
    expect(got?.body).toEqual({
      version: 1,
      event: "meeting.ended",
      key: "acme/board/meeting-1:meeting.ended",
      repository: "acme/board",
      title: "Meeting ended: On-call",
      url: "https://github.com/acme/board/issues/1",
      text: "17:00–17:40",
      sections: [{ heading: null, list: false, lines: [[{ text: "17:00–17:40", url: null }]] }],
    });
  });

  it("names the unset variable, and never a URL", async () => {
    await expect(sendNotice(effect("slack"), "acme/board", {})).rejects.toThrow(
      "env:ROUNDTABLE_HOOK: the environment variable ROUNDTABLE_HOOK is not set; set it to the channel's webhook URL",
    );
    await expect(
      sendNotice(effect("slack"), "acme/board", {
        ROUNDTABLE_HOOK: "http://hooks.example/T/B/secret",
      }),
    ).rejects.toThrow(/^env:ROUNDTABLE_HOOK: ROUNDTABLE_HOOK holds a URL that is not HTTPS[^/]*$/);
  });
});

describe("a channel that is down", () => {
  it("fails nothing in the plan: the GitHub effects are applied, the failure is logged and told once", async () => {
    const url = await downUrl();
    const log: string[] = [];
    const failures: string[] = [];
    const applied = await applyPlan(
      createClient({ token: "t", throttle: false }),
      [effect("slack")],
      {
        owner: "acme",
        repo: "board",
        project: null,
        dryRun: false,
        log: (l) => log.push(l),
        secrets: { ROUNDTABLE_HOOK: url },
        post: { sleep: async () => {} },
        onFailure: (_e, error) => failures.push(error.message),
      },
    );
    expect(applied).toEqual([]);
    expect(failures).toEqual(["could not connect (after 3 tries)"]);
    expect(log).toEqual([
      "could not notify slack: Meeting ended: On-call: could not connect (after 3 tries)",
    ]);
  });
});
