/**
 * Internal link and anchor check over the built site. Pure: takes the pages' HTML and the set of files,
 * returns one message per broken link naming the page and the link.
 */

export interface BuiltSite {
  /** Route of each HTML page ("/kapitel/x/" for dist/kapitel/x/index.html, "/404.html") → its HTML. */
  pages: Map<string, string>;
  /** Every file in the output, as a URL path ("/favicon.svg"). */
  files: Set<string>;
}

const ATTRIBUTE = /\s(href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(ID)) ids.add(decode(match[1]!));
  return ids;
}

/** Maps a URL path to the page route that serves it, or undefined. */
export function resolveRoute(site: BuiltSite, pathname: string): string | undefined {
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
  const idCache = new Map<string, Set<string>>();
  const idsOf = (route: string) => {
    let ids = idCache.get(route);
    if (!ids) {
      ids = idsIn(site.pages.get(route) ?? '');
      idCache.set(route, ids);
    }
    return ids;
  };
  for (const [route, html] of site.pages) {
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = decode(match[2]!);
      if (raw === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue; // external, mailto:, data:
      const url = new URL(raw, `http://handbok.invalid${route}`);
      const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      const target = resolveRoute(site, url.pathname);
      if (!target) {
        if (!site.files.has(decodeURI(url.pathname))) problems.push(`${route}: länken ${raw} leder till en sida som inte finns`);
        continue;
      }
      if (fragment && !idsOf(target).has(fragment)) {
        problems.push(`${route}: länken ${raw} pekar på #${fragment}, som inte finns på ${target}`);
      }
    }
  }
  return problems;
}
