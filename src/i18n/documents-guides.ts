/**
 * The short guides on /dokument/ and /dokument/<slag>/: what each document is for, who decides it, and
 * the handbook's advice. Facts from /work/shared/domain/facts-2026.md section 1 (and content/law.yaml);
 * what is only inference or unverified there is written as advice ("kan vara klokt"), never as law.
 */
import type { DocumentKind } from '../shared/documents/tree';

export interface Guide {
  /** The card text on /dokument/ and the lead on the document's page. */
  lead: string;
  purpose: string[];
  decides: string[];
  /** The handbook's advice (never law). */
  advice: string[];
  /** Provisions on /lagen/ (ids in content/law.yaml). */
  law: string[];
  sources: { label: string; href: string }[];
}

const LAW = { label: 'Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete', href: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2023196-om-kommuners-ansvar-for_sfs-2023-196/' };
const BRA_LAW = { label: 'Brå: Besluta om samverkan', href: 'https://bra.se/kunskapsstod/arbeta-brottsforebyggande/initiera-samverkan/besluta-om-samverkan' };
const BRA_2025 = { label: 'Brå: Crime prevention in Sweden 2025 (sammanfattning)', href: 'https://bra.se/english/publications/archive/2025-06-04-crime-prevention-in-sweden' };

export const GUIDES: Record<DocumentKind, Guide> = {
  lagesbild: {
    lead: 'Lägesbilden beskriver brottsligheten i hela kommunen och är grunden för allt som kommer sedan: prioriteringen, åtgärdsplanen och uppföljningen.',
    purpose: [
      'Lagen kräver att kommunen tar fram en lägesbild över brottsligheten i hela sitt geografiska område, inte bara i sina egna verksamheter. Den har tre delar: en kartläggning av brottsligheten med omfattning och konsekvenser, annan information av betydelse och en analys av båda.',
      'Dokumentet samlar det ni har skrivit i arbetsbladen för lägesbilden, datakällorna och orsaksanalysen, och visar också vilka källor bilden bygger på och hur säker den är.',
    ],
    decides: [
      'Kommunstyrelsen, eller den nämnd som kommunfullmäktige har utsett, leder kommunens brottsförebyggande arbete. Lägesbilden tas därför oftast upp där.',
      'Ett exempel: i Göteborg tog stadsområdesnämnderna 2024 fram var sin lägesbild om brott och otrygghet som nämndhandlingar.',
    ],
    advice: ['Skriv ut vad källorna inte kan visa, till exempel områden eller brott som syns dåligt. Det gör analysen trovärdigare och visar vad nästa lägesbild behöver.'],
    law: ['lagesbild', 'ledning'],
    sources: [LAW, { label: 'Brå: Hitta variationer och avvikelser', href: 'https://bra.se/forebygga-brott/arbeta-brottsforebyggande/egna-forberedelser/hitta-variationer-och-avvikelser.html' }],
  },
  atgardsplan: {
    lead: 'Åtgärdsplanen visar vad kommunen ska göra, vem som ansvarar, när och hur ni ser om det fungerar – och vilket problem och vilken orsak varje åtgärd riktas mot.',
    purpose: [
      'Utifrån lägesbilden ska kommunen ta ställning till vilka brottsförebyggande åtgärder som behövs och besluta om en åtgärdsplan. Planen är alltså ett formellt beslut.',
      'Brås uppföljning 2025 visade att färre kommuner än tidigare hade en färdig åtgärdsplan, och att åtgärder ibland riktades mot problem som inte fanns i lägesbilden. Därför visar dokumentet för varje åtgärd vilket problem och vilken orsak den ska påverka.',
    ],
    decides: ['Planen beslutas av kommunstyrelsen eller av den nämnd som leder arbetet.'],
    advice: [
      'Sätter planen mål för hela kommunen eller kräver den nya pengar kan det vara klokt att låta kommunfullmäktige besluta. Ryms åtgärderna i befintliga budgetar räcker ofta kommunstyrelsens eller den ledande nämndens beslut.',
      'Kontrollera före beslutet att varje åtgärd har en ansvarig och en indikator. Dokumentet påminner om de åtgärder som saknar något av det.',
    ],
    law: ['atgardsplan', 'uppfoljning', 'ledning'],
    sources: [LAW, BRA_2025, { label: 'Brå: stöd till kommuner, bedömning av relevans (2024)', href: 'https://bra.se/om-bra/nytt-fran-bra/arkiv/nyheter/2024-02-08-stort-intresse-for-bras-ekonomiska-stod-till-kommuners-brottsforebyggande-atgarder.html' }],
  },
  beslutsunderlag: {
    lead: 'Tjänsteskrivelsen är det som politikerna läser före beslutet: ärendet, förslaget till beslut och skälen, med lägesbild och åtgärdsplan som bilagor.',
    purpose: [
      'Ett ärende som ska beslutas politiskt behöver ett skriftligt underlag från förvaltningen. Kommunerna har egna mallar, men rubrikerna liknar varandra: sammanfattning, beskrivning av ärendet, ekonomisk bedömning och förslag till beslut.',
      'Dokumentet fyller rubrikerna med det ni har skrivit i arbetsbladen. Ladda ner det för Word och för över texten till kommunens egen mall.',
    ],
    decides: ['Skrivelsen går till kommunstyrelsen eller till den nämnd som leder det brottsförebyggande arbetet. Välj nämnd i rutan ”Nämnd som beslutar”.'],
    advice: [
      'Skriv förslaget till beslut som om det redan vore fattat, en åtgärd per punkt, så att det går att förstå utan bilagorna.',
      'Skriv sakligt och opartiskt i sammanfattningen. Om ärendet kräver pengar: ange hur mycket, till vilken nämnd och hur det finansieras.',
    ],
    law: ['atgardsplan', 'ledning'],
    sources: [
      { label: 'Alingsås kommun: Beslutsunderlag', href: 'https://kurser.alingsas.se/topics/beslutsunderlag/' },
      { label: 'Söderhamns kommun: Innehåll i protokoll och ärendelistor', href: 'https://www.soderhamn.se/sidor/kommun-och-politik/politik-och-demokrati/moten-och-protokoll/innehall-i-protokoll-och-arendelistor.html' },
      { label: 'Boverket: Kommunen (om kommunallagen)', href: 'https://boverket.se/sv/PBL-kunskapsbanken/lov--byggande/roller-och-ansvar/kommunen/' },
    ],
  },
  samverkansoverenskommelse: {
    lead: 'Överenskommelsen beskriver de problem som kommunen och polisen har valt att samverka kring, vad var och en åtar sig och hur arbetet följs upp.',
    purpose: [
      'Kommunen ska verka för skriftliga överenskommelser om samverkan med relevanta aktörer, och polisen är den självklara parten. Överenskommelsen tar upp fokusproblem, troliga orsaker, avgränsade och mätbara mål, hur arbetet dokumenteras och följs upp och vilken period den gäller.',
      'Den är inte juridiskt bindande, men underskriften är ett löfte om att genomföra det som står.',
    ],
    decides: ['Kommunstyrelsens ordförande och chefen för lokalpolisområdet beslutar om överenskommelsen och skriver under den.'],
    advice: ['Låt överenskommelsens period följa lägesbildens och åtgärdsplanens uppföljning, så att den ses över när de gör det.'],
    law: ['overenskommelser'],
    sources: [BRA_LAW, { label: 'Brå: Teckna samverkansöverenskommelse', href: 'https://bra.se/forebygga-brott/arbeta-brottsforebyggande/gemensamma-forberedelser/teckna-samverkansoverenskommelse.html' }],
  },
  medborgarlofte: {
    lead: 'Medborgarlöftet är ett konkret löfte från polisen och kommunen till invånarna: vad ni gör, var och när, och hur invånarna får veta hur det gick.',
    purpose: [
      'Medborgarlöftet är den utåtriktade delen av samverkansöverenskommelsen. Det bygger på den lokala problembilden och på dialoger med medarbetare och invånare, och ska vara lätt att kommunicera.',
    ],
    decides: ['I praktiken skriver kommunstyrelsens ordförande och chefen för lokalpolisområdet under. Löftena gäller ett år i vissa kommuner och flera år i andra.'],
    advice: ['Välj åtgärder som märks i vardagen och går att följa upp, och tänk på att kvinnor och män, flickor och pojkar kan uppleva trygghet olika.'],
    law: ['overenskommelser'],
    sources: [{ label: 'Brå: Formulera medborgarlöften', href: 'https://www.bra.se/forebygga-brott/samverkan/genomforande/formulera-medborgarloften.html' }, { label: 'Polisen: Medborgarlöften och lokal samverkan', href: 'https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/' }],
  },
  aterrapport: {
    lead: 'Återrapporten berättar för kommunfullmäktige vad som har gjorts, vad indikatorerna visar och vad som ändras.',
    purpose: [
      'Den nämnd som leder det brottsförebyggande arbetet ska fortlöpande rapportera om arbetet till kommunfullmäktige, så att fullmäktige kan följa hur kommunen tar sitt ansvar.',
      'Dokumentet bygger på åtgärdsplanen, genomförandeloggen, uppföljningsplanen och utvärderingen.',
    ],
    decides: ['Kommunstyrelsen eller den ledande nämnden lämnar rapporten; kommunfullmäktige tar emot den.'],
    advice: ['Lägg rapporten i kommunens årshjul, till exempel tillsammans med delårsrapporten, så att den inte glöms bort.'],
    law: ['ledning', 'uppfoljning'],
    sources: [BRA_LAW, LAW],
  },
};

export const GUIDE_TEXT = {
  overviewTitle: 'Dokument från arbetsytan',
  overviewLead: 'Här blir det du har skrivit i arbetsbladen dokument som kommunen kan använda som de är: en lägesbild, en åtgärdsplan, en tjänsteskrivelse och mer. Du väljer arbetsyta, skriver kommunens namn, ser dokumentet växa fram och skriver ut det eller laddar ner det för Word. Allt stannar på din enhet.',
  overviewHow: 'Så fungerar det',
  overviewSteps: [
    'Fyll i arbetsbladen i en arbetsyta. Varje dokument säger vilka blad det bygger på.',
    'Öppna dokumentet, välj arbetsytan och skriv kommunens namn. Lägg till en logotyp om du vill.',
    'Skriv ut det som PDF, ladda ner det för Word eller som text.',
  ],
  chainTitle: 'Röd tråd',
  chainText: 'En översikt som visar kedjan från lägesbild till prioriterade problem, orsaker, åtgärder, indikatorer och uppföljning – och var den brister, innan dokumenten går till politikerna.',
  guideTitle: 'Om dokumentet',
  purposeTitle: 'Vad dokumentet är till för',
  decidesTitle: 'Vem beslutar',
  adviceTitle: 'Råd från handboken',
  usesTitle: 'Bygger på arbetsbladen',
  lawTitle: 'Lagen',
  sourcesTitle: 'Källor',
  toolsTitle: 'Arbetsyta och kommun',
  previewTitle: 'Förhandsvisning',
  outputTitle: 'Skriv ut eller ladda ner',
  noscript: 'Förhandsvisningen, utskriften och nedladdningen kräver JavaScript. Guiden ovan går att läsa ändå.',
  logoHint: 'En PNG- eller JPEG-bild, högst {max} kB. Den sparas i arbetsytan på den här enheten och syns på dokumentets försättsblad.',
  kommunHint: 'Till exempel Strandviks kommun. Sparas i arbetsytan, så du skriver det en gång.',
  organHint: 'Till exempel Kommunstyrelsen eller Trygghetsnämnden.',
  offlineNote: 'Allt görs i din webbläsare, även Word-filen, och fungerar utan nät. Ingenting skickas någonstans.',
  crumb: 'Dokument',
  documentsOnSheet: 'Dokument som bygger på bladet',
  fromSheets: 'Det du fyller i blir färdiga dokument – lägesbild, åtgärdsplan, tjänsteskrivelse och fler – under',
} as const;
