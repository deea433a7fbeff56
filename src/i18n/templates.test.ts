import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../lib/languages';
import { TEMPLATE_KINDS, fillTemplate, productValues, unknownPlaceholders } from '../lib/templates';
import {
  defaultTemplate,
  marketDayText,
  marketPhrase,
  sellerValues,
  templateText,
} from './templates';

describe('default message templates', () => {
  it('exist in every language, with only the placeholders the app fills', () => {
    for (const lang of LANGUAGE_CODES) {
      for (const kind of TEMPLATE_KINDS) {
        const text = defaultTemplate(lang, kind);
        expect(text, `${lang} ${kind}`).toContain('{prenom}');
        expect(unknownPlaceholders(text), `${lang} ${kind}`).toEqual([]);
      }
    }
  });

  it('are written in the seller’s language', () => {
    expect(defaultTemplate('fr', 'merci')).toContain('merci pour votre achat');
    expect(defaultTemplate('en', 'merci')).toContain('thank you');
    expect(defaultTemplate('ar', 'merci')).toContain('شكرًا');
  });

  it('give way to the seller’s own text, and come back for a blank one', () => {
    expect(templateText('merci', { merci: 'Merci {prenom} !' }, 'fr')).toBe('Merci {prenom} !');
    expect(templateText('merci', { merci: '   ' }, 'fr')).toContain('merci pour votre achat');
    expect(templateText('merci', {}, 'ar')).toBe(defaultTemplate('ar', 'merci'));
  });
});

describe('marketDayText', () => {
  it('names the market day as a message says it, in the seller’s language', () => {
    expect(marketDayText(6, 'fr')).toBe('samedi');
    expect(marketDayText(0, 'fr')).toBe('dimanche');
    expect(marketDayText(1, 'en')).toBe('on Monday');
    expect(marketDayText(6, 'ar')).toBe('يوم السبت');
    expect(marketDayText(-1, 'fr')).toBe('tous les jours');
    expect(marketDayText(-1, 'en')).toBe('every day');
    expect(marketDayText(-1, 'ar')).toBe('كل يوم');
  });

  it('fills an Arabic announcement whole', () => {
    const seller = {
      sellerName: 'أم سالم',
      marketName: 'إنزكان',
      marketDay: 3,
      language: 'ar' as const,
    };
    const text = fillTemplate(
      defaultTemplate('ar', 'arrivage'),
      { ...sellerValues(seller), prenom: 'فاطمة', ...productValues({ name: 'الطماطم' }, 'ar') },
      'ar',
    );
    expect(text).toBe(
      'السلام عليكم فاطمة، وصلت سلعة جديدة: الطماطم! سأكون في سوق إنزكان يوم الأربعاء. أم سالم',
    );
  });
});

describe('the default announcement, filled', () => {
  const awa = { sellerName: 'Maman Awa', marketName: 'Adjamé', marketDay: 6 };

  it('reads "la tomate est arrivée" and "au marché d’Adjamé" in French', () => {
    const seller = { ...awa, language: 'fr' as const };
    const text = fillTemplate(
      defaultTemplate('fr', 'arrivage'),
      { ...sellerValues(seller), prenom: 'Awa', ...productValues({ name: 'Tomate' }, 'fr') },
      'fr',
    );
    expect(text).toBe(
      "Bonjour Awa, la tomate est arrivée\u202f! Je serai au marché d'Adjamé samedi. Maman Awa",
    );
  });

  it('reads "Tomatoes have arrived" and "at Adjamé market on Saturday" in English', () => {
    const seller = { ...awa, language: 'en' as const };
    const text = fillTemplate(
      defaultTemplate('en', 'arrivage'),
      { ...sellerValues(seller), prenom: 'Awa', ...productValues({ name: 'Tomatoes' }, 'en') },
      'en',
    );
    expect(text).toBe(
      'Hello Awa, Tomatoes have arrived! I will be at Adjamé market on Saturday. Maman Awa',
    );
  });
});

describe('marketPhrase', () => {
  it('never repeats "marché", and elides before a vowel', () => {
    expect(marketPhrase('Adjamé', 'fr')).toBe("marché d'Adjamé");
    expect(marketPhrase('Treichville', 'fr')).toBe('marché de Treichville');
    expect(marketPhrase('marché d’Adjamé', 'fr')).toBe('marché d’Adjamé');
    expect(marketPhrase('Grand marché de Bouaké', 'fr')).toBe('Grand marché de Bouaké');
    expect(marketPhrase('Marche de Cocody', 'fr')).toBe('Marche de Cocody');
    expect(marketPhrase('Adjamé', 'en')).toBe('Adjamé market');
    expect(marketPhrase('Kumasi Central Market', 'en')).toBe('Kumasi Central Market');
    expect(marketPhrase('إنزكان', 'ar')).toBe('سوق إنزكان');
    expect(marketPhrase('سوق الأحد', 'ar')).toBe('سوق الأحد');
  });
});

describe('the credit book’s defaults', () => {
  it('are PRODUCT.md’s rappel and reçu, gentle in every language', () => {
    const values = {
      prenom: 'Awa',
      vendeur: 'Maman Awa',
      reste: '600 FCFA',
      montant: '400 FCFA',
      paiement: 'Wave : 07 07 12 34 56',
    };
    expect(fillTemplate(templateText('rappel', {}, 'fr'), values)).toBe(
      'Bonjour Awa, petit rappel : il reste 600 FCFA à régler chez Maman Awa. Wave : 07 07 12 34 56 Merci et à bientôt !',
    );
    expect(fillTemplate(templateText('recu', {}, 'fr'), values)).toBe(
      "Bonjour Awa, j'ai bien reçu 400 FCFA. Il reste 600 FCFA à régler. Merci ! Maman Awa",
    );
    for (const lang of LANGUAGE_CODES) {
      expect(defaultTemplate(lang, 'rappel'), lang).toContain('{reste}');
      expect(defaultTemplate(lang, 'rappel'), lang).toContain('{paiement}');
      expect(defaultTemplate(lang, 'recu'), lang).toContain('{montant}');
    }
  });
});
