// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/build/integrations/heading-anchors.ts';
import { handbookBuild } from './src/build/integrations/handbook-build.ts';
import { BUILD_ID } from './src/build/integrations/build-id.ts';
import { noPreloadHelper } from './src/build/integrations/no-preload-helper.ts';

// A build from another content folder (benchmark corpus, build tests) or into another output folder
// (parallel work) keeps its own content cache, so entries from different folders never mix.
const contentDir = process.env.HANDBOOK_CONTENT_DIR;
const outDir = process.env.HANDBOOK_OUT_DIR;
const variant = [contentDir, outDir].filter(Boolean).join('_');
const cacheDir = variant ? `./.tmp/cache/${variant.replace(/[^a-zA-Z0-9]+/g, '_')}` : undefined;

export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  ...(outDir ? { outDir } : {}),
  site: process.env.HANDBOOK_SITE ?? 'https://samverkanshandboken.se',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: {
    processor: satteri({ hastPlugins: [headingAnchors] }),
    // Shiki's inline styles would need 'unsafe-inline' under the CSP; the book has no code samples.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WASM on the page when its worker is unavailable.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
    // The preload helper would be most of the JavaScript every page loads; the few lazy modules are small.
    // Astro overrides build.modulePreload, so a plugin turns it off for the browser build.
    plugins: [noPreloadHelper()],
    build: {
      rolldownOptions: {
        // Astro's MDX modules carry "use astro:head-inject", which Rolldown warns about once per file with a
        // code frame (withastro/astro#18087; the output is correct): 1 000 chapters print 1 000 warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // optimize: MDX writes the static parts of a page (most of the text) as one HTML string instead of a
  // tree of JSX calls, so there is less to bundle and render; the HTML is the same.
  integrations: [mdx({ optimize: true }), handbookBuild()],
});
