// Queries that clients send again and again run as JavaScript compiled for them by graphql-jit, rather
// than through graphql-js's general executor: in-process, a page of 100 figures with their documents took
// 2.4 ms of CPU through graphql-js and 1.6 ms compiled, of which about 1 ms is SQL and JSON in both.
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** What is known of a parsed query: seen once, compiled, or to be run by graphql-js for good. */
type Plan = 'seen-once' | 'interpret' | { operation: OperationDefinitionNode; compiled: CompiledQuery };

/**
 * Compiles a query the second time its parsed document runs, never the first: compiling costs about as
 * much as running it once (0.6-1.4 ms for a page of figures), and a stranger who sends a new query each
 * time must not make the server compile each one. Documents come from the parse cache
 * (api/graphql/limits.ts), so a query sent again is the same object, and its compiled code goes when the
 * document leaves that cache.
 *
 * Only documents of one operation, a query, are compiled. Mutations are rare; subscriptions stay with
 * graphql-js, since through @envelop/graphql-jit a filtered subscription sent the API tests a figure its
 * filter rejects.
 *
 * graphql-jit rejects a bad variable without the scalar's or the enum's own reason ("Expected type Date."
 * instead of "Date must be a day written YYYY-MM-DD"), so where it refuses the variables, graphql-js's
 * answer is given instead. Checking every request's variables with graphql-js first cost 0.08 ms.
 *
 * `onCompile` is told of each query compiled.
 */
export function useCompiledQueries(onCompile?: (document: DocumentNode) => void): Plugin {
  const plans = new WeakMap<DocumentNode, Plan>();

  function planFor({ schema, document }: ExecutionArgs): Plan {
    const known = plans.get(document);
    if (known === undefined) {
      plans.set(document, 'seen-once');
      return 'seen-once';
    }
    if (known !== 'seen-once') return known;
    const plan = compiledPlan(schema, document);
    plans.set(document, plan);
    if (plan !== 'interpret') onCompile?.(document);
    return plan;
  }

  return {
    onExecute({ args, setExecuteFn }) {
      const plan = planFor(args);
      if (typeof plan !== 'object') return;
      setExecuteFn((run) => {
        const withReasons = (result: ExecutionResult): ExecutionResult => {
          // An answer without data is graphql-jit refusing the variables before running anything.
          if ('data' in result) return result;
          const { errors } = getVariableValues(
            run.schema,
            plan.operation.variableDefinitions ?? [],
            run.variableValues ?? {},
          );
          return errors ? { errors } : result;
        };
        const result = plan.compiled.query(run.rootValue, run.contextValue, run.variableValues);
        return result instanceof Promise ? result.then(withReasons) : withReasons(result);
      });
    },
  };
}

/** The document compiled, if it holds one operation and that is a query; else left to graphql-js. */
function compiledPlan(schema: GraphQLSchema, document: DocumentNode): Plan {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1 || operations[0].operation !== 'query') return 'interpret';
  try {
    const compiled = compileQuery(schema, document);
    return isCompiledQuery(compiled) ? { operation: operations[0], compiled } : 'interpret';
  } catch {
    // A query graphql-jit cannot compile still runs, through graphql-js.
    return 'interpret';
  }
}
