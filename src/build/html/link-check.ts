/**
 * Internal link and anchor check over the built site. Pure: takes each page's links and ids (read by the
 * tokenizer, html-pass.ts, in the same pass that finishes the page) and the set of files, and returns
 * one message per broken link naming the page and the link.
 */
import { decodeAttribute, scanHtml, type Scanner } from './html-pass';

/** What the check needs of a page: the targets of its href/src attributes and its element ids, decoded. */
export interface PageLinks {
  links: string[];
  ids: Set<string>;
}

export interface BuiltSite {
  /** Route of each HTML page ("/kapitel/x/" for dist/kapitel/x/index.html, "/404.html") → its links and ids. */
  pages: Map<string, PageLinks>;
  /** Every file in the output, as a URL path ("/favicon.svg"). */
  files: Set<string>;
}

/** A scanner that collects a page's links and ids; `result()` after the pass. */
export function linkScanner(): Scanner & { result(): PageLinks } {
  const page: PageLinks = { links: [], ids: new Set() };
  return {
    onattribute(_cursor, name, value) {
      if (name === 'href' || name === 'src') page.links.push(decodeAttribute(value));
      else if (name === 'id') page.ids.add(decodeAttribute(value));
    },
    result: () => page,
  };
}

/** A page's links and ids, in a pass of its own. */
export function pageLinks(html: string): PageLinks {
  const scanner = linkScanner();
  scanHtml(html, [scanner]);
  return scanner.result();
}

export const idsIn = (html: string): Set<string> => pageLinks(html).ids;

/** Maps a URL path to the page route that serves it, or undefined. */
export function resolveRoute(site: Pick<BuiltSite, 'pages'>, pathname: string): string | undefined {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    return undefined;
  }
  if (site.pages.has(path)) return path;
  if (!path.endsWith('/') && site.pages.has(`${path}/`)) return `${path}/`;
  if (path.endsWith('/index.html') && site.pages.has(path.slice(0, -'index.html'.length))) return path.slice(0, -'index.html'.length);
  return undefined;
}

export function findBrokenLinks(site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const [route, page] of site.pages) {
    for (const raw of page.links) {
      if (raw === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue; // external, mailto:, data:
      const url = new URL(raw, `http://handbok.invalid${route}`);
      const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      const target = resolveRoute(site, url.pathname);
      if (!target) {
        if (!site.files.has(decodeURI(url.pathname))) problems.push(`${route}: länken ${raw} leder till en sida som inte finns`);
        continue;
      }
      if (fragment && !site.pages.get(target)!.ids.has(fragment)) {
        problems.push(`${route}: länken ${raw} pekar på #${fragment}, som inte finns på ${target}`);
      }
    }
  }
  return problems;
}
