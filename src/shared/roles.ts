import type { RoleId } from '../schemas/common';
import { roleNames } from '../i18n/names';

/** Readers' names for the audience roles (badges, filters, the home page's "Jag arbetar med …"). */
export const ROLE_NAMES: Record<RoleId, string> = roleNames;

export function roleName(id: string): string {
  const name = ROLE_NAMES[id as RoleId];
  if (!name) throw new Error(`Okänd roll: ${id}`);
  return name;
}
