/**
 * Sätteri hast plugin: gives h2–h4 their id (the same github-slugger ids Astro would give, so the TOC
 * from render().headings matches) and puts a "link to this section" anchor beside, not inside, the
 * heading, so heading text, TOC and search index stay clean. Sätteri skips rehype plugins; this is its
 * native plugin form. A factory: one slugger per document, like Astro's own heading-ids plugin.
 */
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import { fill } from '../../i18n/fill';
import { designStrings } from '../../i18n/design';

export const headingAnchors = () => {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'hb-heading-anchors',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node);
        const existing = node.properties?.['id'];
        const id = typeof existing === 'string' && existing ? existing : slugger.slug(text);
        if (existing !== id) ctx.setProperty(node, 'id', id);
        if (!['h2', 'h3', 'h4'].includes(node.tagName)) return;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper'] },
          children: [
            {
              type: 'element',
              tagName: 'a',
              // `true`, not '': the anchor is static, so MDX's optimize (astro.config.mjs) writes it as HTML
              // itself, and only `true` comes out as the bare attribute the page has always had.
              properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: fill('heading.anchor', designStrings['heading.anchor'], { heading: text }), dataPagefindIgnore: true },
              children: [{ type: 'text', value: '#' }],
            },
          ],
        });
      },
    },
  });
};
