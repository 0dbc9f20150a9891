/**
 * The fields of a worksheet, read from its MDX source at build time: for the field catalogue
 * (/arbetsblad/falt.json, which export and import use offline) and to check field ids are unique.
 * Read from the MDX syntax tree: the elements' attributes, expression values from their estree literals.
 */
import type { Root } from 'mdast';
import { AttributeError, attributesOf, elementsNamed, lineOf, mayHaveMarkup, mdxTree } from './mdx-tree';

export const FIELD_COMPONENTS = ['TextField', 'TextArea', 'DateField', 'ChecklistField', 'ChoiceField', 'RatingField', 'TableField', 'PriorityMatrix'] as const;
export type FieldComponent = (typeof FIELD_COMPONENTS)[number];

export interface FieldSpec {
  id: string;
  component: FieldComponent;
  label: string;
  /** Items, options, columns or criteria, by component. */
  list?: string[] | undefined;
  multiple?: boolean | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** TableField: rows carry stable ids; column name → what a reference column points at (src/shared/chain). */
  rowIds?: boolean | undefined;
  refs?: Record<string, string> | undefined;
}

const COMPONENTS: ReadonlySet<string> = new Set(FIELD_COMPONENTS);

/** The field components of an MDX syntax tree, in document order. Throws on a missing or duplicate id, naming the line. */
export function fieldsOf(tree: Root): FieldSpec[] {
  const fields: FieldSpec[] = [];
  const seen = new Set<string>();
  for (const element of elementsNamed(tree, COMPONENTS)) {
    const component = element.name as FieldComponent;
    const line = lineOf(element);
    const attrs = attributesOf(element);
    const id = typeof attrs['id'] === 'string' ? attrs['id'] : '';
    if (!id) throw new AttributeError(line, `<${component}> saknar id`);
    if (seen.has(id)) throw new AttributeError(line, `fält-id "${id}" används två gånger`);
    seen.add(id);
    const list = attrs['items'] ?? attrs['options'] ?? attrs['columns'] ?? attrs['criteria'];
    if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
      throw new AttributeError(line, `<${component} id="${id}">: listan ska vara strängar, t.ex. {["Ett", "Två"]}`);
    }
    const refs = attrs['refs'];
    if (refs !== undefined && (typeof refs !== 'object' || refs === null || Array.isArray(refs) || Object.values(refs).some((v) => typeof v !== 'string'))) {
      throw new AttributeError(line, `<${component} id="${id}"> refs: ska vara ett objekt kolumn → mål`);
    }
    fields.push({
      id,
      component,
      label: String(attrs['label'] ?? id),
      ...(list ? { list: list as string[] } : {}),
      ...(attrs['multiple'] ? { multiple: true } : {}),
      ...(attrs['rowIds'] ? { rowIds: true } : {}),
      ...(refs ? { refs: refs as Record<string, string> } : {}),
      ...(component === 'RatingField' ? { min: Number(attrs['min'] ?? 1), max: Number(attrs['max'] ?? 5) } : {}),
    });
  }
  return fields;
}

/** Every field component in an MDX body (its shared syntax tree, src/build/content/mdx-tree.ts). */
export function parseFields(body: string): FieldSpec[] {
  return mayHaveMarkup(body) ? fieldsOf(mdxTree(body)) : [];
}
