/**
 * Every key the handbook stores under, in one scheme: `hb:<shape>:v<version>[:<id>]` (Swedish shape
 * names, as the first keys had). The version is the shape's version: a new shape version gets a new
 * key and a migration (migrate.ts), so an old handbook never misreads a newer record.
 */
export const PREFIX = 'hb:';

export const KEYS = {
  workspaces: 'hb:arbetsytor:v1',
  answersPrefix: 'hb:svar:v1:',
  selfcheck: 'hb:egenkontroll:v1',
  settings: 'hb:installningar:v1',
  workshops: 'hb:workshoppar:v1',
  draft: 'hb:workshop-utkast:v1',
  runPrefix: 'hb:workshop-korning:v1:',
  /** The statistics of one arbetsyta (imports, charts, threshold). */
  statistikPrefix: 'hb:statistik:v1:',
  /** Unreadable data moved aside: `hb:karantan:<ISO time>:<original key>`. Never read as data, never deleted by the handbook. */
  quarantinePrefix: 'hb:karantan:',
} as const;

export const answersKey = (workspaceId: string) => `${KEYS.answersPrefix}${workspaceId}`;
export const statistikKey = (workspaceId: string) => `${KEYS.statistikPrefix}${workspaceId}`;
export const runKey = (sourceKey: string) => `${KEYS.runPrefix}${sourceKey}`;

/** Keys written by earlier versions of the handbook, moved to the scheme above on first load (migrate.ts). */
export const LEGACY_KEYS = {
  workshops: 'hb-workshop-saved',
  draft: 'hb-workshop-draft',
  runPrefix: 'hb-workshop-run:',
} as const;

/** True for a key that belongs to the handbook (and so goes into "Ladda ner allt"). */
export const isHandbookKey = (key: string) => key.startsWith(PREFIX) || key.startsWith('hb-workshop-');
