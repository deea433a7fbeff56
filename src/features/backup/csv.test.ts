import { describe, expect, it } from 'vitest';
import type { CreditEntry, Customer, Sale } from '../../lib/domain';
import frStall from '../../i18n/fr/stall';
import type { MessageKey } from '../../i18n';
import { csvCell, customersCsv, profileLabel, salesCsv, toCsv, type CsvLabels } from './csv';
import { creditCsv } from './csv-credit';

const comma = { semicolon: false };
const semi = { semicolon: true };
const labels = (header: string[]): CsvLabels => ({
  header,
  yes: 'oui',
  no: 'non',
  passing: 'Client de passage',
  profile: (p) => p,
});

describe('CSV', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    const text = toCsv([['Prénom'], ['Adèle']], comma);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('Prénom\r\nAdèle\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('dit "le grand"', comma)).toBe('"dit ""le grand"""');
    expect(csvCell('Tantie, la couturière', comma)).toBe('"Tantie, la couturière"');
    expect(csvCell('Tantie, la couturière', semi)).toBe('Tantie, la couturière');
    expect(csvCell('Tantie; la couturière', semi)).toBe('"Tantie; la couturière"');
    expect(csvCell('la cousine\nde Treichville', comma)).toBe('"la cousine\nde Treichville"');
    expect(csvCell('Maman 🌶️', comma)).toBe('Maman 🌶️');
  });

  it('defuses formulas in text but keeps numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")', comma)).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+2250707123456', comma)).toBe("'+2250707123456");
    expect(csvCell('-1', comma)).toBe("'-1");
    expect(csvCell('@voisine', comma)).toBe("'@voisine");
    expect(csvCell(12.5, semi)).toBe('12,5');
    expect(csvCell(12.5, comma)).toBe('12.5');
    expect(csvCell(1500, semi)).toBe('1500');
  });

  it('writes customers with who recommended them', () => {
    const base = {
      acceptsMessages: true,
      channel: 'whatsapp' as const,
      searchWords: [],
      nameKey: '',
      lastSeenAt: 0,
      createdAt: 0,
      updatedAt: 0,
    };
    const customers: Customer[] = [
      { ...base, id: 'a', firstName: 'Awa', nickname: 'du marché' },
      {
        ...base,
        id: 'b',
        firstName: 'Bintou',
        recommendedById: 'a',
        acceptsMessages: false,
        notes: '=1+1',
      },
    ];
    const lines = customersCsv(
      customers,
      labels(['Prénom', 'Surnom', 'Tél', 'Q', 'Par', 'Profil', 'Notes', 'Msg', 'Créé', 'Vu']),
      semi,
    ).split('\r\n');
    expect(lines[2]).toMatch(/^Bintou;;;;Awa du marché;;'=1\+1;non;/);
  });

  it('writes one row per sale line, in the currency’s units', () => {
    const sale: Sale = {
      id: 's1',
      customerId: 'a',
      at: new Date(2026, 10, 22, 9, 5).getTime(),
      lines: [
        { name: 'Piment', unit: 'tas', unitPriceMinor: 500, quantity: 2 },
        { name: 'Arachide', unit: 'sachet', unitPriceMinor: 250, quantity: 1 },
      ],
      productIds: [],
      totalMinor: 1250,
      manualTotal: false,
      createdAt: 0,
      updatedAt: 0,
    };
    const passing: Sale = {
      ...sale,
      id: 's2',
      customerId: undefined,
      lines: [],
      totalMinor: 1250,
      manualTotal: true,
    };
    const text = salesCsv(
      [sale, passing],
      new Map([['a', { firstName: 'Awa' }]]),
      'MAD',
      labels(['h']),
      semi,
    );
    expect(text.split('\r\n').slice(1, 4)).toEqual([
      '2026-11-22 09:05;Awa;Piment;2;tas;5;10;12,5;s1',
      '2026-11-22 09:05;Awa;Arachide;1;sachet;2,5;2,5;12,5;s1',
      '2026-11-22 09:05;Client de passage;;;;;;12,5;s2',
    ]);
  });

  it('writes profiles in the seller’s words, not as internal codes', () => {
    const t = (key: MessageKey) => (frStall as Record<string, string>)[key] ?? key;
    const c: Customer = {
      id: 'a',
      firstName: 'Awa',
      profile: 'acheteur-pour-autres',
      acceptsMessages: true,
      channel: 'whatsapp',
      searchWords: [],
      nameKey: 'awa',
      lastSeenAt: 0,
      createdAt: 0,
      updatedAt: 0,
    };
    const text = customersCsv(
      [c, { ...c, id: 'b', profile: 'prescripteur' }],
      { ...labels(['Prénom', 'Profil']), profile: profileLabel(t) },
      semi,
    );
    expect(text).toContain('Achète pour d’autres');
    expect(text).toContain('Prescripteur');
    expect(text).not.toContain('acheteur-pour-autres');
  });
});

describe('the Crédits spreadsheet', () => {
  it('lists every entry with the running balance, and says what was corrected or struck out', () => {
    const at = new Date(2026, 10, 3, 9, 0).getTime();
    const e = (over: Partial<CreditEntry> & Pick<CreditEntry, 'id' | 'kind' | 'amountMinor'>) =>
      ({
        lineId: over.id,
        customerId: 'c1',
        at,
        createdAt: at,
        updatedAt: at,
        ...over,
      }) as CreditEntry;
    const entries = [
      e({ id: 'a', kind: 'credit', amountMinor: 600, saleId: 's1' }),
      e({ id: 'a2', lineId: 'a', kind: 'credit', amountMinor: 700, createdAt: at + 86_400_000 }),
      e({ id: 'p', kind: 'paiement', amountMinor: 250, way: 'wave', at: at + 3600_000 }),
    ];
    const customers = new Map([
      ['c1', { firstName: 'Adèle', nickname: 'du quartier Zongo', nameKey: 'adele' }],
    ]);
    const text = creditCsv(
      entries,
      customers,
      'XOF',
      {
        header: [
          'Date',
          'Client',
          'Type',
          'Montant',
          'Moyen',
          'Paiera le',
          'Note',
          'État',
          'Solde',
          'Vente',
          'Entrée',
        ],
        kind: (k) => (k === 'credit' ? 'Crédit' : 'Paiement'),
        way: (w) => w,
        counts: 'compte',
        corrected: (d) => `corrigé le ${d}`,
        voided: (d) => `annulé le ${d}`,
      },
      semi,
    );
    expect(text.slice(1).split('\r\n').slice(1, 4)).toEqual([
      '2026-11-03 09:00;Adèle du quartier Zongo;Crédit;600;;;;corrigé le 2026-11-04;;s1;a',
      '2026-11-03 09:00;Adèle du quartier Zongo;Crédit;700;;;;compte;700;;a',
      '2026-11-03 10:00;Adèle du quartier Zongo;Paiement;250;wave;;;compte;450;;p',
    ]);
  });
});
