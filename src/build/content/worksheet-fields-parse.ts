/**
 * The fields of a worksheet, read from its MDX source at build time: for the field catalogue
 * (/arbetsblad/falt.json, which export and import use offline) and to check field ids are unique.
 */

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

const TAG = new RegExp(`<(${FIELD_COMPONENTS.join('|')})\\b([\\s\\S]*?)\\/>`, 'g');
const ATTR = /([a-zA-Z]+)(?:=(?:"([^"]*)"|\{([\s\S]*?)\})(?=\s+[a-zA-Z]+(?:=|\s|$)|\s*$))?/g;

function parseAttributes(source: string): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const match of source.trim().matchAll(ATTR)) {
    const [, name, text, expression] = match;
    if (!name) continue;
    if (text !== undefined) attributes[name] = text;
    else if (expression !== undefined) attributes[name] = JSON.parse(expression);
    else attributes[name] = true;
  }
  return attributes;
}

/** Every field component in an MDX body, in document order. Throws on a duplicate id. */
export function parseFields(body: string): FieldSpec[] {
  const fields: FieldSpec[] = [];
  const seen = new Set<string>();
  for (const match of body.matchAll(TAG)) {
    const component = match[1] as FieldComponent;
    let attrs: Record<string, unknown>;
    try {
      attrs = parseAttributes(match[2] ?? '');
    } catch (error) {
      throw new Error(`<${component}>: attributen kunde inte läsas (${(error as Error).message})`);
    }
    const id = String(attrs['id'] ?? '');
    if (!id) throw new Error(`<${component}> saknar id`);
    if (seen.has(id)) throw new Error(`fält-id "${id}" används två gånger`);
    seen.add(id);
    const list = (attrs['items'] ?? attrs['options'] ?? attrs['columns'] ?? attrs['criteria']) as string[] | undefined;
    fields.push({
      id,
      component,
      label: String(attrs['label'] ?? id),
      ...(list ? { list } : {}),
      ...(attrs['multiple'] ? { multiple: true } : {}),
      ...(attrs['rowIds'] ? { rowIds: true } : {}),
      ...(attrs['refs'] ? { refs: attrs['refs'] as Record<string, string> } : {}),
      ...(component === 'RatingField' ? { min: Number(attrs['min'] ?? 1), max: Number(attrs['max'] ?? 5) } : {}),
    });
  }
  return fields;
}
