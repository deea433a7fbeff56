import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  marketDayText,
  missingPlaceholders,
  productValues,
  sellerValues,
  templateText,
  unknownPlaceholders,
} from './templates';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const awa = {
  sellerName: 'Maman Awa',
  marketName: 'Adjamé',
  marketDay: 6,
  language: 'fr',
} as const;

describe('templates', () => {
  it('fills placeholders with the values given', () => {
    const text = templateText('reservation', {}, 'fr');
    expect(
      fillTemplate(text, {
        prenom: 'Awa',
        quantite: '2 tas',
        produit: 'piment',
        vendeur: 'Maman Awa',
      }),
    ).toBe('Bonjour Awa, votre réservation (2 tas de piment) est prête. Maman Awa');
  });
  it('writes the announcement in good French: "la tomate est arrivée", "au marché d\'Adjamé"', () => {
    const text = templateText('arrivage', {}, 'fr');
    const values = {
      ...sellerValues(awa),
      prenom: 'Awa',
      ...productValues({ name: 'Tomate' }, 'fr'),
    };
    expect(fillTemplate(text, values, 'fr')).toBe(
      "Bonjour Awa, la tomate est arrivée\u202f! Je serai au marché d'Adjamé samedi. Maman Awa",
    );
    // A text of her own that starts a sentence with it gets its capital.
    expect(fillTemplate('{arrivage} !', values, 'fr')).toBe('La tomate est arrivée\u202f!');
    // The seller's own product gender wins over the guess.
    expect(productValues({ name: 'Gombo', gender: 'f' }, 'fr').arrivage).toBe(
      'la gombo est arrivée',
    );
  });
  it('elides "de" before a vowel and never says "marché de marché"', () => {
    const values = { ...sellerValues(awa), ...productValues({ name: 'Arachide' }, 'fr') };
    expect(fillTemplate('2 tas de {produit}', values, 'fr')).toBe("2 tas d'arachide");
    // A text written when {marche} was the bare name.
    expect(fillTemplate('Je serai au marché de {marche} {jour}.', values, 'fr')).toBe(
      "Je serai au marché d'Adjamé samedi.",
    );
    expect(
      fillTemplate(
        'I will be at {marche} market {jour}.',
        sellerValues({ ...awa, language: 'en' }),
        'en',
      ),
    ).toBe('I will be at Adjamé market Saturday.');
  });
  it('keeps a no-break space before ! ? : ; in French only', () => {
    const text = templateText('nouvelles', {}, 'fr');
    const fr = fillTemplate(text, { prenom: 'Awa', vendeur: 'Maman Awa' }, 'fr');
    expect(fr).toMatch(/longtemps\u202f! Comment allez-vous\u202f\?/);
    expect(nb(fr)).toBe('Bonjour Awa, cela fait longtemps ! Comment allez-vous ? Maman Awa');
    const en = fillTemplate(templateText('nouvelles', {}, 'en'), { prenom: 'Awa' }, 'en');
    expect(en).not.toMatch(/[\u00a0\u202f]/);
  });
  it('uses the seller’s own text over the default, and the default for a blank one', () => {
    expect(templateText('merci', { merci: 'Merci {prenom} !' }, 'fr')).toBe('Merci {prenom} !');
    expect(templateText('merci', { merci: '   ' }, 'fr')).toContain('merci pour votre achat');
  });
  it('shows what is missing and what is unknown', () => {
    const text = 'Pardon {prenom} pour {motif} {vendeur} {nom}';
    expect(fillTemplate(text, { prenom: 'Awa' })).toBe('Pardon Awa pour {motif} {vendeur} {nom}');
    expect(missingPlaceholders(text, { prenom: 'Awa' })).toEqual(['motif', 'vendeur']);
    expect(unknownPlaceholders(text)).toEqual(['nom']);
  });
});

describe('marketDayText', () => {
  it('names the market day in the seller’s language', () => {
    expect(marketDayText(6, 'fr')).toBe('samedi');
    expect(marketDayText(0, 'fr')).toBe('dimanche');
    expect(marketDayText(1, 'en')).toBe('Monday');
    expect(marketDayText(-1, 'fr')).toBe('tous les jours');
  });
});
