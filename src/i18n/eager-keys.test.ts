import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../lib/languages';

/** Each language's eager dictionary (core), by language code. */
const CORE: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<Record<string, string>>('./*/core.ts', { import: 'default', eager: true }),
  ).map(([path, dict]) => [path.split('/')[1], dict]),
);

/**
 * The first screen and the shell speak before any area's strings are loaded: every key they use
 * must be in the eager dictionaries, or the seller would read "customers.new" instead of words.
 */
const EAGER_FILES = [
  'src/app/router.tsx',
  'src/app/layout.tsx',
  'src/app/home-screen.tsx',
  'src/features/customers/components/customer-search.tsx',
  'src/features/backup/components/backup-reminder.tsx',
  'src/features/credit/components/due-today.tsx',
  'src/ui/screen.tsx',
  'src/ui/toasts.tsx',
  'src/ui/form-errors.ts',
  'src/pwa/update-prompt.tsx',
  'src/pwa/db-notice.tsx',
  // Shown when a lazy screen (and its strings) failed to load: its words must already be there.
  'src/ui/error-boundary.tsx',
  'src/pwa/insecure-origin.tsx',
];

function keysUsed(source: string): string[] {
  const keys = new Set<string>();
  for (const [, key] of source.matchAll(/\bt\('([a-zA-Z.-]+)'/g)) keys.add(key ?? '');
  for (const [, base] of source.matchAll(/\btn\('([a-zA-Z.-]+)'/g)) {
    keys.add(`${base}.one`);
    keys.add(`${base}.other`);
  }
  return [...keys];
}

describe('eager strings', () => {
  it('cover every key the first screen and the shell use, in every language', () => {
    const missing: string[] = [];
    expect(Object.keys(CORE).sort()).toEqual([...LANGUAGE_CODES].sort());
    for (const file of EAGER_FILES) {
      for (const key of keysUsed(readFileSync(file, 'utf8'))) {
        for (const [lang, dict] of Object.entries(CORE))
          if (!(key in dict)) missing.push(`${file}: ${key} (${lang})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
