/** The Metodbank's static filter lists (src/build/content/method-lists.ts): options, addresses, which methods each list holds. */
import { describe, expect, it } from 'vitest';
import type { Method } from '../../src/build/content/handbook';
import { METHOD_FILTER_OPTIONS, methodFacets, methodListHref, methodsFor } from '../../src/build/content/method-lists';
import { METHOD_FILTER_KEYS } from '../../src/shared/method-filter';
import { ROLE_IDS } from '../../src/schemas';
import { EVIDENCE_LEVELS, METHOD_KINDS } from '../../src/schemas/method';

/** Only the fields the lists read. */
const method = (id: string, data: { steps: number[]; kind: string; audience: string[]; evidenceLevel: string }) => ({ id, data }) as unknown as Method;

const methods = [
  method('grannsamverkan', { steps: [3, 4], kind: 'situationell', audience: ['samordnare', 'kommunpolis'], evidenceLevel: 'mattlig' }),
  method('mentorskap', { steps: [4], kind: 'social', audience: ['skola'], evidenceLevel: 'stark' }),
  method('trygghetsvandring', { steps: [2], kind: 'bada', audience: [], evidenceLevel: 'begransad' }),
];

describe('METHOD_FILTER_OPTIONS', () => {
  it('has one option list per filter of the form, in its order, with every value the schema allows', () => {
    expect(METHOD_FILTER_OPTIONS.map((f) => f.key)).toEqual([...METHOD_FILTER_KEYS]);
    const values = (key: string) => METHOD_FILTER_OPTIONS.find((f) => f.key === key)!.options.map(([value]) => value);
    expect(values('steg')).toEqual(['1', '2', '3', '4', '5']);
    expect(values('typ')).toEqual([...METHOD_KINDS]);
    expect(values('roll').sort()).toEqual([...ROLE_IDS].sort());
    expect(values('evidens')).toEqual([...EVIDENCE_LEVELS]);
  });
  it('labels a step with its number and title, and every option with text', () => {
    const steps = METHOD_FILTER_OPTIONS[0]!.options;
    for (const [value, label] of steps) expect(label).toMatch(new RegExp(`^${value} \\S`));
    for (const filter of METHOD_FILTER_OPTIONS) for (const [, label] of filter.options) expect(label.trim().length, filter.key).toBeGreaterThan(2);
  });
});

describe('methodFacets', () => {
  it("gives a method's steps as text, its kind, a copy of its audience and its evidence level", () => {
    const m = methods[0]!;
    const facets = methodFacets(m);
    expect(facets).toEqual({ steg: ['3', '4'], typ: ['situationell'], roll: ['samordnare', 'kommunpolis'], evidens: ['mattlig'] });
    (facets.roll as string[]).push('skola');
    expect(m.data.audience).toEqual(['samordnare', 'kommunpolis']);
  });
});

describe('methodListHref', () => {
  it('is /metoder/<filter>/<value>/ with the value encoded', () => {
    expect(methodListHref('roll', 'skola')).toBe('/metoder/roll/skola/');
    expect(methodListHref('steg', '2')).toBe('/metoder/steg/2/');
    expect(methodListHref('typ', 'a b/å')).toBe('/metoder/typ/a%20b%2F%C3%A5/');
  });
});

describe('methodsFor', () => {
  it('holds the methods the form shows for that one value, in the given order', () => {
    expect(methodsFor(methods, 'steg', '4').map((m) => m.id)).toEqual(['grannsamverkan', 'mentorskap']);
    expect(methodsFor(methods, 'steg', '2').map((m) => m.id)).toEqual(['trygghetsvandring']);
    expect(methodsFor(methods, 'typ', 'social').map((m) => m.id)).toEqual(['mentorskap']);
    expect(methodsFor(methods, 'roll', 'kommunpolis').map((m) => m.id)).toEqual(['grannsamverkan']);
    expect(methodsFor(methods, 'evidens', 'stark').map((m) => m.id)).toEqual(['mentorskap']);
  });
  it('is empty for a value no method has', () => {
    expect(methodsFor(methods, 'steg', '1')).toEqual([]);
    expect(methodsFor(methods, 'roll', 'lansstyrelse')).toEqual([]);
  });
});
