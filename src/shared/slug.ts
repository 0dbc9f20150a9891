/** ASCII id for Swedish text: å/ä → a, ö → o; used for stable field and anchor ids. */
export function asciiId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    // Runs are single hyphens by now.
    .replace(/^-|-$/g, '');
}
