// Limits that keep one request from costing the server much more than a real dashboard query does.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ParseOptions,
  parse,
  type SelectionSetNode,
  type Source,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.ts';

/**
 * The most rows a query may ask for across all its connections, nested page sizes multiplied:
 * `documents(first: 20) { figures(first: 100) }` asks for 2,020.
 */
export const MAX_REQUESTED_ROWS = 5000;

/**
 * graphql-armor's limits, set at about twice what the dashboard's own queries need (checked in
 * tests/api/limits.test.ts): its deepest query has depth 7, its largest costs 4,400 (four aliased pages of
 * 100 figures), none has more than a few hundred tokens (MAX_TOKENS below). Cost counts each field once
 * per row a literal `first`/`last` asks for, without growing with depth.
 */
export const armorLimits = {
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  // Tokens are limited by the parser in useLimitedParse, which also caches documents.
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 10_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1 },
  blockFieldSuggestion: { enabled: true },
};

function pageSize(field: FieldNode): number {
  for (const name of ['first', 'last']) {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) continue;
    // Variables are unknown while validating; assume the largest page they may ask for.
    return arg.value.kind === Kind.INT ? Math.min(Number(arg.value.value), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
  }
  return DEFAULT_PAGE_SIZE;
}

/** Rejects operations whose connections, multiplied through their nesting, ask for too many rows. */
export const requestedRowsRule: ValidationRule = (context) => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const schema = context.getSchema();

  const count = (
    set: SelectionSetNode,
    type: GraphQLNamedType,
    multiplier: number,
    path: Set<string>,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet || !(isObjectType(type) || isInterfaceType(type))) continue;
        const definition = type.getFields()[selection.name.value];
        if (!definition) continue;
        const isConnection = definition.args.some((a) => a.name === 'first');
        const size = isConnection ? pageSize(selection) : 1;
        if (isConnection) total += multiplier * size;
        total += count(selection.selectionSet, getNamedType(definition.type), multiplier * size, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (inner) total += count(selection.selectionSet, inner, multiplier, path);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const inner = fragment && schema.getType(fragment.typeCondition.name.value);
        // A fragment cycle is reported by graphql's own rules; here it only must not loop.
        if (!fragment || !inner || path.has(name)) continue;
        total += count(fragment.selectionSet, inner, multiplier, new Set([...path, name]));
      }
    }
    return total;
  };

  return {
    OperationDefinition(operation) {
      const root =
        operation.operation === 'query'
          ? schema.getQueryType()
          : operation.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) return;
      const rows = count(operation.selectionSet, root, 1, new Set());
      if (rows > MAX_REQUESTED_ROWS) {
        context.reportError(
          new GraphQLError(
            `This query could return up to ${rows} rows across its connections; the limit is ` +
              `${MAX_REQUESTED_ROWS}. Ask for smaller or fewer nested pages.`,
            { nodes: operation, extensions: { code: 'QUERY_TOO_LARGE' } },
          ),
        );
      }
    },
  };
};

export const MAX_TOKENS = 2000;
const PARSE_CACHE_SIZE = 1000;

/**
 * Parses with graphql-js's own token limit, and remembers the documents of recent queries: the dashboard
 * sends the same few again and again.
 */
function useLimitedParse(): Plugin {
  const cache = new Map<string, DocumentNode>();
  const limitedParse = (source: string | Source, options?: ParseOptions): DocumentNode => {
    const text = typeof source === 'string' ? source : source.body;
    let document = cache.get(text);
    if (!document) {
      document = parse(source, { ...options, maxTokens: MAX_TOKENS });
      if (cache.size >= PARSE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(text, document);
    }
    return document;
  };
  return { onParse: ({ setParseFn }) => setParseFn(limitedParse) };
}

export function limitPlugins(): Plugin[] {
  return [
    useLimitedParse(),
    EnvelopArmorPlugin(armorLimits),
    {
      onValidate({ addValidationRule }) {
        addValidationRule(requestedRowsRule);
      },
    },
  ];
}
