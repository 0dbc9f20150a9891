/**
 * The test fixture every e2e test uses. It watches each page for requests that leave 127.0.0.1 and for
 * console errors (CSP violations show up there) and fails the test on either.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

interface Guard {
  /** Console errors matching these are expected by the test (e.g. fetch failures while offline). */
  allowConsole: RegExp[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context }, use) => {
      const guard: Guard = { allowConsole: [] };
      const external: string[] = [];
      const errors: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
        if (url.hostname !== '127.0.0.1') external.push(request.url());
      });
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = message.text();
          if (!guard.allowConsole.some((re) => re.test(text))) errors.push(`${page.url()}: ${text}`);
        });
        page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(guard);
      expect(external, 'förfrågningar utanför 127.0.0.1').toEqual([]);
      expect(errors, 'fel i webbläsarkonsolen').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe-core (WCAG 2.1 A/AA and best practices) and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `axe på ${page.url()}`).toEqual([]);
}
