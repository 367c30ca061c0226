import { lint } from "markdownlint/sync";

/**
 * The markdownlint problems of a page, one line each. Line length is not checked: a table row is
 * as long as its titles. Everything else is markdownlint's default rule set.
 */
export function markdownProblems(text: string): string[] {
  const results = lint({ strings: { page: text }, config: { default: true, MD013: false } });
  return (results.page ?? []).map(
    (r) =>
      `${r.lineNumber}: ${r.ruleNames.join("/")} ${r.ruleDescription}${r.errorDetail ? ` (${r.errorDetail})` : ""}`,
  );
}
