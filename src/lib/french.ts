/**
 * What Intl writes in French for the first screen's figures, without Intl: the first French
 * NumberFormat, PluralRules or RelativeTimeFormat of a fresh page loads the locale's data, about
 * 80 ms of the home screen's first render on a slow phone. Only what is plain (whole numbers,
 * days, weeks, months ago); anything else returns null and goes through Intl. french.test.ts
 * checks every answer against Intl itself.
 */

/** "1 234 567": groups of three digits with a narrow no-break space, as Intl's `fr`. */
export function frenchWhole(n: number): string | null {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return null;
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '\u202f');
  return n < 0 ? `-${digits}` : digits;
}

/** Intl.PluralRules('fr') for a whole count: 0 and 1 are "one", whole millions "many". */
export function frenchPlural(n: number): Intl.LDMLPluralRule | null {
  if (!Number.isSafeInteger(n) || n < 0) return null;
  if (n < 2) return 'one';
  return n % 1_000_000 === 0 ? 'many' : 'other';
}

const AGO = {
  day: ['aujourd’hui', 'hier', 'avant-hier', 'jours'],
  week: ['cette semaine', 'la semaine dernière', null, 'semaines'],
  month: ['ce mois-ci', 'le mois dernier', null, 'mois'],
} as const;

/** Intl.RelativeTimeFormat('fr', { numeric: 'auto' }).format(-n, unit), for n whole and ≥ 0. */
export function frenchAgo(n: number, unit: keyof typeof AGO): string | null {
  const words = AGO[unit];
  const count = frenchWhole(n);
  if (count === null || n < 0) return null;
  const word = n < 3 ? words[n] : null;
  return word ?? `il y a ${count} ${words[3]}`;
}
