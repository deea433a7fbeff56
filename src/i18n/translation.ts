/** The plural forms some languages have beyond French's "one" and "other" (Arabic has them all). */
type ExtraPlurals<K> = K extends `${infer B}.other`
  ? `${B}.${'zero' | 'two' | 'few' | 'many'}`
  : never;

/**
 * A translation of one French dictionary: every key of the French file, each with a string, and
 * optionally the plural forms the language adds ("customers.count.few" beside ".one"/".other").
 * `satisfies Translation<typeof fr>` makes a missing or misspelt key a type error.
 */
export type Translation<T> = Record<keyof T, string> &
  Partial<Record<ExtraPlurals<keyof T>, string>>;
