import { describe, expect, it } from 'vitest';
import { fillTemplate, missingPlaceholders, productValues, unknownPlaceholders } from './templates';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('templates', () => {
  it('fills placeholders with the values given', () => {
    const text = 'Bonjour {prenom}, votre réservation ({quantite} {produit}) est prête. {vendeur}';
    expect(
      fillTemplate(text, {
        prenom: 'Awa',
        quantite: '2 tas',
        produit: 'piment',
        vendeur: 'Maman Awa',
      }),
    ).toBe('Bonjour Awa, votre réservation (2 tas piment) est prête. Maman Awa');
  });
  it('shows what is missing and what is unknown', () => {
    const text = 'Pardon {prenom} pour {motif} {vendeur} {nom}';
    expect(fillTemplate(text, { prenom: 'Awa' })).toBe('Pardon Awa pour {motif} {vendeur} {nom}');
    expect(missingPlaceholders(text, { prenom: 'Awa' })).toEqual(['motif', 'vendeur']);
    expect(unknownPlaceholders(text)).toEqual(['nom']);
  });
  it('reads only the message’s own values: {constructor} stays as the seller typed it', () => {
    const text = 'Bonjour {prenom} {constructor} {toString} {__proto__}';
    expect(fillTemplate(text, { prenom: 'Awa' })).toBe(
      'Bonjour Awa {constructor} {toString} {__proto__}',
    );
  });
});

describe('templates in French', () => {
  it('say "la tomate est arrivée", with a capital where a sentence starts', () => {
    const tomate = productValues({ name: 'Tomate' }, 'fr');
    expect(fillTemplate('Bonjour Awa, {arrivage} !', tomate, 'fr')).toBe(
      'Bonjour Awa, la tomate est arrivée\u202f!',
    );
    expect(fillTemplate('{arrivage} !', tomate, 'fr')).toBe('La tomate est arrivée\u202f!');
    // The seller's own product gender wins over the guess.
    expect(productValues({ name: 'Gombo', gender: 'f' }, 'fr').arrivage).toBe(
      'la gombo est arrivée',
    );
  });
  it('elide "de" before a vowel, and never say "marché de marché"', () => {
    const values = { ...productValues({ name: 'Arachide' }, 'fr'), marche: "marché d'Adjamé" };
    expect(fillTemplate('2 tas de {produit}', values, 'fr')).toBe("2 tas d'arachide");
    // A text written when {marche} was the market's bare name.
    expect(fillTemplate('Je serai au marché de {marche}.', values, 'fr')).toBe(
      "Je serai au marché d'Adjamé.",
    );
    expect(fillTemplate('at {marche} market.', { marche: 'Adjamé market' }, 'en')).toBe(
      'at Adjamé market.',
    );
  });
  it('keep a no-break space before ! ? : ; in French only', () => {
    const text = 'Bonjour {prenom}, cela fait longtemps ! Comment allez-vous ? {vendeur}';
    const fr = fillTemplate(text, { prenom: 'Awa', vendeur: 'Maman Awa' }, 'fr');
    expect(fr).toMatch(/longtemps\u202f! Comment allez-vous\u202f\?/);
    expect(nb(fr)).toBe('Bonjour Awa, cela fait longtemps ! Comment allez-vous ? Maman Awa');
    expect(fillTemplate('Hello {prenom} !', { prenom: 'Awa' }, 'en')).toBe('Hello Awa !');
  });
});

describe('values left out on purpose', () => {
  it('take their space with them, and are not "missing"', () => {
    const text = 'Il reste {reste} à régler chez {vendeur}. {paiement} Merci !';
    const values = { vendeur: 'Maman Awa', reste: '600 FCFA', paiement: null };
    expect(fillTemplate(text, values)).toBe('Il reste 600 FCFA à régler chez Maman Awa. Merci !');
    expect(missingPlaceholders(text, values)).toEqual([]);
    // Undefined is still missing: the preview shows it.
    expect(missingPlaceholders(text, { vendeur: 'M' })).toEqual(['reste', 'paiement']);
    expect(unknownPlaceholders(text)).toEqual([]);
  });

  it('read only the message’s own values', () => {
    expect(fillTemplate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});
