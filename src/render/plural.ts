/** A count with its noun: `1 vote`, `3 votes`, `2 people` (with `many` for an irregular plural). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
