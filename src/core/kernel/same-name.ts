/** GitHub compares label names without regard to case; option names are matched the same way. */
export function sameName(a: string, b: string): boolean {
  // The same string first: no lower-cased copies (a 100k-issue board compares millions of names).
  return a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());
}
