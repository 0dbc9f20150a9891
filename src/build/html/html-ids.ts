/** Rewrites ids in an HTML fragment so fragments can be combined on one page. */

const ID_ATTRIBUTES = /(\s(?:id|for|aria-labelledby|aria-describedby|aria-controls)=")([^"]*)"/g;

export function prefixIds(html: string, prefix: string, options: { demoteHeadings?: boolean } = {}): string {
  let out = html
    .replace(ID_ATTRIBUTES, (_, start: string, value: string) => `${start}${value.split(/\s+/).filter(Boolean).map((v) => `${prefix}-${v}`).join(' ')}"`)
    .replace(/(\shref="#)([^"]+)"/g, (_, start: string, value: string) => `${start}${prefix}-${value}"`);
  if (options.demoteHeadings) {
    out = out.replace(/<(\/?)h([2-5])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
  }
  return out;
}
