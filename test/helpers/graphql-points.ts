import {
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  parse,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/** The few operations a run sends, parsed once. */
const parsed = new Map<string, DocumentNode>();

/**
 * The primary rate-limit points GitHub charges for one GraphQL call, by its published formula
 * ("Calculating a rate limit score before running a call",
 * https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api):
 * add up the requests needed to fulfil each connection, assuming every one reaches its `first` or
 * `last` (a connection under a parent of 100 is requested 100 times), divide by 100, round; the
 * minimum for a call is 1 point. A mutation is charged 1 point.
 *
 * `nodes(ids: […])` is no connection, and the documentation says nothing of it: it is charged as
 * if it were a connection as long as its list (100 ids under it multiply what is below by 100),
 * the dearer reading, so that no figure here flatters a query that asks by id.
 */
export function graphqlPoints(query: string, variables: Record<string, unknown> = {}): number {
  const document = parsed.get(query) ?? parse(query);
  parsed.set(query, document);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 1;
  if (operation.operation === "mutation") return 1;

  const value = (node: ValueNode): unknown =>
    node.kind === Kind.VARIABLE
      ? variables[node.name.value]
      : node.kind === Kind.INT
        ? Number(node.value)
        : node.kind === Kind.BOOLEAN
          ? node.value
          : undefined;
  const skipped = (directives: readonly DirectiveNode[] = []) =>
    directives.some((d) => {
      const condition = d.arguments?.find((a) => a.name.value === "if");
      const on = condition ? Boolean(value(condition.value)) : true;
      return (d.name.value === "include" && !on) || (d.name.value === "skip" && on);
    });
  const pageSize = (args: readonly ArgumentNode[] = []) => {
    const limit = args.find((a) => a.name.value === "first" || a.name.value === "last");
    return limit ? Number(value(limit.value) ?? 0) : undefined;
  };
  const listSize = (args: readonly ArgumentNode[] = []) => {
    const ids = args.find((a) => a.name.value === "ids");
    if (!ids) return undefined;
    const list = ids.value.kind === Kind.LIST ? ids.value.values : value(ids.value);
    return Array.isArray(list) ? list.length : undefined;
  };

  let requests = 0;
  /** `times`: how often this selection is fetched (the product of the connections above it). */
  const walk = (set: SelectionSetNode | undefined, times: number) => {
    for (const selection of set?.selections ?? []) {
      if (skipped(selection.directives)) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        walk(fragments.get(selection.name.value)?.selectionSet, times);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, times);
      } else {
        const size = pageSize(selection.arguments);
        const ids = listSize(selection.arguments);
        if (ids !== undefined) walk(selection.selectionSet, times * ids);
        else if (size === undefined) walk(selection.selectionSet, times);
        else {
          requests += times;
          walk(selection.selectionSet, times * size);
        }
      }
    }
  };
  walk(operation.selectionSet, 1);
  return Math.max(1, Math.round(requests / 100));
}
