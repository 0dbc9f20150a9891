/** Build-time helpers shared by the worksheet field components (src/components/fields/). */

const FIELD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The control id for a field: stable across builds so saved answers and labels keep matching. */
export function fieldId(id: string, page: string): string {
  if (!FIELD_ID.test(id)) {
    throw new Error(`Fält på ${page}: id "${id}" är ogiltigt. Förväntade gemena a–z, siffror och bindestreck.`);
  }
  return `falt-${id}`;
}

export function requireItems(component: string, id: string, prop: string, items: unknown, page: string): void {
  if (!Array.isArray(items) || items.length === 0 || !items.every((i) => typeof i === 'string' && i.trim())) {
    throw new Error(`<${component} id="${id}"> på ${page}: ${prop} ska vara en lista med text, fick ${JSON.stringify(items)}.`);
  }
}
