import type { RoleId } from '../schemas/common';

/** Readers' names for the audience roles (badges, filters, the home page's "Jag arbetar med …"). */
export const ROLE_NAMES: Record<RoleId, string> = {
  fortroendevald: 'Förtroendevald',
  kommunledning: 'Kommunledning',
  samordnare: 'Samordnare',
  socialtjanst: 'Socialtjänst',
  skola: 'Skola och förskola',
  samhallsbyggnad: 'Samhällsbyggnad',
  'kultur-fritid': 'Kultur och fritid',
  kommunpolis: 'Kommunpolis',
  lansstyrelse: 'Länsstyrelsen',
};

export function roleName(id: string): string {
  const name = ROLE_NAMES[id as RoleId];
  if (!name) throw new Error(`Okänd roll: ${id}`);
  return name;
}
