/**
 * The nodes of a connection. GitHub's schema types every connection, and each of its nodes, as
 * nullable; a missing one is skipped.
 */
export function nodesOf<T>(
  connection: { nodes?: ReadonlyArray<T | null> | null } | null | undefined,
): T[] {
  return (connection?.nodes ?? []).filter((node): node is T => node !== null);
}
