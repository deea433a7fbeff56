import { describe, expect, it } from 'vitest';
import { fillTemplate, missingPlaceholders, unknownPlaceholders } from './templates';

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
