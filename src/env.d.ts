/** Build id injected by Vite (astro.config.mjs → vite.define). */
declare const __BUILD_ID__: string;
