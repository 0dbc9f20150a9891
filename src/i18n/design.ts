/**
 * Strings of the reading layout and the printed editions: the process overview, the footer, glossary
 * popovers, the compact reading bar on phones and the whole book in print. Spread into sv.ts.
 */
export const designStrings = {
  'process.crumb': 'Samverkansprocessen',
  'process.page.title': 'Samverkansprocessen i fem steg',
  'process.page.lead':
    'Handbokens arbetssätt följer fem steg, från beslutet att samverka till uppföljningen som ger underlag till nästa varv. Varje steg har sina kapitel, arbetsblad, övningar och metoder.',
  'process.page.contents': '{chapters} kapitel · {worksheets} arbetsblad · {exercises} övningar',
  'footer.publisher': 'Utgivare',
  'footer.basedOn': 'Bygger på handboken Samverkan i lokalt brottsförebyggande arbete (Brå, Polismyndigheten och SKR).',
  'footer.feedback': 'Lämna synpunkter på handboken',
  'footer.book': 'Hela handboken',
  'term.more': 'Mer i ordlistan om {term}',
  'reading.bar': 'Innehåll och utgåvor',
  'print.printed': 'Utskrivet {date}',
  'heading.anchor': 'Länk till avsnittet {heading}',
  'pager.label': 'Läsordning',
} as const;
