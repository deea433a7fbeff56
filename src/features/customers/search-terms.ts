import { fold } from '../../lib/text';

/** A query made only of digits and what people put between them: "07 07 12", "+225 07-07". */
const PHONE_QUERY = /^[\s\d\u0660-\u0669\u06F0-\u06F9+().-]+$/;

/** The words of a query; a number typed with spaces ("07 07 12") is one word of digits. */
export function queryTerms(query: string): string[] {
  const folded = fold(query);
  if (PHONE_QUERY.test(query)) {
    const digits = folded.replace(/ /g, '');
    // "+" and "00" say the number is written in international form.
    return digits ? [query.trim().startsWith('+') ? `+${digits}` : digits] : [];
  }
  return folded.split(' ').filter(Boolean);
}

/** What a term is looked up by in her search words (a number's "+" is not in them). */
export function wordOf(term: string): string {
  return term.replace(/^\+/, '');
}

/** Whether a term is also looked up in the numbers: digits only, once the country is known. */
export function looksUpPhone(term: string, country: string | undefined): country is string {
  return Boolean(country) && /^\d+$/.test(wordOf(term));
}

/** People seen most recently first; then by name; then by id (so every search orders alike). */
export function byRecency(
  a: { lastSeenAt: number; nameKey: string; id: string },
  b: { lastSeenAt: number; nameKey: string; id: string },
): number {
  return (
    b.lastSeenAt - a.lastSeenAt ||
    a.nameKey.localeCompare(b.nameKey) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}
