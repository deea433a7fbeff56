/**
 * The grammar the messages need, so that they read as the seller would write them: "La tomate
 * est arrivée", "l'arachide", "au marché d'Adjamé", "500 FCFA la bassine", and French spacing
 * before ! ? : ; so that they never wrap alone onto a line. Language rules as code: only French
 * has articles and agreement here; other languages keep the words as typed.
 */
import type { Language } from './languages';
import { fold, tidy } from './text';

export type Gender = 'm' | 'f';

// Market words whose gender the ending does not tell (folded: no accents, lower case).
const MASCULINE_E = new Set(
  'legume concombre gingembre pamplemousse beurre fromage sucre poivre cafe the karite attieke niebe nere mais riz manioc piment oignon gombo haricot chou ananas citron melon poivron potiron persil poisson savon panier sac kilo kg litre seau lot paquet sachet morceau tas regime bidon pot carton plateau'.split(
    ' ',
  ),
);
const FEMININE = new Set(
  'noix cola kola viande farine huile semoule sauce datte figue olive amande lentille graine feuille feve boule bassine boite botte assiette douzaine piece tasse calebasse poignee caisse mesure cuvette bouteille pile corbeille barquette main grappe tranche part portion miche tablette livre tine unite gousse'.split(
    ' ',
  ),
);
// Singular words that end in s, x or z.
const INVARIABLE = new Set(
  'ananas mais riz couscous jus anis cassis tas noix bois radis pois'.split(' '),
);
// Words whose h is "aspiré": no elision ("le haricot", not "l'haricot").
const H_ASPIRE = new Set('haricot hareng harissa homard houblon hachis hotte'.split(' '));

const firstWord = (name: string) => fold(name).split(' ')[0] ?? '';

/** The gender of a product or unit name: known words first, then the French ending. */
export function guessGender(name: string): Gender {
  const word = firstWord(name);
  for (const w of [word, word.replace(/s$/, '')]) {
    if (MASCULINE_E.has(w)) return 'm';
    if (FEMININE.has(w)) return 'f';
  }
  // The ending, accents kept: purée, tomate, arachide, portion (f); thé, blé, fromage (m).
  const typed = tidy(name).toLocaleLowerCase('fr').split(' ')[0]?.replace(/s$/, '') ?? '';
  if (/(age|isme)$/.test(typed)) return 'm';
  if (/(ée|e|tion|sion)$/.test(typed)) return 'f';
  return 'm';
}

/** "Haricots verts", "Oignons": a name in the plural. */
export function isPlural(name: string): boolean {
  const word = firstWord(name);
  return /[sx]$/.test(word) && !INVARIABLE.has(word);
}

/** "arachide", "igname", "huile", "Adjamé": takes l' or d' (a vowel, or a mute h). */
export function elides(name: string): boolean {
  const word = firstWord(name);
  if (word.startsWith('h')) return !H_ASPIRE.has(word.replace(/s$/, ''));
  return /^[aeiouy]/.test(word);
}

/** "Tomate" → "tomate", "Piment frais" → "piment frais"; "MTN", "Coca-Cola" stay as typed. */
export function commonNoun(name: string): string {
  const text = tidy(name);
  const [word = ''] = text.split(' ');
  const rest = word.slice(1);
  if (!rest || rest !== rest.toLocaleLowerCase('fr') || /[-’']/.test(word)) return text;
  return text[0]!.toLocaleLowerCase('fr') + text.slice(1);
}

/** "la tomate", "le piment frais", "l'arachide", "les haricots verts". */
export function withArticle(name: string, gender: Gender = guessGender(name)): string {
  const noun = commonNoun(name);
  if (isPlural(name)) return `les ${noun}`;
  if (elides(name)) return `l'${noun}`;
  return `${gender === 'f' ? 'la' : 'le'} ${noun}`;
}

/**
 * "la tomate est arrivée", "les oignons sont arrivés"; in English "Tomatoes have arrived"; in
 * other languages the product alone (their default texts say the rest around {produit}).
 */
export function arrivalPhrase(name: string, lang: Language, gender?: Gender): string {
  if (lang === 'en') return `${tidy(name)} ${isPlural(name) ? 'have' : 'has'} arrived`;
  if (lang !== 'fr') return tidy(name);
  const g = gender ?? guessGender(name);
  const plural = isPlural(name);
  const agreement = `${g === 'f' ? 'e' : ''}${plural ? 's' : ''}`;
  return `${withArticle(name, g)} ${plural ? 'sont' : 'est'} arrivé${agreement}`;
}

/** "2 kg de gombo", "3 tas d'arachide": French elides "de" and writes the product in lower case. */
export function frenchQuantity(quantity: string, unit: string, name: string): string {
  return `${tidy(`${quantity} ${unit}`)} ${elides(name) ? "d'" : 'de '}${commonNoun(name)}`;
}

/** A unit that already says "per" ("le tas", "per heap", "لكل كيلو", "les 3"): written as typed. */
const SAYS_PER = /^(le|la|les|l|par|per|the|a|an|each|pour|لكل|لل)( |$)/;

/**
 * "500 FCFA le tas", "1 000 FCFA la bassine", "250 FCFA l'unité": French chooses its article by
 * the unit's gender; other languages say it in their dictionary, through `perUnit`.
 */
export function pricePerUnit(
  price: string,
  unit: string,
  lang: Language,
  perUnit: (words: { price: string; unit: string }) => string,
): string {
  const u = tidy(unit);
  if (!u) return price;
  if (SAYS_PER.test(fold(u)) || /^l['’]/i.test(u)) return `${price} ${u}`;
  if (lang !== 'fr') return perUnit({ price, unit: u });
  if (elides(u)) return `${price} l'${u}`;
  // A no-break space keeps "le tas" together when the line wraps.
  return `${price} ${guessGender(u) === 'f' ? 'la' : 'le'}\u00a0${u}`;
}

/**
 * French spacing: a no-break space before ! ? ; (narrow) and : (full), and inside « », so that a
 * "!" never starts a line alone. Only a space already typed is changed: "14:05" and "https://"
 * have none.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([!?;])/g, '\u202f$1')
    .replace(/ :/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}
