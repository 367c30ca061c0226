import { readFileSync } from "node:fs";
import { configJsonSchema } from "../src/config/json-schema.js";
import { topicFormYaml } from "../src/core/board/topic-form.js";
import { meetingFormYaml } from "../src/core/meetings/meeting-form.js";
import { keyResultFormYaml, objectiveFormYaml } from "../src/core/okrs/okr-forms.js";
import { roadmapFormYaml } from "../src/core/roadmap/roadmap-form.js";
import { spliceRegion, toMarkdown } from "../src/render/index.js";
import { configReference } from "./config-reference.js";
import { triggersPage } from "./trigger-docs.js";

/**
 * Files in the repository that are written from the code, so they can never disagree with it.
 * `npm run generate` writes them; a test fails when one is stale.
 */
export function generatedFiles(): Record<string, string> {
  return {
    "schema/roundtable.schema.json": `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
    "templates/ISSUE_TEMPLATE/topic.yml": topicFormYaml,
    "templates/ISSUE_TEMPLATE/roadmap-item.yml": roadmapFormYaml,
    "templates/ISSUE_TEMPLATE/objective.yml": objectiveFormYaml,
    "templates/ISSUE_TEMPLATE/key-result.yml": keyResultFormYaml,
    "templates/ISSUE_TEMPLATE/meeting.yml": meetingFormYaml,
    "docs/configuration.md": spliceRegion(
      readFileSync("docs/configuration.md", "utf8"),
      "config-reference",
      toMarkdown(configReference()),
      "docs/configuration.md",
    ),
    "docs/triggers.md": triggersPage(),
  };
}
