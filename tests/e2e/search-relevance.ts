/**
 * The search relevance set: queries written the way coordinators, police and politicians type them
 * (inflections, compounds, abbreviations, no å/ä/ö, two- and three-word queries, questions, role and
 * type words), each with the page(s) a reader expects near the top. Any listed page in the first three
 * counts as found. Run by search-relevance.spec.ts through the site's own search page.
 *
 * `issue` marks the queries quoted in issue #19: each must land its page in the top three on its own.
 */
export interface RelevanceCase {
  q: string;
  expect: string[];
  kind: 'böjning' | 'sammansättning' | 'förkortning' | 'utan å/ä/ö' | 'flera ord' | 'fråga' | 'roll/typ';
  issue?: true;
}

const ch = (id: string) => `/kapitel/${id}/`;
const m = (id: string) => `/metoder/${id}/`;
const ws = (id: string) => `/arbetsblad/${id}/`;
const ex = (id: string) => `/ovningar/${id}/`;
const role = (id: string) => `/roller/${id}/`;
const good = (id: string) => `/goda-exempel/${id}/`;
const LAW = [ch('kommuner-mot-brott'), '/lagen/'];
const PROMISE_EXAMPLES = ['medborgarlofte-gnosjo', 'medborgarloften-bra-fallstudie', 'medborgarloften-vannas-umea', 'medborgarloften-vingaker'].map(good);

export const RELEVANCE: RelevanceCase[] = [
  // Single words, inflected as in speech
  { q: 'lägesbilden', expect: [ch('lagesbild-och-orsaksanalys')], kind: 'böjning' },
  { q: 'lägesbilder', expect: [ch('lagesbild-och-orsaksanalys')], kind: 'böjning' },
  { q: 'orsaksanalysen', expect: [ch('lagesbild-och-orsaksanalys')], kind: 'böjning', issue: true },
  { q: 'förebyggande', expect: [ch('grunderna')], kind: 'böjning', issue: true },
  { q: 'medborgarlöftena', expect: [ch('medborgarloften')], kind: 'böjning' },
  { q: 'medborgarlöftet', expect: [ch('medborgarloften'), ws('medborgarlofte-utkast')], kind: 'böjning' },
  { q: 'samverkansöverenskommelsen', expect: [ch('samverkansoverenskommelse')], kind: 'böjning' },
  { q: 'samverkansöverenskommelser', expect: [ch('samverkansoverenskommelse')], kind: 'böjning' },
  { q: 'åtgärdsplanen', expect: [ws('atgardsplan')], kind: 'böjning' },
  { q: 'utvärderingen', expect: [ch('utvardering'), ws('utvardering')], kind: 'böjning' },
  { q: 'trygghetsvandringar', expect: [m('trygghetsvandring')], kind: 'böjning' },
  { q: 'trygghetsvandringen', expect: [m('trygghetsvandring')], kind: 'böjning' },
  { q: 'aktörerna', expect: [ch('aktorerna')], kind: 'böjning' },
  { q: 'aktörskartan', expect: [ws('aktorskarta')], kind: 'böjning' },
  { q: 'prioriteringsmatrisen', expect: [m('prioriteringsmatris')], kind: 'böjning' },
  { q: 'problemträdet', expect: [m('problemtrad')], kind: 'böjning' },
  { q: 'fiskbensdiagrammet', expect: [m('fiskbensdiagram')], kind: 'böjning' },
  { q: 'kamerabevakningen', expect: [m('kamerabevakning')], kind: 'böjning' },
  { q: 'fältassistenter', expect: [m('faltarbete')], kind: 'böjning' },
  { q: 'årshjulet', expect: [m('arshjul')], kind: 'böjning' },
  { q: 'egenkontrollen', expect: [ws('lagkrav-egenkontroll')], kind: 'böjning' },
  { q: 'kommunikationsplanen', expect: [m('kommunikationsplan'), ws('kommunikationsplan')], kind: 'böjning' },
  { q: 'uppföljningen', expect: [ch('steg-5-uppfoljning'), ws('uppfoljningsplan')], kind: 'böjning' },
  { q: 'socialtjänsten', expect: [role('socialtjanst')], kind: 'böjning' },
  { q: 'länsstyrelsen', expect: [role('lansstyrelse')], kind: 'böjning' },
  { q: 'kommunpolisen', expect: [role('kommunpolis')], kind: 'böjning' },
  { q: 'kommunstyrelsen', expect: [role('kommunledning')], kind: 'böjning' },
  { q: 'förtroendevalda', expect: [role('fortroendevald')], kind: 'böjning' },
  { q: 'mörkertalet', expect: [ch('lagesbild-och-orsaksanalys')], kind: 'böjning' },
  { q: 'medborgardialogen', expect: [m('medborgardialog')], kind: 'böjning' },
  { q: 'grannsamverkan', expect: [m('grannsamverkan')], kind: 'böjning' },
  { q: 'preventionsnivåerna', expect: [m('preventionsnivaer')], kind: 'böjning' },
  { q: 'samordnaren', expect: [role('samordnare')], kind: 'böjning' },
  { q: 'ny samordnare', expect: [ch('ny-som-samordnare'), role('samordnare')], kind: 'flera ord' },
  { q: 'samordningsfunktionen', expect: [role('samordnare')], kind: 'böjning' },
  { q: 'organiseringen', expect: [ch('organisering')], kind: 'böjning' },

  // Parts of compounds and compounds of parts
  { q: 'överenskommelse', expect: [ch('samverkansoverenskommelse')], kind: 'sammansättning' },
  { q: 'matris', expect: [m('prioriteringsmatris')], kind: 'sammansättning' },
  { q: 'vandring', expect: [m('trygghetsvandring')], kind: 'sammansättning' },
  { q: 'fastighetsägare', expect: [m('bid-fastighetsagarsamverkan'), good('sofielund-bid-malmo')], kind: 'sammansättning' },
  { q: 'brottskoncentration', expect: [m('hot-spots')], kind: 'sammansättning' },
  { q: 'orsaksträd', expect: [m('problemtrad')], kind: 'sammansättning' },

  // Abbreviations and other names
  { q: 'KmB', expect: [ch('kommuner-mot-brott')], kind: 'förkortning', issue: true },
  { q: 'kmb', expect: [ch('kommuner-mot-brott')], kind: 'förkortning' },
  { q: 'EST', expect: [m('est')], kind: 'förkortning' },
  { q: 'NTU', expect: [m('ntu')], kind: 'förkortning' },
  { q: 'CPTED', expect: [m('cpted')], kind: 'förkortning' },
  { q: 'SSPF', expect: [m('sspf')], kind: 'förkortning' },
  { q: 'SIG', expect: [m('sociala-insatsgrupper')], kind: 'förkortning' },
  { q: 'RRI', expect: [m('riskreducerande-insatser')], kind: 'förkortning' },
  { q: 'CTC', expect: [m('communities-that-care')], kind: 'förkortning' },
  { q: 'POP', expect: [m('problemorienterat-polisarbete')], kind: 'förkortning' },
  { q: 'SARA', expect: [m('sara')], kind: 'förkortning' },
  { q: 'GVI', expect: [m('gvi-sluta-skjut')], kind: 'förkortning' },
  { q: 'LPO', expect: [role('kommunpolis')], kind: 'förkortning' },
  { q: 'BID', expect: [m('bid-fastighetsagarsamverkan')], kind: 'förkortning' },
  // KSO is a glossary term of its own (Kommunstyrelsens ordförande): its definition, or the leadership's role pages.
  { q: 'KSO', expect: ['/ordlista/', role('kommunledning'), role('fortroendevald')], kind: 'förkortning' },
  { q: 'SMART', expect: [m('smarta-mal')], kind: 'förkortning' },
  { q: '2023:196', expect: LAW, kind: 'förkortning' },
  { q: 'hotspots', expect: [m('hot-spots')], kind: 'förkortning' },

  // Without å, ä and ö
  { q: 'lagesbild', expect: [ch('lagesbild-och-orsaksanalys')], kind: 'utan å/ä/ö' },
  { q: 'atgardsplan', expect: [ws('atgardsplan')], kind: 'utan å/ä/ö' },
  { q: 'samverkansoverenskommelse', expect: [ch('samverkansoverenskommelse')], kind: 'utan å/ä/ö' },
  { q: 'medborgarloften', expect: [ch('medborgarloften')], kind: 'utan å/ä/ö' },
  { q: 'foraldraskapsstod', expect: [m('foraldraskapsstod')], kind: 'utan å/ä/ö' },
  { q: 'lansstyrelsen', expect: [role('lansstyrelse')], kind: 'utan å/ä/ö' },
  { q: 'atgardsverkstad', expect: [ex('atgardsverkstad')], kind: 'utan å/ä/ö' },
  { q: 'arshjul', expect: [m('arshjul')], kind: 'utan å/ä/ö' },
  { q: 'aktorskartlaggning', expect: [ex('aktorskartlaggning')], kind: 'utan å/ä/ö' },
  { q: 'uppfoljningsmote', expect: [ex('uppfoljningsmote')], kind: 'utan å/ä/ö' },

  // Two and three words
  { q: 'trygghetsvandring checklista', expect: [m('trygghetsvandring'), ws('protokoll-trygghetsvandring')], kind: 'flera ord', issue: true },
  { q: 'åtgärdsplan mall', expect: [ws('atgardsplan')], kind: 'flera ord', issue: true },
  { q: 'samordnare roll', expect: [role('samordnare')], kind: 'flera ord', issue: true },
  { q: 'sluta skjut malmö', expect: [good('sluta-skjut-malmo')], kind: 'flera ord' },
  { q: 'medborgarlöfte exempel', expect: PROMISE_EXAMPLES, kind: 'flera ord' },
  { q: 'orsaksanalys övning', expect: [ex('orsaksanalys-verkstad')], kind: 'flera ord' },
  { q: 'prioritera problem', expect: [ex('prioritering-av-problem'), ws('problemprioritering'), m('prioriteringsmatris')], kind: 'flera ord' },
  { q: 'skola socialtjänst polis fritid', expect: [m('sspf')], kind: 'flera ord' },
  { q: 'trygghetsmätning enkät', expect: [m('trygghetsmatningar'), m('ntu')], kind: 'flera ord' },
  { q: 'situationell prevention', expect: [m('situationell-prevention')], kind: 'flera ord' },
  { q: 'effektiv samordning trygghet', expect: [m('est')], kind: 'flera ord' },
  { q: 'belysning otrygghet', expect: [m('belysning-och-fysisk-miljo')], kind: 'flera ord' },
  { q: 'riskanalys genomförande', expect: [ex('riskanalys-infor-genomforande'), ws('genomforandeplan-och-risker')], kind: 'flera ord' },
  { q: 'lagkrav egenkontroll', expect: [ws('lagkrav-egenkontroll')], kind: 'flera ord' },
  { q: 'upprepad utsatthet', expect: [m('upprepad-utsatthet')], kind: 'flera ord' },
  { q: 'hot spots', expect: [m('hot-spots')], kind: 'flera ord' },
  { q: 'gemensam lägesbild polis kommun', expect: [ch('steg-3-gemensamma-forberedelser'), good('sodra-lappland-gemensam-lagesbild'), ex('gemensam-problembild')], kind: 'flera ord' },
  { q: 'styrgrupp beredningsgrupp', expect: [ch('organisering')], kind: 'flera ord' },
  { q: 'rekrytering unga kriminella', expect: [ch('unga-och-rekrytering'), ch('grunderna'), m('social-prevention'), m('sociala-insatsgrupper'), m('gvi-sluta-skjut')], kind: 'flera ord' },
  { q: 'datakällor lägesbild', expect: [ws('datakallor-for-lagesbilden'), ex('datainventering')], kind: 'flera ord' },

  // Questions and everyday phrasing
  { q: 'vad kräver lagen av kommunen', expect: LAW, kind: 'fråga', issue: true },
  { q: 'hur gör vi en lägesbild', expect: [ch('steg-2-egna-forberedelser')], kind: 'fråga', issue: true },
  { q: 'vad är ett medborgarlöfte', expect: [ch('medborgarloften')], kind: 'fråga' },
  { q: 'vem ansvarar för samordningen', expect: [role('samordnare'), ch('organisering')], kind: 'fråga' },
  { q: 'hur följer vi upp åtgärderna', expect: [ch('steg-5-uppfoljning'), ws('uppfoljningsplan'), ex('uppfoljningsmote')], kind: 'fråga' },
  { q: 'varför ska vi samverka', expect: [ch('varfor-samverka')], kind: 'fråga' },
  { q: 'vad betyder mervärde', expect: ['/ordlista/'], kind: 'fråga' },
  { q: 'hur skriver man en samverkansöverenskommelse', expect: [ch('samverkansoverenskommelse'), ws('samverkansoverenskommelse-utkast')], kind: 'fråga' },
  { q: 'vad gör länsstyrelsen', expect: [role('lansstyrelse')], kind: 'fråga' },
  { q: 'hur mäter man trygghet', expect: [m('trygghetsmatningar'), m('ntu')], kind: 'fråga' },
  { q: 'vad är situationell prevention', expect: [m('situationell-prevention')], kind: 'fråga' },
  { q: 'hur prioriterar vi problemen', expect: [ex('prioritering-av-problem'), ws('problemprioritering'), m('prioriteringsmatris')], kind: 'fråga' },
  { q: 'när ska åtgärdsplanen antas', expect: [ch('fran-lagesbild-till-beslut'), ws('atgardsplan'), ch('organisering'), ch('steg-4-genomforande')], kind: 'fråga' },
  { q: 'vad är en orsaksanalys', expect: [ch('lagesbild-och-orsaksanalys'), ws('orsaksanalys')], kind: 'fråga' },

  // Role and type words
  { q: 'polisens roll', expect: [role('kommunpolis')], kind: 'roll/typ' },
  { q: 'socialtjänstens roll', expect: [role('socialtjanst')], kind: 'roll/typ' },
  { q: 'skolans roll', expect: [role('skola')], kind: 'roll/typ' },
  { q: 'lagen', expect: LAW, kind: 'roll/typ' },
  { q: 'lägesbild övning', expect: [ex('gemensam-problembild'), ex('datainventering')], kind: 'roll/typ' },
  { q: 'mall uppföljningsplan', expect: [ws('uppfoljningsplan')], kind: 'roll/typ' },
  { q: 'blankett aktörskarta', expect: [ws('aktorskarta')], kind: 'roll/typ' },
  { q: 'exempel trygghetsvandring', expect: [good('trygghetsvandringar-goteborg')], kind: 'roll/typ' },
  { q: 'övningar medborgarlöfte', expect: [ex('formulera-medborgarlofte')], kind: 'roll/typ' },
  { q: 'metod orsaksanalys', expect: [m('problemtrad'), m('fiskbensdiagram'), m('problemtriangeln')], kind: 'roll/typ' },
  { q: 'kick-off', expect: [ex('kickoff-for-samverkan')], kind: 'roll/typ' },
  { q: 'politikerna', expect: [role('fortroendevald')], kind: 'roll/typ' },
  { q: 'samhällsbyggnadsförvaltningen', expect: [role('samhallsbyggnad')], kind: 'roll/typ' },
  { q: 'fritidsgård', expect: [role('kultur-fritid')], kind: 'roll/typ' },
  { q: 'lagkrav', expect: [...LAW, ws('lagkrav-egenkontroll'), ex('lagkrav-genomgang')], kind: 'roll/typ' },
];
