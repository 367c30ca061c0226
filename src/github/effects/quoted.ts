/** Names in quotes, for a description: `"To discuss", "Parked"`. */
export function quoted(names: string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}
