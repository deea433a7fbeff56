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
});

describe('marketDayText', () => {
  it('names the market day in the seller’s language', () => {
    expect(marketDayText(6, 'fr')).toBe('samedi');
    expect(marketDayText(0, 'fr')).toBe('dimanche');
    expect(marketDayText(1, 'en')).toBe('Monday');
    expect(marketDayText(-1, 'fr')).toBe('tous les jours');
  });
});

describe('the credit book’s templates', () => {
  it('fill {reste}, {montant} and {paiement}, as PRODUCT.md writes them', () => {
    const values = { prenom: 'Awa', vendeur: 'Maman Awa', reste: '600 FCFA', montant: '400 FCFA' };
    expect(
      fillTemplate(templateText('rappel', {}, 'fr'), { ...values, paiement: 'Wave : 0707' }),
    ).toBe(
      'Bonjour Awa, petit rappel : il reste 600 FCFA à régler chez Maman Awa. Wave : 0707 Merci et à bientôt !',
    );
    expect(fillTemplate(templateText('recu', {}, 'fr'), values)).toBe(
      "Bonjour Awa, j'ai bien reçu 400 FCFA. Il reste 600 FCFA à régler. Merci ! Maman Awa",
    );
    expect(unknownPlaceholders(templateText('rappel', {}, 'en'))).toEqual([]);
  });

  it('leave out payment details the seller has not written, with their space', () => {
    const text = templateText('rappel', {}, 'fr');
    const filled = fillTemplate(text, {
      prenom: 'Awa',
      vendeur: 'Maman Awa',
      reste: '600 FCFA',
      paiement: null,
    });
    expect(filled).toBe(
      'Bonjour Awa, petit rappel : il reste 600 FCFA à régler chez Maman Awa. Merci et à bientôt !',
    );
    expect(
      missingPlaceholders(text, { prenom: 'Awa', vendeur: 'M', reste: '1', paiement: null }),
    ).toEqual([]);
    // Undefined is still "missing": the preview shows it.
    expect(missingPlaceholders(text, { prenom: 'Awa', vendeur: 'M' })).toEqual([
      'reste',
      'paiement',
    ]);
  });
});
