/**
 * The search in memory finds what the notebook's search finds: the same customers, in the same
 * order, for any notebook and any query (names, nicknames, quartiers, numbers typed in national
 * or international form, several words, nothing to find, blank), whatever the limit.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../db/db';
import { searchLine } from '../../db/search-shards';
import type { Customer } from '../../lib/domain';
import { loadPhoneLib, phonePrefixesWith } from '../../lib/phone';
import { customerNameKey, customerSearchWords } from '../../lib/text';
import { freshDb } from '../../test/fixtures';
import { searchCustomers } from './queries';
import { searchIndexOf, type PhonePrefixes, type SearchHit } from './search-index';

const opened: AssohDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const FIRST = ['Awa', 'Aminata', 'Adjoa', 'Fatou', 'Fatoumata', 'Ébène', 'N’Guessan', 'Kadi'];
const NICK = [undefined, 'la tante', 'Maman Awa', 'fille de Fatou', ''];
const AREA = [undefined, 'Adjamé', 'Treichville'];
const PHONE = [undefined, '+2250707123456', '+2250708123456', '+2250101987654', '+22997123456'];

interface Spec {
  first: string;
  nickname?: string;
  area?: string;
  phone?: string;
  seen: number;
}

const customerArb: fc.Arbitrary<Spec> = fc.record({
  first: fc.constantFrom(...FIRST),
  nickname: fc.constantFrom(...NICK),
  area: fc.constantFrom(...AREA),
  phone: fc.constantFrom(...PHONE),
  // Few distinct times: ties in recency, which the order must settle the same way.
  seen: fc.integer({ min: 1, max: 6 }),
});

function rows(specs: Spec[]): Customer[] {
  return specs.map(({ first, nickname, area, phone, seen }, i) => {
    return {
      id: `c${String(i).padStart(2, '0')}`,
      firstName: first,
      ...(nickname !== undefined ? { nickname } : {}),
      ...(area ? { area } : {}),
      ...(phone ? { phone } : {}),
      acceptsMessages: true,
      channel: 'whatsapp',
      searchWords: customerSearchWords({ firstName: first, nickname, area }),
      nameKey: customerNameKey(first, nickname),
      lastSeenAt: seen * 1000,
      createdAt: 1,
      updatedAt: 1,
    } as Customer;
  });
}

const queryArb = fc.oneof(
  fc.constantFrom('a', 'fa', 'fatou', 'FATOUM', 'ebe', 'n', 'guess', 'la', 'tante', 'maman a'),
  fc.constantFrom('adj', 'treich', 'fatou tante', 'awa awa', 'zz', '', '   ', '🙂', 'Fatou-'),
  fc.constantFrom('07', '0707', '07 07 12', '+225 07', '00225 01', '2250707', '+229', '0'),
  fc.constantFrom('97', '+', '1', '٠٧'),
);

const hit = (c: Customer): SearchHit =>
  c.nickname
    ? { id: c.id, firstName: c.firstName, nickname: c.nickname, lastSeenAt: c.lastSeenAt }
    : { id: c.id, firstName: c.firstName, lastSeenAt: c.lastSeenAt };

describe('the search in memory', () => {
  it('finds what the notebook finds, in the same order', async () => {
    const lib = await loadPhoneLib();
    const prefixes: PhonePrefixes = (term, country) => phonePrefixesWith(lib, term, country);
    await fc.assert(
      fc.asyncProperty(
        fc.array(customerArb, { maxLength: 14 }),
        fc.array(
          fc.record({
            query: queryArb,
            limit: fc.integer({ min: 1, max: 8 }),
            country: fc.constantFrom(undefined, 'CI', 'BJ'),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (specs, queries) => {
          const db = freshDb();
          opened.push(db);
          await db.customers.bulkPut(rows(specs));
          const index = searchIndexOf(await db.searchShards.toArray());
          for (const { query, limit, country } of queries) {
            const inNotebook = (await searchCustomers(db, query, limit, country)).map(hit);
            expect(index.find(query, limit, country, prefixes)).toEqual(inNotebook);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('waits for the phone library only where a number is typed and the country known', () => {
    const index = searchIndexOf([
      { lines: [searchLine(rows([{ first: 'Awa', phone: '+2250707123456', seen: 1 }])[0]!)] },
    ]);
    expect(index.find('0707', 5, 'CI')).toBeNull();
    expect(index.find('0707', 5, undefined)).toEqual([]);
    expect(index.find('awa', 5, 'CI')).toEqual([{ id: 'c00', firstName: 'Awa', lastSeenAt: 1000 }]);
  });
});
