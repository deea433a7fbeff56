import { beforeAll, describe, expect, it } from 'vitest';
import arCore from '../../i18n/ar/core';
import arStories from '../../i18n/ar/stories';
import enCore from '../../i18n/en/core';
import enStories from '../../i18n/en/stories';
import { loadArea, t, translator } from '../../i18n';
import { ValidationError } from '../../i18n/errors';
import { EMPTY_DRAFT, type StoryDraft } from './draft-store';
import {
  announcementText,
  composeStory,
  defaultWhen,
  priceWithUnit,
  waTextLink,
  type StoryContext,
} from './story-text';

// The stories' strings come with their screen, as in the app.
beforeAll(() => loadArea('stories'));

const nb = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
const tEn = translator({ ...enCore, ...enStories });
const tAr = translator({ ...arCore, ...arStories });

const awa: StoryContext = {
  t,
  lang: 'fr',
  currency: 'XOF',
  sellerName: 'Maman Awa',
  phone: '07 07 00 0001',
  marketName: 'Treichville',
  marketDay: 6,
};

const piment: StoryDraft = {
  ...EMPTY_DRAFT,
  template: 'arrivage',
  productName: '  Piment   frais ',
  price: '500',
  unit: 'tas',
  emoji: '🌶️',
};

describe('defaultWhen', () => {
  it('says the day and the market from Réglages', () => {
    expect(defaultWhen(t, 'fr', 6, 'Treichville')).toBe('Samedi au marché de Treichville');
    expect(defaultWhen(t, 'fr', 3, 'Adjamé')).toBe("Mercredi au marché d'Adjamé");
    expect(defaultWhen(t, 'fr', 0, 'marché de Cocody')).toBe('Dimanche au marché de Cocody');
    expect(defaultWhen(t, 'fr', -1, 'Treichville')).toBe('Tous les jours au marché de Treichville');
  });
});

describe('priceWithUnit', () => {
  it('speaks as the stall does', () => {
    expect(nb(priceWithUnit(t, 'fr', '500 FCFA', 'tas'))).toBe('500 FCFA le tas');
    expect(nb(priceWithUnit(t, 'fr', '1 000 FCFA', 'bassine'))).toBe('1 000 FCFA la bassine');
    expect(nb(priceWithUnit(t, 'fr', '250 FCFA', 'unité'))).toBe("250 FCFA l'unité");
    expect(nb(priceWithUnit(t, 'fr', '500 FCFA', 'les 3'))).toBe('500 FCFA les 3');
    expect(nb(priceWithUnit(t, 'fr', '500 FCFA', ''))).toBe('500 FCFA');
    expect(nb(priceWithUnit(tEn, 'en', '500 FCFA', 'heap'))).toBe('500 FCFA per heap');
  });
});

describe('composeStory', () => {
  it('writes the "Arrivage" card: product, price and unit, day and market, seller and number', () => {
    const spec = composeStory(piment, awa);
    expect({ ...spec, price: nb(spec.price) }).toEqual({
      dir: 'ltr',
      background: { kind: 'color', color: EMPTY_DRAFT.color, emoji: '🌶️' },
      // A no-break space: "!" never wraps alone onto the image's next line.
      label: 'Arrivage\u202f!',
      title: 'Piment frais',
      price: '500 FCFA le tas',
      note: undefined,
      when: 'Samedi au marché de Treichville',
      seller: 'Maman Awa',
      phone: 'WhatsApp 07 07 00 0001',
    });
  });

  it('keeps what the seller wrote for the day, and drops the line when she clears it', () => {
    expect(composeStory({ ...piment, when: 'Demain matin' }, awa).when).toBe('Demain matin');
    expect(composeStory({ ...piment, when: '  ' }, awa).when).toBeUndefined();
  });

  it('shows the old price on a promotion', () => {
    const spec = composeStory({ ...piment, template: 'promotion', oldPrice: '600' }, awa);
    expect(spec.label).toBe('Promotion');
    expect(nb(spec.note)).toBe('au lieu de 600 FCFA');
  });

  it('refuses a missing product and a price that is not a number, naming both fields', () => {
    expect.assertions(2);
    try {
      composeStory({ ...piment, productName: ' ', price: 'cinq cents' }, awa);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).fields).toEqual({
        productName: { key: 'stories.errorProduct' },
        price: { key: 'stories.errorPrice' },
      });
    }
  });

  it('thanks a customer by first name only when one is given, everyone otherwise', () => {
    const merci = { ...piment, template: 'merci' as const };
    expect(composeStory(merci, { ...awa, customerFirstName: 'Adèle' })).toMatchObject({
      label: 'Merci\u202f!',
      title: 'Merci Adèle\u202f!',
      when: 'À samedi au marché de Treichville',
    });
    expect(composeStory(merci, { ...awa, customerFirstName: null }).title).toBe(
      'Merci à tous mes clients\u202f!',
    );
    // A thank-you card needs no price.
    expect(composeStory({ ...merci, price: '' }, awa).price).toBeUndefined();
  });

  it('uses the photo only when one was taken', () => {
    expect(composeStory({ ...piment, usePhoto: true }, awa).background.kind).toBe('color');
    expect(composeStory({ ...piment, usePhoto: true, photoId: 'p1' }, awa).background).toEqual({
      kind: 'photo',
    });
  });
});

describe('announcementText', () => {
  it('gives the same announcement as text, for a wa.me link', () => {
    const spec = composeStory(piment, awa);
    const text = nb(announcementText(piment, spec, awa));
    expect(text).toBe(
      '🌶️ Le piment frais est arrivé ! 500 FCFA le tas. Samedi au marché de Treichville. Maman Awa WhatsApp 07 07 00 0001',
    );
    const tomate = { ...piment, productName: 'Tomate', gender: undefined };
    expect(nb(announcementText(tomate, composeStory(tomate, awa), awa))).toMatch(
      /^🌶️ La tomate est arrivée ! /,
    );
    expect(waTextLink('Piment & co ?')).toBe('https://wa.me/?text=Piment%20%26%20co%20%3F');
  });
});

describe('stories in English and Arabic', () => {
  it('keeps English day names capitalised inside a thank-you', () => {
    const spec = composeStory(
      { ...piment, template: 'merci' },
      { ...awa, t: tEn, lang: 'en', customerFirstName: 'Adèle' },
    );
    expect(spec).toMatchObject({
      title: 'Thank you Adèle!',
      when: 'See you Saturday at Treichville market',
      dir: 'ltr',
    });
  });

  const fatima: StoryContext = {
    t: tAr,
    lang: 'ar',
    currency: 'MAD',
    sellerName: 'أم سالم',
    phone: '06 12 34 56 78',
    marketName: 'إنزكان',
    marketDay: 3,
  };
  const tomates: StoryDraft = { ...piment, productName: 'طماطم', price: '٨', unit: 'كيلو' };

  it('lays an Arabic card out right to left, with Latin digits and the number kept whole', () => {
    const spec = composeStory(tomates, fatima);
    expect(spec).toMatchObject({
      dir: 'rtl',
      label: 'وصل جديد!',
      title: 'طماطم',
      when: 'الأربعاء في سوق إنزكان',
      seller: 'أم سالم',
      // Left-to-right marks keep "06 12 34 56 78" from reading "78 56 34 12 06".
      phone: 'واتساب \u200e06 12 34 56 78\u200e',
    });
    expect(nb(spec.price)).toMatch(/^\u200f?8 د\.م\.\u200f? لكل كيلو$/);
  });

  it('writes a market name that already says "سوق" as typed, and a unit that says "لكل" too', () => {
    expect(defaultWhen(tAr, 'ar', 0, 'سوق الأحد')).toBe('الأحد في سوق الأحد');
    expect(priceWithUnit(tAr, 'ar', '500 FCFA', 'لكل كيلو')).toBe('500 FCFA لكل كيلو');
  });

  it('thanks in Arabic, and gives the announcement as Arabic text', () => {
    const merci = composeStory(
      { ...tomates, template: 'merci' },
      { ...fatima, customerFirstName: 'فاطمة' },
    );
    expect(merci).toMatchObject({ title: 'شكرًا فاطمة!', when: 'موعدنا الأربعاء في سوق إنزكان' });
    const spec = composeStory(tomates, fatima);
    expect(nb(announcementText(tomates, spec, fatima))).toMatch(
      /^🌶️ وصل جديد: طماطم! .*8 د\.م\..* لكل كيلو\. الأربعاء في سوق إنزكان\. أم سالم واتساب/,
    );
  });
});
