import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  marketDayText,
  missingPlaceholders,
  templateText,
  unknownPlaceholders,
} from './templates';

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
    ).toBe('Bonjour Awa, votre réservation (2 tas piment) est prête. Maman Awa');
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
  it('reads only the message’s own values: {constructor} stays as the seller typed it', () => {
    const text = 'Bonjour {prenom} {constructor} {toString} {__proto__}';
    expect(fillTemplate(text, { prenom: 'Awa' })).toBe(
      'Bonjour Awa {constructor} {toString} {__proto__}',
    );
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
