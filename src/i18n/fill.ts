/** Fills {placeholders} in a UI string; a missing value is a programming error, so it throws. */
export function fill(key: string, template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`UI-strängen ${key} saknar värdet {${name}}`);
    return String(params[name]);
  });
}

/** The accessor for one string table: a key that is not in it is a type error. */
export function translator<T extends Record<keyof T, string>>(table: T) {
  return <K extends keyof T & string>(key: K, params: Record<string, string | number> = {}): string => fill(key, table[key], params);
}
