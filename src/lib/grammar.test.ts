import { describe, expect, it } from 'vitest';
import {
  arrivalPhrase,
  commonNoun,
  frenchSpacing,
  guessGender,
  pricePerUnit,
  frenchQuantity,
  withArticle,
} from './grammar';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('articles and agreement', () => {
  it('gives a market product its gender, by the word or by its ending', () => {
    expect(guessGender('Tomate')).toBe('f');
    expect(guessGender('Piment frais')).toBe('m');
    expect(guessGender('Arachide')).toBe('f');
    expect(guessGender('Gombo')).toBe('m');
    expect(guessGender('Gingembre')).toBe('m');
    expect(guessGender('Attiéké')).toBe('m');
    expect(guessGender('Purée de piment')).toBe('f');
    expect(guessGender('bassine')).toBe('f');
    expect(guessGender('tas')).toBe('m');
  });

  it('says "la tomate", "l\'arachide", "le haricot", "les oignons"', () => {
    expect(withArticle('Tomate')).toBe('la tomate');
    expect(withArticle('Piment frais')).toBe('le piment frais');
    expect(withArticle('Arachide')).toBe("l'arachide");
    expect(withArticle('Igname')).toBe("l'igname");
    expect(withArticle('Huile rouge')).toBe("l'huile rouge");
    expect(withArticle('Haricot')).toBe('le haricot');
    expect(withArticle('Oignons')).toBe('les oignons');
    expect(withArticle('Ananas')).toBe("l'ananas");
    // The seller's own choice wins over the guess.
    expect(withArticle('Gombo', 'f')).toBe('la gombo');
  });

  it('agrees "arrivé" with the product: "La tomate est arrivée"', () => {
    expect(arrivalPhrase('Tomate', 'fr')).toBe('la tomate est arrivée');
    expect(arrivalPhrase('Piment frais', 'fr')).toBe('le piment frais est arrivé');
    expect(arrivalPhrase('Arachide', 'fr')).toBe("l'arachide est arrivée");
    expect(arrivalPhrase('Oignon', 'fr')).toBe("l'oignon est arrivé");
    expect(arrivalPhrase('Mangues', 'fr')).toBe('les mangues sont arrivées');
    expect(arrivalPhrase('Haricots verts', 'fr')).toBe('les haricots verts sont arrivés');
    expect(arrivalPhrase('Gombo', 'fr', 'f')).toBe('la gombo est arrivée');
    expect(arrivalPhrase('Tomatoes', 'en')).toBe('Tomatoes have arrived');
    expect(arrivalPhrase('Fresh chilli', 'en')).toBe('Fresh chilli has arrived');
  });

  it('writes product names as common nouns, but leaves names and brands as typed', () => {
    expect(commonNoun('Tomate')).toBe('tomate');
    expect(commonNoun(' Piment   frais ')).toBe('piment frais');
    expect(commonNoun('MTN crédit')).toBe('MTN crédit');
    expect(commonNoun('Coca-Cola')).toBe('Coca-Cola');
  });
});

describe('frenchQuantity', () => {
  it('says what was reserved: "2 kg de gombo", "3 tas d\'arachide"', () => {
    expect(frenchQuantity('2', 'kg', 'Gombo')).toBe('2 kg de gombo');
    expect(frenchQuantity('3', 'tas', 'Arachide')).toBe("3 tas d'arachide");
  });
});

describe('pricePerUnit', () => {
  it('speaks as the stall does', () => {
    const per = ({ price, unit }: { price: string; unit: string }) => `${price} per ${unit}`;
    expect(nb(pricePerUnit('500 FCFA', 'tas', 'fr', per))).toBe('500 FCFA le tas');
    expect(nb(pricePerUnit('1 000 FCFA', 'bassine', 'fr', per))).toBe('1 000 FCFA la bassine');
    expect(nb(pricePerUnit('200 FCFA', 'boule', 'fr', per))).toBe('200 FCFA la boule');
    expect(nb(pricePerUnit('250 FCFA', 'unité', 'fr', per))).toBe("250 FCFA l'unité");
    expect(nb(pricePerUnit('500 FCFA', 'les 3', 'fr', per))).toBe('500 FCFA les 3');
    expect(nb(pricePerUnit('500 FCFA', '', 'fr', per))).toBe('500 FCFA');
    expect(pricePerUnit('500 FCFA', 'heap', 'en', per)).toBe('500 FCFA per heap');
    expect(pricePerUnit('8 MAD', 'لكل كيلو', 'ar', per)).toBe('8 MAD لكل كيلو');
  });
});

describe('frenchSpacing', () => {
  it('puts a no-break space before ! ? : ; and inside « », never in times or links', () => {
    expect(frenchSpacing('Merci ! Comment allez-vous ? Voici : rien ; « oui »')).toBe(
      'Merci\u202f! Comment allez-vous\u202f? Voici\u00a0: rien\u202f; «\u00a0oui\u00a0»',
    );
    expect(frenchSpacing('À 14:05 sur https://wa.me/?text=a')).toBe(
      'À 14:05 sur https://wa.me/?text=a',
    );
    expect(frenchSpacing('Déjà bien !')).not.toMatch(/ !/);
  });
});
