import { QUALIFIERS, type Qualifier } from '../../extract/types.ts';
import { builder } from '../builder.ts';

export const QualifierEnum = builder.enumType('Qualifier', {
  description: 'How the text hedges the number ("at least 40", "about 15,000", "between 3 and 5").',
  values: Object.fromEntries(QUALIFIERS.map((q) => [q.toUpperCase(), { value: q }])) as Record<
    Uppercase<Qualifier>,
    { value: Qualifier }
  >,
});

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'Whether a figure’s date names a day or only a month.',
  values: { DAY: { value: 'day' }, MONTH: { value: 'month' } } as const,
});
