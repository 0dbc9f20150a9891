/// <reference types="vitest" />
// Tests of build modules that import Astro's virtual modules (astro:content): Astro's own Vite
// config resolves them, and each test mocks the collections it needs (as Starlight's tests do).
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Both roots: Astro's (astro.config.mjs, src/) and the test project's (a project defaults to its config's folder).
export default getViteConfig({ root, test: { root, name: 'astro', include: ['tests/astro/**/*.test.ts'], testTimeout: 20_000 } }, { logLevel: 'error' });
