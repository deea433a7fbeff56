import { beforeAll, describe, expect, it } from 'vitest';
import { loadArea, t } from '../../i18n';
import { ValidationError } from '../../i18n/errors';
import { EMPTY_DRAFT, type StoryDraft } from './draft-store';
import {
  announcementText,
  composeStory,
  defaultWhen,
  waTextLink,
  type StoryContext,
} from './story-text';

// The stories' strings come with their screen, as in the app.
beforeAll(() => loadArea('stories'));

const nb = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');

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

describe('composeStory', () => {
  it('writes the "Arrivage" card: product, price and unit, day and market, seller and number', () => {
    const spec = composeStory(piment, awa);
    expect({ ...spec, price: nb(spec.price) }).toEqual({
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
