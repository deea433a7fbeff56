// What the first route costs to download: index.html's module script, modulepreload links and
// stylesheets, plus every chunk those import statically (dynamic import() loads later, on demand).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

function attr(tag, name) {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
}

/** The files index.html pulls in, by kind; paths relative to the site root. */
export function entryFiles(html) {
  const js = [];
  const css = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    if (tag.startsWith('<script') && attr(tag, 'type') === 'module' && attr(tag, 'src'))
      js.push(attr(tag, 'src'));
    else if (tag.startsWith('<link')) {
      const rel = attr(tag, 'rel');
      const href = attr(tag, 'href');
      if (rel === 'modulepreload' && href) js.push(href);
      if (rel === 'stylesheet' && href) css.push(href);
    }
  }
  return { js, css };
}

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from` of a built chunk. */
export function staticImports(code) {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]).filter((s) => s.startsWith('.'));
}

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

export async function firstRouteSizes(dist, base = '/') {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const { js, css } = entryFiles(html);
  const toFile = (url) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const seen = new Map();
  const queue = js.map(toFile);
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const code = await readFile(file);
    seen.set(file, code);
    for (const spec of staticImports(code.toString('utf8'))) {
      queue.push(join(file, '..', spec));
    }
  }
  const total = (buffers) =>
    buffers
      .map(sizes)
      .reduce(
        (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
        { raw: 0, gzip: 0, brotli: 0 },
      );
  const cssBuffers = await Promise.all(css.map((u) => readFile(toFile(u))));
  const chunks = [...seen].map(([file, code]) => ({
    file: file.slice(dist.length).replace(/^\/+/, ''),
    ...sizes(code),
  }));
  return {
    js: total([...seen.values()]),
    css: total(cssBuffers),
    chunks: chunks.sort((a, b) => b.gzip - a.gzip),
  };
}

/**
 * The scripts a launch really loaded before app-ready (paths from the page's resource timing),
 * each with its size: what the first route costs, whatever static analysis would miss (a
 * dictionary or a screen fetched on the way).
 */
export async function loadedScriptSizes(dist, paths, base = '/') {
  const unique = [...new Set(paths)];
  const chunks = await Promise.all(
    unique.map(async (path) => {
      const file = join(dist, path.startsWith(base) ? path.slice(base.length) : path);
      return { file: path.slice(base.length), ...sizes(await readFile(file)) };
    }),
  );
  const sum = (k) => chunks.reduce((a, c) => a + c[k], 0);
  return {
    js: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') },
    chunks: chunks.sort((a, b) => b.gzip - a.gzip),
  };
}
