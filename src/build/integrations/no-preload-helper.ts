import type { Plugin } from 'vite';

/**
 * Vite wraps every dynamic `import()` in the browser code in its preload helper, which adds
 * `<link rel="modulepreload">` for the imported module's own imports and loads CSS the lazy module
 * imports. Our lazy modules import no CSS (pages import their styles), so the helper only saves one round
 * trip on first use of a small module — yet it is about 0.9 KiB gzip, and since three entries share it,
 * it became a second request on every page. `build.modulePreload: false` does not reach the browser build:
 * Astro sets its own `modulePreload` over the user's.
 *
 * So: the client build gets `modulePreload: false` (no preload lists), and the helper becomes a plain call
 * of the import, written into each chunk that used it, so it is no request of its own either. Should a
 * lazy module ever import CSS, Vite would write a dependency list again and the build fails here, naming
 * the file, instead of shipping a page whose lazy styles never load. (A part drawn by script brings its
 * styles in its module instead: src/client/ui/adopt-styles.ts.)
 */
const HELPER_ID = '\0vite/preload-helper.js';
const HELPER_CODE = 'export const __vitePreload = (load) => load();';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function noPreloadHelper(): Plugin {
  return {
    name: 'handbook:no-preload-helper',
    enforce: 'pre',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
      return undefined;
    },
    load(id) {
      if (id !== HELPER_ID) return null;
      return HELPER_CODE;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (this.environment.name !== 'client') return;
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        for (const chunk of chunks) {
          if (chunk.code.includes('__vite__mapDeps')) {
            this.error(`${chunk.fileName}: en dynamisk import har beroenden (CSS?) som förladdningshjälpen skulle ha laddat — importera stilen från sidan i stället`);
          }
        }
        // The helper's own chunk (shared by several entries): inline it where it is imported.
        const helper = chunks.find((chunk) => chunk.moduleIds.length === 1 && chunk.moduleIds[0] === HELPER_ID);
        if (!helper) return;
        let stillUsed = false;
        for (const chunk of chunks) {
          if (!chunk.imports.includes(helper.fileName)) continue;
          const name = helper.fileName.split('/').pop()!;
          // `import{t as n}from"./helper.js"`, or `import{t}from"./helper.js"` when the local name is the export's.
          const importLine = new RegExp(`import\\s*\\{\\s*([\\w$]+)(?:\\s+as\\s+([\\w$]+))?\\s*\\}\\s*from\\s*["']\\./${escape(name)}["'];?`);
          const match = importLine.exec(chunk.code);
          if (!match) {
            stillUsed = true;
            continue;
          }
          chunk.code = chunk.code.replace(importLine, `var ${match[2] ?? match[1]}=(l)=>l();`);
          chunk.imports = chunk.imports.filter((f) => f !== helper.fileName);
        }
        if (!stillUsed) delete bundle[helper.fileName];
      },
    },
  };
}
