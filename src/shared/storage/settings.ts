/**
 * The reader's settings (hb:installningar:v1). Kept free of the validator and the string table: the
 * chapter page reads it, and that page's JavaScript budget is 4 KiB.
 */
export interface Settings {
  version: 1;
  revisionMarkers?: 'on' | 'off' | undefined;
}

/** Throws on anything but the stored shape (the Store then quarantines it). */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('inte ett objekt');
  const r = raw as Record<string, unknown>;
  if (r['version'] !== undefined && r['version'] !== 1) throw new Error(`version ${JSON.stringify(r['version'])}`);
  const markers = r['revisionMarkers'];
  if (markers !== undefined && markers !== 'on' && markers !== 'off') throw new Error('revisionMarkers');
  return markers ? { version: 1, revisionMarkers: markers } : { version: 1 };
}

/** Reads settings; undefined for none and for unreadable (which the caller must then not overwrite). */
export function readSettings(storage: Pick<Storage, 'getItem'>, key: string): Settings | undefined | 'unreadable' {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : parseSettings(JSON.parse(text));
  } catch {
    return 'unreadable';
  }
}
