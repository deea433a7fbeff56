import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from './en/core';
import fr from './fr/core';

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
  it('cover every key the first screen and the shell use, in both languages', () => {
    const missing: string[] = [];
    for (const file of EAGER_FILES) {
      for (const key of keysUsed(readFileSync(file, 'utf8'))) {
        if (!(key in fr)) missing.push(`${file}: ${key} (fr)`);
        if (!(key in en)) missing.push(`${file}: ${key} (en)`);
      }
    }
    expect(missing).toEqual([]);
  });
});
