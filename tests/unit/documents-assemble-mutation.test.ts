/**
 * Each document assembled from an arbetsyta (src/shared/documents/assemble.ts), block by block: with
 * every answer filled in, each lands in its section, in order, with dates the reader's way; with only
 * some worksheets filled, each section either leaves out what is empty or says which worksheet (or
 * which part of it) to fill. These are the documents the kommunstyrelse decides on.
 */
import { describe, expect, it } from 'vitest';
import { assemble, documentsUsing, readableDate, type DocumentContext } from '../../src/shared/documents/assemble';
import { documentInput, SOURCES, type DocumentInput } from '../../src/shared/documents/input';
import { catalogue, full } from './support/documents-full';
import { treeOutline } from './support/document-outline';

const ctx: DocumentContext = {
  kommun: 'Strandvik',
  organ: 'Kommunstyrelsen',
  workspace: 'Ytan',
  today: new Date('2026-12-04T12:00:00Z'),
};

/** The full arbetsyta with ISO dates where the reader writes dates. */
function dated(): DocumentInput {
  const input = documentInput(full, catalogue);
  input.lagesbild.date = '2026-03-01';
  input.prioritering.date = '2026-03-15';
  input.atgardsplan.validFrom = '2026-04-01';
  input.atgardsplan.firstFollowUp = '2026-10-01';
  input.uppfoljning.next = '2027-03-01';
  input.uppfoljning.reports[0]!.date = '2026-11-30';
  input.logg.entries[0]!.date = '2026-05-02';
  input.logg.deviations[0]!.date = '2026-06-03';
  input.overenskommelse.date = '2026-02-01';
  input.medborgarlofte.feedbackDate = '2026-12-31';
  input.medborgarlofte.signDate = '2026-01-15';
  return input;
}

/** Only what each document requires, with one answer in it; the other worksheets empty. */
const sparse = () =>
  documentInput(
    {
      [SOURCES.lagesbild]: { fields: { vidare: 'Rån' } },
      [SOURCES.atgardsplan]: { fields: { beslut: 'KS' } },
      [SOURCES.overenskommelse]: { fields: { parter: [['Polisen', '', '']] } },
      [SOURCES.medborgarlofte]: { fields: { period: '2025' } },
      [SOURCES.logg]: { fields: { atgard: 'Belysning' } },
    },
    catalogue,
  );

describe('every answer in its section, in order', () => {
  it('Lägesbild: the area, the mapping, other information, the analysis with causes, sources and uncertainty', () => {
    expect(treeOutline(assemble('lagesbild', dated(), ctx))).toEqual([
      'fact Lägesbilden är: Polisens',
      'fact Område och period: l.omrade-period',
      'fact Datum: 1 mars 2026',
      '# Kommunens hela geografiska område',
      'p Lägesbilden gäller brottsligheten i hela kommunens geografiska område, inte bara i kommunens egna verksamheter.',
      'p Den här lägesbilden omfattar: l.omrade-period.',
      'p Så väl täcker källorna hela kommunens område, enligt den egna bedömningen: 7 av 10 (1 betyder bara delar av kommunen, 5 hela kommunen).',
      '## Problem och områden som syns dåligt i källorna',
      'p k.luckor',
      '# Kartläggning av brottsligheten',
      'table Brott och ordningsproblem: omfattning och konsekvenser (landscape): Problem | Omfattning och utveckling | Var och när | Vilka drabbas | Konsekvenser',
      '  kartlaggning 1 | kartlaggning 2 | kartlaggning 3 | kartlaggning 4 | kartlaggning 5',
      '## Trygghet',
      'p l.trygghet',
      '## Statistik',
      'guidance Inga diagram valda. Diagram och tabeller som du markerar med ”Ta med i lägesbilden” på statistiksidan kommer med här, med källa och period. [Statistik för lägesbilden /statistik/]',
      '# Annan information av betydelse',
      'p Lägesbilden tar hänsyn till:',
      '- Näringsliv',
      '- Skola',
      'p l.annan-info-beskrivning',
      '# Analys',
      '## Vad som sticker ut',
      'p l.avvikelser',
      '## Mönster och möjliga orsaker',
      'p l.samband',
      '## Orsaker till det prioriterade problemet',
      '## Problemet',
      'p o.problem',
      'fact Gärningspersoner: o.garningspersoner',
      'fact Offer eller mål: o.offer-mal',
      'fact Plats: o.plats',
      'table Orsaker: Orsak | Direkt eller bakomliggande | Vad talar för orsaken | Hur säkra',
      '  orsaker 1 | orsaker 2 | orsaker 3 | orsaker 4',
      '## Orsaker som åtgärderna ska riktas mot',
      'p o.slutsats',
      '## Problem som går vidare till prioritering',
      'p l.vidare',
      '# Källor och osäkerheter',
      'p Lägesbilden bygger på de här slagen av källor:',
      '- NTU',
      'table Källor (landscape): Källa | Ägare och kontakt | Område och period | Tillgång och sekretess | Styrkor och brister',
      '  kallor 1 | kallor 2 | kallor 3 | kallor 4 | kallor 5',
      'table Källor som valdes bort: Källa | Varför bortvald | Betydelse för slutsatserna',
      '  bortvalda 1 | bortvalda 2 | bortvalda 3',
      '## Osäkerheter och kunskapsluckor',
      'p Hur säker lägesbilden är som helhet, enligt den egna bedömningen: 4 av 5 (1 betyder mycket osäker, 5 välgrundad).',
      'p l.kunskapsluckor',
    ]);
  });
  it('Åtgärdsplan: the position on the need, focus, each measure with what it targets, follow-up', () => {
    expect(treeOutline(assemble('atgardsplan', dated(), ctx))).toEqual([
      'fact Fokusområde: a.fokusomrade',
      'fact Gäller från: 1 april 2026',
      'fact Beslutad av: a.beslut',
      '# Ställningstagande till behovet av åtgärder',
      'p Utifrån lägesbilden tar kommunen ställning till vilka brottsförebyggande åtgärder som behövs. Ställningstagandet och prioriteringen bakom det redovisas här.',
      'p Prioriteringen bygger på: p.underlag.',
      'table Prioritering av problemen: Problem | Prioriteras nu eller inte | Motivering',
      '  beslut 1 | beslut 2 | beslut 3',
      'p Prioriteringen beslutades av p.beslutat-av (15 mars 2026).',
      '## Problem som inte prioriteras nu',
      'p p.ej-prioriterade',
      '# Fokusområde och orsaker',
      'p Planen gäller fokusområdet ”a.fokusomrade”.',
      '## Orsaker som åtgärderna ska påverka',
      'p a.koppling',
      '# Åtgärder',
      'p Planen har 1 åtgärder. Varje åtgärd har ett mål, en ansvarig, en tid, resurser och en indikator, och pekar på det problem och den orsak den ska påverka.',
      'table Åtgärder med mål, ansvar, tid, resurser och indikator (landscape): Nr | Åtgärd | Mål | Problem och orsak | Ansvarig | Tid | Resurser | Indikator',
      '  1 | atgarder 2 | atgarder 1 | a.fokusomrade – a.koppling | atgarder 3 | atgarder 4 | atgarder 5 | atgarder 6',
      '## Typer av åtgärder',
      '- Social',
      '## Målen är',
      '- Specifikt',
      '- Mätbart',
      '# Uppföljning',
      'fact Första uppföljningen: 1 oktober 2026',
      'fact Nästa uppföljning av lägesbild och åtgärdsplan: 1 mars 2027',
      '## Återrapportering',
      'p a.aterrapportering',
      'table Indikatorer och utgångsvärden: Mål | Indikator | Utgångsvärde | Källa | När mäts det',
      '  indikatorer 1 | indikatorer 2 | indikatorer 3 | indikatorer 4 | indikatorer 5',
      'fact Samlar in underlaget: u.samlar-in',
      'fact Sammanställer och analyserar: u.analyserar',
    ]);
  });
  it('Tjänsteskrivelse: the matter, one proposal per filled document, summary, process, economy, follow-up, annexes', () => {
    expect(treeOutline(assemble('beslutsunderlag', dated(), ctx))).toEqual([
      '# Ärende',
      'p Lägesbild och åtgärdsplan för det brottsförebyggande arbetet i Strandvik enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.',
      'fact Beslutas av: Kommunstyrelsen',
      'fact Diarienummer: (fylls i vid registrering)',
      '# Förslag till beslut',
      '1. Kommunstyrelsen fastställer lägesbilden över brottsligheten (l.omrade-period).',
      '2. Kommunstyrelsen antar åtgärdsplanen för fokusområdet ”a.fokusomrade”, att gälla från 1 april 2026.',
      '3. Kommunstyrelsen godkänner samverkansöverenskommelsen med polisen för perioden s.period.',
      '4. Kommunstyrelsen ska få en redovisning av hur åtgärdsplanen följs upp senast 1 oktober 2026.',
      '# Sammanfattning',
      'p Sedan den 1 juli 2023 ska kommunen ta fram en lägesbild över brottsligheten, ta ställning till behovet av brottsförebyggande åtgärder och besluta om en åtgärdsplan.',
      'p Lägesbilden kartlägger 1 brotts- eller ordningsproblem och analyserar dem tillsammans med annan information av betydelse.',
      'p l.vidare',
      'p Åtgärdsplanen har 1 åtgärder inom fokusområdet ”a.fokusomrade”.',
      '# Beskrivning av ärendet',
      '## Kraven i lagen',
      'p Enligt lagen (2023:196) ska kommunen ta fram en lägesbild över brottsligheten i hela kommunens geografiska område, med en kartläggning, annan information av betydelse och en analys. Utifrån lägesbilden tar kommunen ställning till behovet av åtgärder och beslutar om en åtgärdsplan. Lägesbild och åtgärdsplan följs upp.',
      '## Så togs underlaget fram',
      'p Lägesbilden är polisens.',
      'p Den bygger på de här slagen av källor:',
      '- NTU',
      'p Problemen prioriterades av p.beslutat-av:',
      '- beslut 1 (beslut 2)',
      '# Ekonomiska konsekvenser',
      'table Resurser per åtgärd: Åtgärd | Ansvarig | Resurser',
      '  atgarder 2 | atgarder 3 | atgarder 5',
      '## Tid och budget för uppföljningen',
      'p u.resurser',
      'advice Råd från handboken Ange hur mycket pengar som behövs, för vilken nämnd och hur det finansieras. Sätter planen mål för hela kommunen eller kräver den nya pengar kan det vara klokt att låta kommunfullmäktige besluta; ryms åtgärderna i befintliga budgetar räcker ofta kommunstyrelsens eller den ledande nämndens beslut. Ta bort rutan innan skrivelsen går vidare.',
      '# Uppföljning och återrapportering',
      'p a.aterrapportering',
      'table Redovisning av resultat: Mottagare | Vad | Datum',
      '  rapportering 1 | rapportering 2 | 30 november 2026',
      '# Bilagor',
      '1. Lägesbild, l.omrade-period',
      '2. Åtgärdsplan',
      '3. Samverkansöverenskommelse, utkast',
      '4. Uppföljningsplan',
    ]);
  });
  it('Samverkansöverenskommelse: parties, background, focus problems, commitments, annexes, signatures', () => {
    expect(treeOutline(assemble('samverkansoverenskommelse', dated(), ctx))).toEqual([
      '# Parter',
      'table Parter: Part | Företrädare | Roll i samverkan',
      '  parter 1 | parter 2 | parter 3',
      'fact Period: s.period',
      '# Bakgrund och syfte',
      'p s.bakgrund',
      '# Fokusproblem',
      'table Fokusproblem: Fokusproblem | Troliga orsaker | Mål',
      '  fokusproblem 1 | fokusproblem 2 | fokusproblem 3',
      '# Åtaganden',
      '## Kommunens åtaganden',
      'p s.kommunens-ataganden',
      '## Polisens åtaganden',
      'p s.polisens-ataganden',
      '## Andra parters åtaganden',
      'p s.andra-ataganden',
      '# Dokumentation och uppföljning',
      'p s.uppfoljning',
      '## Bilagor',
      '1. Åtgärdsplan',
      '# Underskrifter',
      'p Datum: 1 februari 2026',
      'sign För kommunen: s.underskrift-kommun',
      'sign För polisen: s.underskrift-polis',
    ]);
  });
  it('Medborgarlöfte: the promise, who does what, why, how the public hears, signatures', () => {
    expect(treeOutline(assemble('medborgarlofte', dated(), ctx))).toEqual([
      '# Vårt löfte',
      'p m.loftestext',
      'fact Period: m.period',
      '# Vem gör vad',
      '## Polisen',
      'p m.polisen-gor',
      '## Kommunen',
      'p m.kommunen-gor',
      '## Andra parter',
      'p m.andra-parter',
      '# Därför lovar vi det här',
      'p m.problem',
      'p Löftet bygger på:',
      '- Enkät',
      '- Trygghetsvandring',
      '# Så får du veta hur det går',
      'p m.kommunikation',
      'p Vi berättar hur det har gått senast 31 december 2026.',
      '# Underskrifter',
      'p Datum: 15 januari 2026',
      'sign Undertecknas av: m.undertecknare',
    ]);
  });
  it('Återrapport: what was done (plan, log, deviations, commitments), what the indicators show, what changes', () => {
    expect(treeOutline(assemble('aterrapport', dated(), ctx))).toEqual([
      '# Inledning',
      'p Kommunstyrelsen leder kommunens brottsförebyggande arbete och redovisar här för kommunfullmäktige vad som har gjorts, vad indikatorerna visar och vad som ändras. Redovisningen gäller: e.arbete.',
      '# Vad har gjorts',
      'table Åtgärderna i åtgärdsplanen: Nr | Åtgärd | Ansvarig | Tid',
      '  1 | atgarder 2 | atgarder 3 | atgarder 4',
      'fact Åtgärd: g.atgard',
      'fact Hur genomförandet går: Klar',
      'table Genomförandelogg (landscape): Datum | Aktivitet | Vem | Omfattning | Som planerat | Kommentar',
      '  2 maj 2026 | logg 2 | logg 3 | logg 4 | logg 5 | logg 6',
      'table Avvikelser (landscape): Datum | Vad | Orsak | Vad görs | Ansvarig',
      '  3 juni 2026 | avvikelser 2 | avvikelser 3 | avvikelser 4 | avvikelser 5',
      'table Parternas åtaganden: Part | Åtagande | Genomfört | Kommentar',
      '  ataganden 1 | ataganden 2 | ataganden 3 | ataganden 4',
      '# Vad indikatorerna visar',
      'table Effekter på problemen: Mål | Utgångsvärde | Värde nu | Tolkning',
      '  effekter 1 | effekter 2 | effekter 3 | effekter 4',
      'p I vilken grad målen har nåtts, enligt den egna bedömningen: 5 av 5.',
      '# Vad ändras',
      'p Rekommendation: Avsluta.',
      '## Lärdomar',
      'p e.larande',
      'p g.lardomar',
      '## Förslag inför nästa lägesbild och åtgärdsplan',
      'p e.nasta-cykel',
      '## Återkoppling som har gjorts',
      '- Medborgare',
    ]);
  });
});

describe('with little filled in, a section leaves out what is empty or says what to fill', () => {
  const blank = { ...ctx, kommun: ' ', organ: ' ' };
  it('Lägesbild: the kallor, orsaker and mapping still to fill are named; the uncertainty says it is not described', () => {
    expect(treeOutline(assemble('lagesbild', sparse(), blank))).toEqual([
      '# Kommunens hela geografiska område',
      'p Lägesbilden gäller brottsligheten i hela kommunens geografiska område, inte bara i kommunens egna verksamheter.',
      'guidance Inte ifyllt än Det här avsnittet bygger på ett arbetsblad som inte är ifyllt i arbetsytan. [Datakällor /arbetsblad/datakallor-for-lagesbilden/]',
      '# Kartläggning av brottsligheten',
      'guidance Inte ifyllt än Den här delen av arbetsbladet är inte ifylld. [Lägesbild /arbetsblad/lagesbild-sammanstallning/]',
      '## Statistik',
      'guidance Inga diagram valda. Diagram och tabeller som du markerar med ”Ta med i lägesbilden” på statistiksidan kommer med här, med källa och period. [Statistik för lägesbilden /statistik/]',
      '# Annan information av betydelse',
      'guidance Inte ifyllt än Den här delen av arbetsbladet är inte ifylld. [Lägesbild /arbetsblad/lagesbild-sammanstallning/]',
      '# Analys',
      '## Orsaker till det prioriterade problemet',
      'guidance Inte ifyllt än Det här avsnittet bygger på ett arbetsblad som inte är ifyllt i arbetsytan. [Orsaker /arbetsblad/orsaksanalys/]',
      '## Problem som går vidare till prioritering',
      'p Rån',
      '# Källor och osäkerheter',
      'guidance Inte ifyllt än Det här avsnittet bygger på ett arbetsblad som inte är ifyllt i arbetsytan. [Datakällor /arbetsblad/datakallor-for-lagesbilden/]',
      '## Osäkerheter och kunskapsluckor',
      'p Osäkerheterna är inte beskrivna än. Fyll i dem i Sammanställning av lägesbilden.',
    ]);
  });
  it('Åtgärdsplan: prioritering and uppföljning to fill; the measures are a part of the filled plan still to fill', () => {
    expect(treeOutline(assemble('atgardsplan', sparse(), blank))).toEqual([
      'fact Beslutad av: KS',
      '# Ställningstagande till behovet av åtgärder',
      'p Utifrån lägesbilden tar kommunen ställning till vilka brottsförebyggande åtgärder som behövs. Ställningstagandet och prioriteringen bakom det redovisas här.',
      'guidance Inte ifyllt än Det här avsnittet bygger på ett arbetsblad som inte är ifyllt i arbetsytan. [Prioritering /arbetsblad/problemprioritering/]',
      '# Fokusområde och orsaker',
      '# Åtgärder',
      'guidance Inte ifyllt än Den här delen av arbetsbladet är inte ifylld. [Åtgärdsplan /arbetsblad/atgardsplan/]',
      '# Uppföljning',
      'guidance Inte ifyllt än Det här avsnittet bygger på ett arbetsblad som inte är ifyllt i arbetsytan. [Uppföljning /arbetsblad/uppfoljningsplan/]',
    ]);
  });
  it('Tjänsteskrivelse: the default organ, the year as period, the fallback focus, a dash for a missing period; what to fill for the process and follow-up', () => {
    expect(treeOutline(assemble('beslutsunderlag', sparse(), blank))).toEqual([
      '# Ärende',
      'p Lägesbild och åtgärdsplan för det brottsförebyggande arbetet i [Kommunens namn] enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.',
      'fact Beslutas av: Kommunstyrelsen',
      'fact Diarienummer: (fylls i vid registrering)',
      '# Förslag till beslut',
      '1. Kommunstyrelsen fastställer lägesbilden över brottsligheten (2026).',
      '2. Kommunstyrelsen antar åtgärdsplanen för fokusområdet ”Brottsförebyggande arbete”.',
      '3. Kommunstyrelsen godkänner samverkansöverenskommelsen med polisen för perioden –.',
      '# Sammanfattning',
      'p Sedan den 1 juli 2023 ska kommunen ta fram en lägesbild över brottsligheten, ta ställning till behovet av brottsförebyggande åtgärder och besluta om en åtgärdsplan.',
      'p Lägesbilden kartlägger 0 brotts- eller ordningsproblem och analyserar dem tillsammans med annan information av betydelse.',
      'p Rån',
      'p Åtgärdsplanen har 0 åtgärder inom fokusområdet ”Brottsförebyggande arbete”.',
      '# Beskrivning av ärendet',
      '## Kraven i lagen',
      'p Enligt lagen (2023:196) ska kommunen ta fram en lägesbild över brottsligheten i hela kommunens geografiska område, med en kartläggning, annan information av betydelse och en analys. Utifrån lägesbilden tar kommunen ställning till behovet av åtgärder och beslutar om en åtgärdsplan. Lägesbild och åtgärdsplan följs upp.',
      '## Så togs underlaget fram',
      'guidance Inte ifyllt än Det här avsnittet bygger på arbetsblad som inte är ifyllda i arbetsytan. [Datakällor /arbetsblad/datakallor-for-lagesbilden/] [Prioritering /arbetsblad/problemprioritering/]',
      '# Ekonomiska konsekvenser',
      'p Åtgärdsplanen anger inga resurser för åtgärderna än.',
      'advice Råd från handboken Ange hur mycket pengar som behövs, för vilken nämnd och hur det finansieras. Sätter planen mål för hela kommunen eller kräver den nya pengar kan det vara klokt att låta kommunfullmäktige besluta; ryms åtgärderna i befintliga budgetar räcker ofta kommunstyrelsens eller den ledande nämndens beslut. Ta bort rutan innan skrivelsen går vidare.',
      '# Uppföljning och återrapportering',
      'guidance Inte ifyllt än Det här avsnittet bygger på ett arbetsblad som inte är ifyllt i arbetsytan. [Uppföljning /arbetsblad/uppfoljningsplan/]',
      '# Bilagor',
      '1. Lägesbild, 2026',
      '2. Åtgärdsplan',
      '3. Samverkansöverenskommelse, utkast',
    ]);
  });
  it('Samverkansöverenskommelse: placeholders for background and follow-up, blank signature lines', () => {
    expect(treeOutline(assemble('samverkansoverenskommelse', sparse(), blank))).toEqual([
      '# Parter',
      'table Parter: Part | Företrädare | Roll i samverkan',
      '  Polisen | – | –',
      '# Bakgrund och syfte',
      'p Bakgrunden är inte ifylld än.',
      '# Fokusproblem',
      '# Åtaganden',
      '# Dokumentation och uppföljning',
      'p Hur arbetet dokumenteras och följs upp är inte ifyllt än.',
      '# Underskrifter',
      'sign För kommunen: ',
      'sign För polisen: ',
    ]);
  });
  it('Medborgarlöfte: the placeholder promise, a blank signature line', () => {
    expect(treeOutline(assemble('medborgarlofte', sparse(), blank))).toEqual([
      '# Vårt löfte',
      'p Löftestexten är inte skriven än.',
      'fact Period: 2025',
      '# Vem gör vad',
      '# Därför lovar vi det här',
      '# Så får du veta hur det går',
      '# Underskrifter',
      'sign Undertecknas av: ',
    ]);
  });
  it('Återrapport: the fallback for what the report is about; the evaluation and follow-up still to fill', () => {
    expect(treeOutline(assemble('aterrapport', sparse(), blank))).toEqual([
      '# Inledning',
      'p Kommunstyrelsen leder kommunens brottsförebyggande arbete och redovisar här för kommunfullmäktige vad som har gjorts, vad indikatorerna visar och vad som ändras. Redovisningen gäller: Brottsförebyggande arbete.',
      '# Vad har gjorts',
      'fact Åtgärd: Belysning',
      '# Vad indikatorerna visar',
      'guidance Inte ifyllt än Det här avsnittet bygger på arbetsblad som inte är ifyllda i arbetsytan. [Utvärdering /arbetsblad/utvardering/] [Uppföljning /arbetsblad/uppfoljningsplan/]',
      '# Vad ändras',
      'guidance Inte ifyllt än Det här avsnittet bygger på ett arbetsblad som inte är ifyllt i arbetsytan. [Utvärdering /arbetsblad/utvardering/]',
    ]);
  });
});

describe('a document with nothing to draw on', () => {
  const none = documentInput({}, {});
  const guidance = 'guidance Fyll i arbetsbladen först Dokumentet byggs av det du skriver i arbetsbladen i arbetsytan ”Ytan”. Där är inget av det som dokumentet bygger på ifyllt än. Fyll i arbetsbladen nedan, så växer dokumentet fram här.';
  const link = (id: string) => ` [${id} /arbetsblad/${id}/]`;

  it('is only the guidance, linking every worksheet it uses (the lägesbild also the statistics page), with its title and cover', () => {
    const cover = (kind: Parameters<typeof assemble>[0]) => {
      const { blocks: _, ...rest } = assemble(kind, none, ctx);
      return rest;
    };
    expect(treeOutline(assemble('lagesbild', none, ctx))).toEqual([guidance + [SOURCES.lagesbild, SOURCES.kallor, SOURCES.orsaker, SOURCES.prioritering].map(link).join('') + ' [Statistik för lägesbilden /statistik/]']);
    expect(treeOutline(assemble('aterrapport', none, ctx))).toEqual([guidance + [SOURCES.atgardsplan, SOURCES.logg, SOURCES.uppfoljning, SOURCES.utvardering].map(link).join('')]);
    expect(treeOutline(assemble('medborgarlofte', none, ctx))).toEqual([guidance + link(SOURCES.medborgarlofte)]);
    expect(cover('lagesbild')).toEqual({ kind: 'lagesbild', title: 'Lägesbild', subtitle: '', kommun: 'Strandvik', date: '4 december 2026', empty: true });
    expect(cover('beslutsunderlag')).toMatchObject({ title: 'Tjänsteskrivelse', subtitle: 'Beslutsunderlag' });
    expect(cover('samverkansoverenskommelse')).toMatchObject({ title: 'Samverkansöverenskommelse', subtitle: 'Utkast' });
    expect(cover('medborgarlofte')).toMatchObject({ title: 'Medborgarlöfte', subtitle: 'Utkast' });
    expect(cover('atgardsplan')).toMatchObject({ title: 'Åtgärdsplan', subtitle: '' });
    expect(cover('aterrapport')).toMatchObject({ title: 'Återrapport till kommunfullmäktige', subtitle: '' });
  });

  it('any one of the worksheets a document requires is enough; one it only uses is not', () => {
    const filled = (sheet: string) => documentInput({ [sheet]: { fields: { x: 'text' } } }, {});
    expect(assemble('aterrapport', filled(SOURCES.uppfoljning), ctx).empty).toBe(false);
    expect(assemble('aterrapport', filled(SOURCES.logg), ctx).empty).toBe(false);
    expect(assemble('aterrapport', filled(SOURCES.atgardsplan), ctx).empty).toBe(true);
    expect(assemble('beslutsunderlag', filled(SOURCES.atgardsplan), ctx).empty).toBe(false);
    expect(assemble('beslutsunderlag', filled(SOURCES.kallor), ctx).empty).toBe(true);
  });

  it('the cover names the kommun as written, trimmed, or the placeholder', () => {
    expect(assemble('atgardsplan', none, { ...ctx, kommun: ' Lövnäs ' }).kommun).toBe('Lövnäs');
    expect(assemble('atgardsplan', none, { ...ctx, kommun: '' }).kommun).toBe('[Kommunens namn]');
  });
});

/** The lines of one section, from its heading to the next section's. */
function section(lines: string[], heading: string): string[] {
  const start = lines.indexOf(`# ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('# '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('the branches of each section', () => {
  const missingPart = (label: string, id: string) => `guidance Inte ifyllt än Den här delen av arbetsbladet är inte ifylld. [${label} /arbetsblad/${id}/]`;
  const notFilled = (label: string, id: string) => `guidance Inte ifyllt än Det här avsnittet bygger på ett arbetsblad som inte är ifyllt i arbetsytan. [${label} /arbetsblad/${id}/]`;

  it('Lägesbild: safety without a mapping table; other information as text only; a rating without written gaps, gaps without a rating', () => {
    const input = dated();
    input.lagesbild.mapping = [];
    input.lagesbild.otherInfo = [];
    input.lagesbild.gaps = '';
    input.lagesbild.areaPeriod = '';
    input.kallor.coverage = undefined;
    const lines = treeOutline(assemble('lagesbild', input, ctx));
    expect(section(lines, 'Kartläggning av brottsligheten').slice(0, 2)).toEqual(['## Trygghet', 'p l.trygghet']);
    expect(section(lines, 'Annan information av betydelse')).toEqual(['p l.annan-info-beskrivning']);
    expect(section(lines, 'Kommunens hela geografiska område')).toEqual([
      'p Lägesbilden gäller brottsligheten i hela kommunens geografiska område, inte bara i kommunens egna verksamheter.',
      '## Problem och områden som syns dåligt i källorna',
      'p k.luckor',
    ]);
    expect(section(lines, 'Källor och osäkerheter').slice(-2)).toEqual(['## Osäkerheter och kunskapsluckor', 'p Hur säker lägesbilden är som helhet, enligt den egna bedömningen: 4 av 5 (1 betyder mycket osäker, 5 välgrundad).']);

    const list = dated();
    list.lagesbild.otherInfoText = '';
    list.lagesbild.certainty = undefined;
    list.kallor.kinds = [];
    const listLines = treeOutline(assemble('lagesbild', list, ctx));
    expect(section(listLines, 'Annan information av betydelse')).toEqual(['p Lägesbilden tar hänsyn till:', '- Näringsliv', '- Skola']);
    expect(section(listLines, 'Källor och osäkerheter')[0]).toMatch(/^table Källor \(landscape\)/);
    expect(section(listLines, 'Källor och osäkerheter').slice(-2)).toEqual(['## Osäkerheter och kunskapsluckor', 'p l.kunskapsluckor']);
  });

  it('Åtgärdsplan: measures without owner, indicator or problem are named before the decision; no basis or decider, no line for them', () => {
    const input = dated();
    const base = input.atgardsplan.measures[0]!;
    input.atgardsplan.measures = [base, { ...base, owner: '' }, { ...base, indicator: '' }, { ...base, problem: '', cause: 'Mörker' }, { ...base, cause: '' }];
    input.prioritering.basis = '';
    input.prioritering.decidedBy = '';
    input.atgardsplan.focus = '';
    input.atgardsplan.kinds = [];
    const lines = treeOutline(assemble('atgardsplan', input, ctx));
    expect(section(lines, 'Åtgärder')).toEqual([
      'p Planen har 5 åtgärder. Varje åtgärd har ett mål, en ansvarig, en tid, resurser och en indikator, och pekar på det problem och den orsak den ska påverka.',
      'table Åtgärder med mål, ansvar, tid, resurser och indikator (landscape): Nr | Åtgärd | Mål | Problem och orsak | Ansvarig | Tid | Resurser | Indikator',
      '  1 | atgarder 2 | atgarder 1 | a.fokusomrade – a.koppling | atgarder 3 | atgarder 4 | atgarder 5 | atgarder 6',
      '  2 | atgarder 2 | atgarder 1 | a.fokusomrade – a.koppling | – | atgarder 4 | atgarder 5 | atgarder 6',
      '  3 | atgarder 2 | atgarder 1 | a.fokusomrade – a.koppling | atgarder 3 | atgarder 4 | atgarder 5 | –',
      '  4 | atgarder 2 | atgarder 1 | Mörker | atgarder 3 | atgarder 4 | atgarder 5 | atgarder 6',
      '  5 | atgarder 2 | atgarder 1 | a.fokusomrade | atgarder 3 | atgarder 4 | atgarder 5 | atgarder 6',
      // A measure without a cause is not flagged: the problem is what the plan must name.
      'advice Kontrollera innan planen beslutas Åtgärd nummer 2, 3, 4 saknar ansvarig, indikator eller det problem den ska påverka.',
      '## Målen är',
      '- Specifikt',
      '- Mätbart',
    ]);
    expect(section(lines, 'Ställningstagande till behovet av åtgärder')).toEqual([
      'p Utifrån lägesbilden tar kommunen ställning till vilka brottsförebyggande åtgärder som behövs. Ställningstagandet och prioriteringen bakom det redovisas här.',
      'table Prioritering av problemen: Problem | Prioriteras nu eller inte | Motivering',
      '  beslut 1 | beslut 2 | beslut 3',
      '## Problem som inte prioriteras nu',
      'p p.ej-prioriterade',
    ]);
    expect(section(lines, 'Fokusområde och orsaker')).toEqual(['## Orsaker som åtgärderna ska påverka', 'p a.koppling']);
  });

  it('Tjänsteskrivelse: the report date from the next follow-up; chosen problems with their decision; only costed measures; what to fill for follow-up', () => {
    const input = dated();
    input.atgardsplan.firstFollowUp = '';
    input.prioritering.decidedBy = '';
    input.prioritering.decisions = [
      { problem: 'Rån', now: 'Prioriteras nu', why: '' },
      { problem: '', now: 'Inte nu', why: 'x' },
      { problem: 'Klotter', now: '', why: '' },
    ];
    const base = input.atgardsplan.measures[0]!;
    input.atgardsplan.measures = [{ ...base, resources: '' }, { ...base, action: 'Belysning', owner: 'Gatukontoret', resources: '200 000 kr' }];
    input.uppfoljning.resources = '';
    input.atgardsplan.reporting = '';
    const lines = treeOutline(assemble('beslutsunderlag', input, ctx));
    expect(section(lines, 'Förslag till beslut').at(-1)).toBe('4. Kommunstyrelsen ska få en redovisning av hur åtgärdsplanen följs upp senast 1 mars 2027.');
    expect(section(lines, 'Beskrivning av ärendet').slice(-3)).toEqual(['p Problemen prioriterades av –:', '- Rån (Prioriteras nu)', '- Klotter']);
    expect(section(lines, 'Ekonomiska konsekvenser').slice(0, 2)).toEqual(['table Resurser per åtgärd: Åtgärd | Ansvarig | Resurser', '  Belysning | Gatukontoret | 200 000 kr']);
    expect(section(lines, 'Ekonomiska konsekvenser')[2]).toMatch(/^advice Råd från handboken/);
    expect(section(lines, 'Uppföljning och återrapportering')).toEqual(['table Redovisning av resultat: Mottagare | Vad | Datum', '  rapportering 1 | rapportering 2 | 30 november 2026']);

    // The follow-up sheet filled, but neither reporting nor reports: that part is still to fill.
    input.uppfoljning.reports = [];
    expect(section(treeOutline(assemble('beslutsunderlag', input, ctx)), 'Uppföljning och återrapportering')).toEqual([missingPart('Uppföljning', SOURCES.uppfoljning)]);

    // Only who made the lägesbild: the process names it, nothing else to fill.
    const whose = sparse();
    whose.lagesbild.whose = 'Gemensam';
    expect(section(treeOutline(assemble('beslutsunderlag', whose, ctx)), 'Beskrivning av ärendet').slice(-1)).toEqual(['p Lägesbilden är gemensam.']);
    // No follow-up date at all: no proposal to report.
    expect(section(treeOutline(assemble('beslutsunderlag', whose, ctx)), 'Förslag till beslut')).toHaveLength(3);
  });

  it('Återrapport: what it is about falls back from the evaluation to the plan; indicators when there are no effects; lessons alone; what to fill', () => {
    const input = dated();
    input.utvardering.work = '';
    input.atgardsplan.measures = [];
    input.utvardering.commitments = [];
    input.utvardering.effects = [];
    input.utvardering.achieved = undefined;
    input.utvardering.recommendation = '';
    input.utvardering.learning = '';
    input.utvardering.feedback = [];
    let lines = treeOutline(assemble('aterrapport', input, ctx));
    expect(section(lines, 'Inledning')).toEqual(['p Kommunstyrelsen leder kommunens brottsförebyggande arbete och redovisar här för kommunfullmäktige vad som har gjorts, vad indikatorerna visar och vad som ändras. Redovisningen gäller: u.plan.']);
    expect(section(lines, 'Vad har gjorts')[0]).toBe('fact Åtgärd: g.atgard');
    expect(section(lines, 'Vad har gjorts').at(-1)).toBe('  3 juni 2026 | avvikelser 2 | avvikelser 3 | avvikelser 4 | avvikelser 5');
    expect(section(lines, 'Vad indikatorerna visar')).toEqual(['table Indikatorer och utgångsvärden: Mål | Indikator | Utgångsvärde | Källa | När mäts det', '  indikatorer 1 | indikatorer 2 | indikatorer 3 | indikatorer 4 | indikatorer 5']);
    expect(section(lines, 'Vad ändras')).toEqual(['## Lärdomar', 'p g.lardomar', '## Förslag inför nästa lägesbild och åtgärdsplan', 'p e.nasta-cykel']);

    input.uppfoljning.plan = '';
    input.utvardering.nextCycle = '';
    input.logg.lessons = '';
    lines = treeOutline(assemble('aterrapport', input, { ...ctx, organ: 'Socialnämnden' }));
    expect(section(lines, 'Inledning')[0]).toMatch(/^p Socialnämnden leder .*Redovisningen gäller: a\.fokusomrade\.$/);
    expect(section(lines, 'Vad ändras')).toEqual([missingPart('Utvärdering', SOURCES.utvardering)]);

    // Only the log filled: what was done, and the evaluation and follow-up to fill.
    const log = documentInput({ [SOURCES.logg]: { fields: { atgard: 'Belysning' } }, [SOURCES.utvardering]: { fields: { maluppfyllelse: '3' } } }, catalogue);
    expect(section(treeOutline(assemble('aterrapport', log, ctx)), 'Vad indikatorerna visar')).toEqual(['p I vilken grad målen har nåtts, enligt den egna bedömningen: 3 av 5.']);
    const noLog = documentInput({ [SOURCES.uppfoljning]: { fields: { plan: 'Plan' } } }, catalogue);
    expect(section(treeOutline(assemble('aterrapport', noLog, ctx)), 'Vad har gjorts')).toEqual([notFilled('Logg', SOURCES.logg)]);
  });
});

describe('more branches', () => {
  it('Tjänsteskrivelse: a proposal, summary line and annex only for each document that is filled', () => {
    const onlyLagesbild = documentInput({ [SOURCES.lagesbild]: { fields: { 'omrade-period': 'Centrum 2025' } } }, catalogue);
    let lines = treeOutline(assemble('beslutsunderlag', onlyLagesbild, ctx));
    expect(section(lines, 'Förslag till beslut')).toEqual(['1. Kommunstyrelsen fastställer lägesbilden över brottsligheten (Centrum 2025).']);
    expect(section(lines, 'Sammanfattning').slice(1)).toEqual(['p Lägesbilden kartlägger 0 brotts- eller ordningsproblem och analyserar dem tillsammans med annan information av betydelse.']);
    expect(section(lines, 'Bilagor')).toEqual(['1. Lägesbild, Centrum 2025']);
    const onlyPlan = documentInput({ [SOURCES.atgardsplan]: { fields: { fokusomrade: 'Torget' } } }, catalogue);
    lines = treeOutline(assemble('beslutsunderlag', onlyPlan, ctx));
    expect(section(lines, 'Förslag till beslut')).toEqual(['1. Kommunstyrelsen antar åtgärdsplanen för fokusområdet ”Torget”.']);
    expect(section(lines, 'Sammanfattning').slice(1)).toEqual(['p Åtgärdsplanen har 0 åtgärder inom fokusområdet ”Torget”.']);
    expect(section(lines, 'Bilagor')).toEqual(['1. Åtgärdsplan']);
  });

  it('Åtgärdsplan: a decision on the priorities without a date shows a dash', () => {
    const input = dated();
    input.prioritering.date = '';
    expect(section(treeOutline(assemble('atgardsplan', input, ctx)), 'Ställningstagande till behovet av åtgärder')).toContain('p Prioriteringen beslutades av p.beslutat-av (–).');
  });

  it('Återrapport: any one of recommendation, learning, lessons or next cycle is enough for the changes section', () => {
    for (const only of ['recommendation', 'learning', 'lessons', 'nextCycle'] as const) {
      const input = dated();
      input.utvardering.recommendation = only === 'recommendation' ? 'Fortsätt' : '';
      input.utvardering.learning = only === 'learning' ? 'Lärt' : '';
      input.logg.lessons = only === 'lessons' ? 'Lärdom' : '';
      input.utvardering.nextCycle = only === 'nextCycle' ? 'Nästa' : '';
      input.utvardering.feedback = [];
      const changes = section(treeOutline(assemble('aterrapport', input, ctx)), 'Vad ändras');
      expect(changes, only).toHaveLength(only === 'recommendation' ? 1 : 2);
      expect(changes.join('\n'), only).not.toContain('guidance');
    }
  });

  it('Lägesbild: the chosen charts with their notes, and then no note that none is chosen', () => {
    const chart = { id: 'c1', alt: 'Linjediagram', model: { title: 'Rånen minskar', summary: 'S', caption: 'Källa', notes: ['Färre än 5 visas inte.'], table: { caption: 'T', columns: ['År'], rows: [['2024']] } } } as never;
    const tree = assemble('lagesbild', dated(), { ...ctx, charts: [chart] });
    expect(tree.blocks.filter((b) => b.kind === 'chart')).toEqual([{ kind: 'chart', id: 'c1', title: 'Rånen minskar', alt: 'Linjediagram', summary: 'S', caption: 'Källa', notes: ['Färre än 5 visas inte.'], table: { caption: 'T', columns: ['År'], rows: [['2024']] } }]);
    expect(section(treeOutline(tree), 'Kartläggning av brottsligheten').join('\n')).not.toContain('Inga diagram valda');
  });

  it('a date that is not a real month is written as it stands, trimmed', () => {
    expect(readableDate(' 2024-13-01 ')).toBe('2024-13-01');
  });
});

it('links each worksheet to the documents that draw on it', () => {
  expect(documentsUsing('lagesbild')).toEqual(['lagesbild', 'beslutsunderlag']);
  expect(documentsUsing('atgardsplan')).toEqual(['atgardsplan', 'beslutsunderlag', 'aterrapport']);
  expect(documentsUsing('orsaker')).toEqual(['lagesbild', 'atgardsplan']);
  expect(documentsUsing('kallor')).toEqual(['lagesbild', 'beslutsunderlag']);
  expect(documentsUsing('logg')).toEqual(['aterrapport']);
  expect(documentsUsing('medborgarlofte')).toEqual(['medborgarlofte']);
});
