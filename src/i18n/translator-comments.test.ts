import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * A translator works from the French files alone (`npm run i18n:review -- ar` prints them beside a
 * translation): every French key needs a comment saying what the string is, where it shows and
 * what its {placeholders} hold.
 */
const FRENCH = import.meta.glob<Record<string, string>>('./fr/*.ts', {
  import: 'default',
  eager: true,
});

/** Keys of a dictionary's source with no `// comment` on the line just above them. */
function keysWithoutComment(source: string, keys: string[]): string[] {
  const lines = source.split('\n');
  return keys.filter((key) => {
    const at = lines.findIndex((l) => l.trimStart().startsWith(`'${key}':`));
    return at <= 0 || !/^\s*\/\/\s*\S/.test(lines[at - 1] ?? '');
  });
}

describe('translator comments', () => {
  it('are on the line above every French key', () => {
    const missing: string[] = [];
    for (const [path, dict] of Object.entries(FRENCH)) {
      const source = readFileSync(new URL(path, import.meta.url), 'utf8');
      for (const key of keysWithoutComment(source, Object.keys(dict)))
        missing.push(`${path}: ${key}`);
    }
    expect(Object.keys(FRENCH).length).toBeGreaterThan(4);
    expect(missing).toEqual([]);
  });

  it('are found only when they sit right above the key', () => {
    const source = [
      'const d = {',
      '  // The title of the list.',
      "  'a.title': 'Titre',",
      "  'a.bare': 'Sans commentaire',",
      '  // A comment followed by a blank line does not count.',
      '',
      "  'a.far': 'Loin',",
      '};',
    ].join('\n');
    expect(keysWithoutComment(source, ['a.title', 'a.bare', 'a.far', 'a.absent'])).toEqual([
      'a.bare',
      'a.far',
      'a.absent',
    ]);
  });
});
