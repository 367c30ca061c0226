/** GitHub compares label names without regard to case; option names are matched the same way. */
export function sameName(a: string, b: string): boolean {
  return a.length === b.length && a.toLowerCase() === b.toLowerCase();
}
