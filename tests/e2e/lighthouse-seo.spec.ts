/**
 * Lighthouse's own SEO audit (lighthouse 12, the version whose npm install works with this repository's
 * Node) on one page of each type, in the Debian Chromium the rest of the suite uses. Lighthouse drives a
 * browser of its own over the DevTools protocol, outside the test fixture's contexts, so the fixture's
 * two guards are repeated from Lighthouse's own findings: every request the page made stays on 127.0.0.1,
 * and the console has no errors.
 *
 * Lighthouse 12's SEO category: is-crawlable, document-title, meta-description, http-status-code,
 * link-text, crawlable-anchors, robots-txt, image-alt, hreflang, canonical (structured-data is manual;
 * font size and tap targets left the category in Lighthouse 12). Indexable pages must score 100. Pages
 * kept out of search engines on purpose (noindex, tests/e2e/support/page-types.ts) fail is-crawlable by
 * design and must pass every other audit.
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { launchOptions } from '../../scripts/browser.mjs';
import { test, expect } from './fixtures';
import { NOINDEX, PAGE_TYPES } from './support/page-types';

const DEBUG_PORT = Number(process.env['HANDBOOK_TEST_PORT'] ?? 4323) + 1000;

// 29 Lighthouse runs take 4–9 minutes on this machine, so this spec is its own run, `npm run test:lighthouse`
// (playwright.config.ts leaves it out of `npm test`); the layout spec's SEO test checks the same causes every run.

test('Lighthouse SEO: 100 på varje sidtyp som ska synas i sökmotorer, alla andra granskningar godkända på resten', async ({ baseURL }) => {
  test.setTimeout(600_000);
  const options = launchOptions();
  const browser = await chromium.launch({ ...options, args: [...options.args, `--remote-debugging-port=${DEBUG_PORT}`] });
  const problems: string[] = [];
  const scores: string[] = [];
  try {
    for (const path of PAGE_TYPES) {
      const url = `${baseURL}${path}`;
      const result = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error' }, {
        extends: 'lighthouse:default',
        // The SEO category, plus the two audits that stand in for the fixture's guards (union of both lists).
        settings: { onlyCategories: ['seo'], onlyAudits: ['network-requests', 'errors-in-console'] },
      });
      const lhr = result!.lhr;
      if (lhr.runtimeError) {
        problems.push(`${path}: ${lhr.runtimeError.message}`);
        continue;
      }
      const seo = lhr.categories['seo']!;
      scores.push(`${path} ${Math.round((seo.score ?? 0) * 100)}`);
      for (const ref of seo.auditRefs) {
        const audit = lhr.audits[ref.id]!;
        if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
        if (audit.score === 1) continue;
        if (ref.id === 'is-crawlable' && NOINDEX(path)) continue;
        problems.push(`${path}: ${ref.id} ${audit.score} ${audit.displayValue ?? ''} ${JSON.stringify(audit.details && 'items' in audit.details ? audit.details.items.slice(0, 3) : '')}`);
      }
      if (NOINDEX(path) && lhr.audits['is-crawlable']!.score !== 0) problems.push(`${path}: ska inte indexeras men is-crawlable godkändes`);
      const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
      for (const r of requests) if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(r.url)) problems.push(`${path}: förfrågan utanför 127.0.0.1: ${r.url}`);
      const consoleErrors = (lhr.audits['errors-in-console']?.details as { items?: { description: string }[] } | undefined)?.items ?? [];
      for (const e of consoleErrors) problems.push(`${path}: konsolfel: ${e.description}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`Lighthouse SEO:\n${scores.join('\n')}`);
  expect(problems).toEqual([]);
  expect(scores).toHaveLength(PAGE_TYPES.length);
});
