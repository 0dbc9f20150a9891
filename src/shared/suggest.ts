/** Glossary suggestions for a search without hits: terms that look like the query, typos forgiven. */

export function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Levenshtein distance, bounded: returns max+1 as soon as it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

export interface SuggestTerm {
  id: string;
  term: string;
  synonyms: string[];
}

/** Up to `limit` terms whose name (or a synonym, or a word of it) is close to the query. */
export function suggestTerms(query: string, terms: readonly SuggestTerm[], limit = 5): SuggestTerm[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  const scored = terms
    .map((term) => {
      const names = [term.term, ...term.synonyms].map(fold);
      const words = names.flatMap((n) => n.split(/[\s()–-]+/)).filter((w) => w.length > 2);
      const score = Math.min(
        ...names.map((n) => (n.includes(q) || q.includes(n) ? 0 : editDistance(q, n))),
        // A word that starts with the query is inside its name, which scored 0 above; here the query begins with the word.
        ...words.map((w) => (q.startsWith(w) ? 0.5 : editDistance(q, w) + 0.5)),
      );
      return { term, score };
    })
    .filter((s) => s.score <= Math.max(1, Math.min(3, Math.floor(q.length / 3))));
  return scored.sort((a, b) => a.score - b.score || a.term.term.localeCompare(b.term.term, 'sv')).slice(0, limit).map((s) => s.term);
}
