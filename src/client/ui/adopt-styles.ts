/**
 * Styles for a part that only script draws (the header's offline control, quick search results) travel
 * in that script's module (`import css from '….css?inline'`) and are adopted here when it loads, so the
 * page's stylesheet — downloaded before anything shows — does not carry them. A constructed sheet is
 * CSSOM, which the CSP's style-src does not govern, unlike an injected <style> element.
 * The sheets declare their cascade layer themselves (`@layer components { … }`), so they slot in with
 * the page's own layers.
 */
export function adoptStyles(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
