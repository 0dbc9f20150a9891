/** Strings of the whole book in print (/hela-handboken/). */
export const bookStrings = {
  title: 'Hela handboken',
  description: 'Hela Samverkanshandboken i en utskrift: omslag, innehållsförteckning med sidnummer, alla kapitel i gällande utgåva och ordlistan.',
  lead: 'Alla kapitel i gällande utgåva på en sida, gjord för att skrivas ut eller sparas som PDF: omslag, innehållsförteckning med sidnummer, varje kapitel på ny sida med sidhuvud, och ordlistan sist.',
  print: 'Skriv ut hela handboken',
  pdf: 'Ladda ner hela handboken som PDF ({size})',
  contents: 'Innehåll',
  glossary: 'Ordlista',
  chapterLabel: 'Kapitel {n}',
} as const;
