import { parseIssue } from "@github/issue-parser";
import { parseTopicForm, topicFormYaml } from "../src/core/index.js";

/**
 * Reading hostile 64 KB issue bodies (GitHub's limit is 65,536 characters): Roundtable's
 * line-based reader beside the library's `parseIssue`, whose splitting regex is quadratic.
 */
export function benchTopicForm(): void {
  const bodies: Array<[string, string]> = [
    ['"###" × 21,845', "###".repeat(21_845)],
    ['"#" × 65,536', "#".repeat(65_536)],
  ];
  for (const [name, body] of bodies) {
    const t0 = performance.now();
    parseTopicForm(body);
    const ours = performance.now() - t0;
    const t1 = performance.now();
    parseIssue(body, topicFormYaml);
    const library = performance.now() - t1;
    console.log(
      `hostile body ${name}: parseTopicForm ${ours.toFixed(1)} ms · @github/issue-parser parseIssue ${library.toFixed(0)} ms`,
    );
  }
}
