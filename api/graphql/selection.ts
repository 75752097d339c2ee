import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, below the current field, for the field path given (`edges.node.document`),
 * looking through fragments. Lets a resolver fetch ahead only what will be used.
 */
export function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  const visit = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set) return false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== path[depth]) continue;
        if (depth === path.length - 1 || visit(selection.selectionSet, depth + 1)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (visit(selection.selectionSet, depth)) return true;
      } else if (visit(info.fragments[selection.name.value]?.selectionSet, depth)) {
        return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => visit(node.selectionSet, 0));
}
