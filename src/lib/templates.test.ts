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
