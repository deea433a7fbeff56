// npm run i18n:review -- ar   (or en; --out <folder>, i18n-review/ by default)
//
// Writes a side-by-side table a native speaker can review without reading code: for every string,
// its key, the translator's comment (from the French file), the French text and the translation,
// with a note where the translation is missing, still French, or does not keep the {placeholders}.
// Two files: <lang>.html (opens in any browser, each column in its own direction) and <lang>.csv
// (UTF-8 with BOM, for a spreadsheet: corrections can come back in it).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const I18N = 'src/i18n';
const PLURAL_EXTRAS = ['zero', 'two', 'few', 'many'];

/** The entries of one dictionary file: key → { text, comment }, in the file's order. */
export function readDictionary(file) {
  const source = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const entries = new Map();
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) {
      const init = ts.isAsExpression(node.initializer)
        ? node.initializer.expression
        : node.initializer;
      if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) {
        const comments = ts.getLeadingCommentRanges(source, node.getFullStart()) ?? [];
        const comment = comments
          .map((c) => source.slice(c.pos, c.end))
          .filter((c) => c.startsWith('//'))
          .map((c) => c.replace(/^\/\/\s?/, ''))
          .join(' ');
        entries.set(node.name.text, { text: init.text, comment });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return entries;
}

const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** What a reviewer should look at first in a row, in words. */
function note(key, fr, other) {
  if (other === undefined) return 'MISSING';
  const notes = [];
  // Often right ("Total", "WhatsApp"), sometimes a string nobody translated: a soft note.
  if (other === fr && /[a-zà-ÿ]{3}/i.test(fr)) notes.push('(same as French)');
  const want = placeholders(fr).join(',');
  const got = placeholders(other).join(',');
  // A plural form may say its number in words ("زبون واحد"), so {n} may go.
  const pluralOk = /\.(one|two|zero)$/.test(key) && want.replace(/\bn\b,?/, '') === got;
  if (want !== got && !pluralOk) notes.push(`placeholders: French {${want}}, here {${got}}`);
  return notes.join('; ');
}

export function reviewRows(lang) {
  const rows = [];
  for (const name of readdirSync(join(I18N, 'fr')).filter((f) => /^[a-z-]+\.ts$/.test(f))) {
    const area = name.replace(/\.ts$/, '');
    const fr = readDictionary(join(I18N, 'fr', name));
    let other = new Map();
    try {
      other = readDictionary(join(I18N, lang, name));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    for (const [key, { text, comment }] of fr) {
      const translated = other.get(key)?.text;
      rows.push({
        area,
        key,
        comment,
        fr: text,
        other: translated,
        note: note(key, text, translated),
      });
      // Languages with more plural forms than French (Arabic: zero, two, few, many) add them here.
      const base = key.endsWith('.other') ? key.slice(0, -'.other'.length) : null;
      for (const extra of base ? PLURAL_EXTRAS : []) {
        const t = other.get(`${base}.${extra}`);
        if (t === undefined) continue;
        rows.push({
          area,
          key: `${base}.${extra}`,
          comment: `The "${extra}" plural form of the line above (Intl.PluralRules).`,
          fr: text,
          other: t.text,
          note: note(`${base}.${extra}`, text, t.text),
        });
      }
    }
  }
  return rows;
}

const html = (s) =>
  String(s ?? '').replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
const csv = (s) => `"${String(s ?? '').replace(/"/g, '""')}"`;

function main() {
  const args = process.argv.slice(2);
  const lang = args.find((a) => !a.startsWith('--'));
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : 'i18n-review';
  if (!lang || !/^[a-z]{2,3}$/.test(lang) || lang === 'fr') {
    console.error('usage: npm run i18n:review -- <language code, e.g. ar or en> [--out <folder>]');
    process.exit(2);
  }
  const rows = reviewRows(lang);
  const isFlag = (r) => r.note.replace('(same as French)', '').replace(/^; /, '') !== '';
  const flagged = rows.filter(isFlag).length;
  mkdirSync(out, { recursive: true });
  const head = ['area', 'key', 'comment for translators', 'Français', lang, 'to check'];
  writeFileSync(
    join(out, `${lang}.csv`),
    '\ufeff' +
      [head, ...rows.map((r) => [r.area, r.key, r.comment, r.fr, r.other, r.note])]
        .map((cells) => cells.map(csv).join(','))
        .join('\r\n') +
      '\r\n',
  );
  const body = rows
    .map(
      (r) =>
        `<tr${isFlag(r) ? ' class="flag"' : ''}><td>${html(r.area)}</td><td><code>${html(r.key)}</code></td>` +
        `<td>${html(r.comment)}</td><td lang="fr">${html(r.fr)}</td>` +
        `<td lang="${lang}" dir="auto">${html(r.other)}</td><td>${html(r.note)}</td></tr>`,
    )
    .join('\n');
  writeFileSync(
    join(out, `${lang}.html`),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Assoh strings: ${lang}</title>
<style>body{font:16px system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top}th{background:#fff7ed;position:sticky;top:0}
td[lang="${lang}"]{font-size:1.15rem}tr.flag td:last-child{background:#fee2e2;font-weight:bold}
code{font-size:.8rem;color:#555}</style>
<h1>Assoh: French → ${lang}</h1>
<p>${rows.length} strings, ${flagged} flagged. Words in braces ({prenom}, {n}…) are filled in by the
app: keep them as they are. Send corrections in the .csv file beside this one.</p>
<table><tr>${head.map((h) => `<th>${html(h)}</th>`).join('')}</tr>
${body}
</table></html>
`,
  );
  console.log(
    `${rows.length} strings (${flagged} to check) → ${out}/${lang}.html, ${out}/${lang}.csv`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
