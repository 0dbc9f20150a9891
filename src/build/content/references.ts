/**
 * The references in an entry's data, found by walking its schema: every value whose schema was made by
 * `ref(target)` (src/schemas/common.ts), with its path ("methods[1]", "revisions[0].law[2]",
 * "byEdition.2020"). The schemas are the only list of reference fields: a new `idList('methods')` field
 * is checked without being named anywhere else.
 */
import type { z } from 'astro/zod';
import { referenceTarget, type CollectionName } from '../../schemas/common';

export interface ReferenceValue {
  path: string;
  target: CollectionName;
  value: unknown;
}

/** Zod 4's definition of a schema: the kind and the parts this walk follows. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function referencesIn(schema: z.ZodType, data: unknown): ReferenceValue[] {
  const found: ReferenceValue[] = [];
  const visit = (s: z.ZodType, value: unknown, path: string) => {
    if (value === undefined) return;
    const target = referenceTarget(s);
    if (target) {
      found.push({ path, target, value });
      return;
    }
    const def = defOf(s);
    switch (def.type) {
      case 'object':
        if (isRecord(value)) for (const [key, field] of Object.entries(def.shape ?? {})) visit(field, value[key], path ? `${path}.${key}` : key);
        break;
      case 'array':
        if (Array.isArray(value)) value.forEach((item, i) => visit(def.element!, item, `${path}[${i}]`));
        break;
      case 'record':
        if (isRecord(value)) {
          for (const [key, item] of Object.entries(value)) {
            const at = path ? `${path}.${key}` : key;
            visit(def.keyType!, key, at);
            visit(def.valueType!, item, at);
          }
        }
        break;
      case 'pipe':
        visit(def.in!, value, path);
        break;
      case 'union':
        // A reference inside a union would need the branch the value matched; none of the schemas has one.
        break;
      default:
        if (def.innerType) visit(def.innerType, value, path); // optional, default, nullable, readonly, catch
    }
  };
  visit(schema, data, '');
  return found;
}
