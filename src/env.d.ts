/** Build id injected by Vite (astro.config.mjs → vite.define). */
declare const __BUILD_ID__: string;

/** The `hyphen` package ships no types; the Swedish patterns module exports the hyphenators. */
declare module 'hyphen/sv/index.js' {
  const hyphenSv: { hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string };
  export default hyphenSv;
}
