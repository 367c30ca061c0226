import examples from "@octokit/webhooks-examples/api.github.com/index.json" with { type: "json" };
import { installationId } from "./app-key.js";

/** A webhook payload of any event, edited freely by tests. */
// biome-ignore lint/suspicious/noExplicitAny: payloads of every event are edited here, each its own shape
export type Payload = any;

type Example = { name: string; examples: Array<Record<string, unknown> & { action?: string }> };

/**
 * A payload from @octokit/webhooks-examples, copied, with the installation the examples lack and
 * whatever else the test changes (labels, body, sender).
 */
export function example(
  name: string,
  action: string,
  change: (payload: Payload) => void = () => {},
): Payload {
  const group = (examples as unknown as Example[]).find((e) => e.name === name);
  const found = group?.examples.find((e) => (e.action ?? "") === action);
  if (!found) throw new Error(`no example ${name}.${action}`);
  const payload: Payload = structuredClone(found);
  payload.installation = {
    id: installationId,
    node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==",
  };
  change(payload);
  return payload;
}
