/**
 * A translation of one French dictionary: every key of the French file, each with a string.
 * `satisfies Translation<typeof fr>` makes a missing or misspelt key a type error.
 */
export type Translation<T> = Record<keyof T, string>;
