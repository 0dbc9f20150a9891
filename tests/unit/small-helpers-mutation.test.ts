// Small shared helpers at their edges: ASCII ids from Swedish text, role names, worksheet field ids and
// option lists checked at build time, and the plain-text blocks of exercise instructions.
import { describe, expect, it, vi } from 'vitest';
import { asciiId } from '../../src/shared/slug';
import { ROLE_NAMES, roleName } from '../../src/shared/roles';
import { fieldId, requireItems } from '../../src/shared/worksheet-fields';
import { textBlocks } from '../../src/shared/plain-text';
import { facetsFrom, methodMatches, parseMethodFilters } from '../../src/shared/method-filter';
import { tocTree } from '../../src/shared/navigation';

describe('method facets', () => {
  it('reads each filter from its own attribute, space-separated', () => {
    const attrs: Record<string, string> = { steg: '2  4', typ: 'social', roll: 'skola kommunpolis', evidens: 'stark' };
    expect(facetsFrom((k) => attrs[k])).toEqual({ steg: ['2', '4'], typ: ['social'], roll: ['skola', 'kommunpolis'], evidens: ['stark'] });
    expect(facetsFrom(() => undefined)).toEqual({ steg: [], typ: [], roll: [], evidens: [] });
    const facets = facetsFrom((k) => attrs[k]);
    for (const query of ['?typ=social', '?roll=kommunpolis', '?evidens=stark']) expect(methodMatches(facets, parseMethodFilters(query)), query).toBe(true);
    for (const query of ['?typ=situationell', '?roll=socialtjanst', '?evidens=svag']) expect(methodMatches(facets, parseMethodFilters(query)), query).toBe(false);
  });
});

describe('table of contents', () => {
  it('leaves out the page title (h1) and headings deeper than asked for', () => {
    const toc = tocTree([
      { depth: 1, slug: 'titel', text: 'Titel' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
    ], 2);
    expect(toc).toEqual([{ depth: 2, slug: 'a', text: 'A', children: [] }]);
  });
});

describe('ASCII ids', () => {
  it('turns Swedish letters and accents into a–z, anything else into single hyphens, none at the ends', () => {
    expect(asciiId('Åtgärder mot öppen narkotikahandel')).toBe('atgarder-mot-oppen-narkotikahandel');
    expect(asciiId('ÖVERSIKT')).toBe('oversikt');
    expect(asciiId('Café & Brottsförebyggande råd')).toBe('cafe-brottsforebyggande-rad');
    expect(asciiId('  --Steg 3: plan!--  ')).toBe('steg-3-plan');
    expect(asciiId('a — b')).toBe('a-b');
    expect(asciiId('!!!')).toBe('');
  });
});

describe('role names', () => {
  it('names a known role and refuses an unknown one by its id', () => {
    expect(roleName('skola')).toBe(ROLE_NAMES.skola);
    expect(roleName('kommunpolis')).toBe('Kommunpolis');
    expect(() => roleName('rektor')).toThrow('Okänd roll: rektor');
  });
});

describe('worksheet fields at build time', () => {
  it('gives a field a stable control id', () => {
    expect(fieldId('mal', '/arbetsblad/x/')).toBe('falt-mal');
    expect(fieldId('steg-2-mal', '/arbetsblad/x/')).toBe('falt-steg-2-mal');
    expect(fieldId('a1-b22', '/p/')).toBe('falt-a1-b22');
  });

  it('refuses an id that is not lowercase a–z, digits and single inner hyphens, naming page and id', () => {
    expect(() => fieldId('Mal', '/arbetsblad/x/')).toThrow('Fält på /arbetsblad/x/: id "Mal" är ogiltigt. Förväntade gemena a–z, siffror och bindestreck.');
    for (const id of ['', '-mal', 'mal-', 'mål', 'a--b', 'a b', 'x-mal!', '!mal']) {
      expect(() => fieldId(id, '/p/'), id).toThrow(`id "${id}" är ogiltigt`);
    }
  });

  it('accepts a list of texts and refuses an empty list, blanks or non-texts, naming component, id and property', () => {
    expect(() => requireItems('TableField', 'rader', 'columns', ['A', 'B'], '/p/')).not.toThrow();
    expect(() => requireItems('TableField', 'rader', 'columns', [], '/p/')).toThrow('<TableField id="rader"> på /p/: columns ska vara en lista med text, fick [].');
    expect(() => requireItems('ChoiceField', 'val', 'options', ['A', ' '], '/p/')).toThrow('fick ["A"," "]');
    expect(() => requireItems('ChoiceField', 'val', 'options', ['A', 3], '/p/')).toThrow(/options ska vara en lista/);
    expect(() => requireItems('ChoiceField', 'val', 'options', 'A, B', '/p/')).toThrow('fick "A, B"');
    expect(() => requireItems('ChoiceField', 'val', 'options', undefined, '/p/')).toThrow(/fick undefined/);
  });
});

describe('plain-text blocks', () => {
  it('blank lines, also with spaces on them, split paragraphs; lines of a paragraph are joined', () => {
    expect(textBlocks('  Ett\ntvå  \n   \nTre\n\n\nFyra  ')).toEqual([
      { kind: 'p', text: 'Ett två' },
      { kind: 'p', text: 'Tre' },
      { kind: 'p', text: 'Fyra' },
    ]);
    expect(textBlocks('')).toEqual([]);
  });

  it('a list right after a paragraph line, and a paragraph line right after a list, start new blocks', () => {
    expect(textBlocks('Fråga:\n-  Vad vet vi? \n- Vad saknas?\nSedan paus.\n- Sista')).toEqual([
      { kind: 'p', text: 'Fråga:' },
      { kind: 'ul', items: ['Vad vet vi?', 'Vad saknas?'] },
      { kind: 'p', text: 'Sedan paus.' },
      { kind: 'ul', items: ['Sista'] },
    ]);
  });

  it('an indented line continues the list item before it; an unindented one does not', () => {
    expect(textBlocks('- Ett\n  fortsätter\n   och fortsätter\n- Två\n fortsätter inte')).toEqual([
      { kind: 'ul', items: ['Ett fortsätter och fortsätter', 'Två'] },
      { kind: 'p', text: 'fortsätter inte' },
    ]);
  });

  it('a chunk that starts indented is a paragraph, and only an indented line continues an item', () => {
    expect(textBlocks('Ett\n\n  Två')).toEqual([
      { kind: 'p', text: 'Ett' },
      { kind: 'p', text: 'Två' },
    ]);
    expect(textBlocks('- Ett\nTvå  tre')).toEqual([
      { kind: 'ul', items: ['Ett'] },
      { kind: 'p', text: 'Två  tre' },
    ]);
  });

  it('a dash without a space is text, not a list item', () => {
    expect(textBlocks('-5 grader\n–tankstreck')).toEqual([{ kind: 'p', text: '-5 grader –tankstreck' }]);
  });

  it('a list alone in its chunk is one list', () => {
    expect(textBlocks('- a\n- b\n\n- c')).toEqual([
      { kind: 'ul', items: ['a', 'b'] },
      { kind: 'ul', items: ['c'] },
    ]);
  });
});

describe('module-level patterns, loaded inside the test', () => {
  // The field id pattern is built when the module loads; loading it anew here checks the pattern itself.
  it('field ids: lowercase letters and digits in hyphen-separated groups', async () => {
    vi.resetModules();
    const { fieldId: id } = await import('../../src/shared/worksheet-fields');
    expect(id('a', '/p/')).toBe('falt-a');
    expect(id('ab1-c22-d', '/p/')).toBe('falt-ab1-c22-d');
    for (const bad of ['', 'A', 'x-', '-x', 'a--b', 'a_b', 'x-!', 'a b']) expect(() => id(bad, '/p/'), bad).toThrow(/är ogiltigt/);
  });
});
