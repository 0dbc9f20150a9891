/** The handbook's name, on its own so a script that only needs it for a document title loads nothing else. Spread into sv.ts. */
export const siteStrings = {
  'site.name': 'Samverkanshandboken',
} as const;
