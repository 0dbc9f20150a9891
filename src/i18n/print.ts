/** Strings of the printed worksheets and the problem triangle figure. */
export const problemTriangle = {
  caption: 'Problemtriangeln: ett brott kräver en gärningsperson, ett offer eller mål och en plats. Påverka en sida, så påverkas problemet.',
  centre: 'Problemet',
  offender: 'Gärningsperson',
  victim: 'Offer eller mål',
  place: 'Plats',
} as const;

export const printStrings = {
  'print.blankDate': '____-__-__',
} as const;
