import { describe, expect, it } from 'vitest';
import { startPages } from '../../src/build/integrations/book-pdf-step';

describe('startPages', () => {
  const pages = ['Omslag', 'Innehåll\n1. Om  3\n2. Grunder 4', 'Kapitel 1\nOm', 'Om\ntext', 'Kapitel 2\nGrunder', 'Ordlista\n…'];
  const targets = [
    { id: 'a', marker: /^Kapitel 1$/m },
    { id: 'b', marker: /^Kapitel 2$/m },
    { id: 'ord', marker: /^Ordlista$/m },
  ];
  it('finds the first page of each part, in order, after the contents', () => {
    expect(startPages(pages, targets, 2)).toEqual({ a: 3, b: 5, ord: 6 });
  });
  it('never finds a part on a page before the previous one', () => {
    expect(() => startPages(['Kapitel 2', 'Kapitel 1'], targets.slice(0, 2))).toThrow(/b/);
  });
  it('names the part it cannot find', () => {
    expect(() => startPages(pages, [{ id: 'saknas', marker: /^Kapitel 9$/m }])).toThrow('saknas');
  });
});
