// Tells V8 to compile the launch's scripts whole as they arrive, instead of one function at a
// time when React first calls it. At a launch, Chrome starts a fresh renderer and (for module
// scripts served by the service worker) finds no compiled code to reuse: each function the first
// screen calls was compiled on the main thread, in the middle of React's first render
// (V8.CompileCode and V8.ParseFunction: 150–250 ms of a traced launch at 6× CPU, see
// scripts/bench/profile-launch.mjs with EXTRA=disabled-by-default-v8.compile). With V8's
// explicit compile hint, `//# allFunctionsCalledOnLoad` as a script's first line (Chrome 136 and
// later; to other browsers, a comment), the whole file is compiled on a background thread while
// it streams in. About half of the first route's code runs before the home screen shows
// (scripts/bench/launch-coverage.mjs): the rest is compiled for nothing, but off the main thread.
//
// Hinted: the first route (index.html's entry and what it imports statically), and the screens
// fetched right after the first screen (the dynamic imports of `nextScreens`, with what they
// import statically): the first tap after a launch does not compile them function by function
// either (scripts/bench/first-tap.mjs). Every other screen keeps V8's lazy compilation.
import type { Plugin, Rolldown } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

type Chunk = Rolldown.OutputChunk;

/** `from` and every chunk they import statically, through the chunk graph. */
export function withStaticImports(bundle: Rolldown.OutputBundle, from: Chunk[]): Set<Chunk> {
  const chunks = new Map<string, Chunk>();
  for (const item of Object.values(bundle))
    if (item.type === 'chunk') chunks.set(item.fileName, item);
  const found = new Set<Chunk>();
  const visit = (chunk: Chunk | undefined) => {
    if (!chunk || found.has(chunk)) return;
    found.add(chunk);
    for (const name of chunk.imports) visit(chunks.get(name));
  };
  from.forEach(visit);
  return found;
}

/**
 * Written once the chunks are final (after minification, which drops comments, and after Vite
 * puts its own lines at their top). Their names' hashes were made before: the hint, the same
 * comment in every build, does not change what a file does. `nextScreens`: the absolute path of
 * the module whose dynamic imports are the screens fetched after the first one.
 */
export function compileHintsPlugin({ nextScreens }: { nextScreens: string }): Plugin {
  return {
    name: 'assoh-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
        const next = this.getModuleInfo(nextScreens)?.dynamicallyImportedIds;
        if (!next?.length) this.error(`compile hints: no screens imported by ${nextScreens}`);
        // The screens may share one chunk (vite.config.ts groups them): the chunks holding them.
        const seeds = chunks.filter(
          (c) => c.isEntry || c.moduleIds.some((id) => next.includes(id)),
        );
        const held = new Set(seeds.flatMap((c) => c.moduleIds));
        const missing = next.filter((id) => !held.has(id));
        if (missing.length) this.error(`compile hints: no chunk holds ${missing.join(', ')}`);
        for (const chunk of withStaticImports(bundle, seeds)) {
          if (chunk.code.startsWith(COMPILE_HINT)) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          // The code moved one line down: so do the lines of its source map (SOURCEMAP=1).
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            json.mappings = `;${json.mappings}`;
            map.source = JSON.stringify(json);
          }
        }
      },
    },
  };
}
