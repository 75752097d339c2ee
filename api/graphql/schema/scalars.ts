import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function parseDay(value: unknown): string {
  if (typeof value === 'string' && isRealDay(value)) return value;
  throw new GraphQLError(`Date must be a day written YYYY-MM-DD, not ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

builder.scalarType('Date', {
  description:
    'A calendar day, `YYYY-MM-DD`. A figure dated to a month gives the first day of that month and says so ' +
    'in its `datePrecision`.',
  // Month-precision dates are stored as `YYYY-MM`.
  serialize: (value) => (String(value).length === 7 ? `${value}-01` : String(value)),
  parseValue: parseDay,
  parseLiteral: (node) => parseDay(node.kind === Kind.STRING ? node.value : undefined),
});
