/**
 * An arbetsyta with every field the documents draw on filled in, each answer named after its sheet and
 * field ("l.trygghet", "kallor 3"), and a small field catalogue for it: for tests that check every
 * answer lands in its own place (tests/unit/documents-*-mutation.test.ts).
 */
import { SOURCES, type Catalogue } from '../../../src/shared/documents/input';
import type { FieldSpec } from '../../../src/build/content/worksheet-fields-parse';
import type { FieldValue } from '../../../src/shared/worksheet-data';

export const field = (id: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ id, component: 'TextField', label: id, ...extra });
export const options = (id: string, list: string[]) => field(id, { component: 'ChoiceField', list });

/** A small catalogue: titles, the option lists of the choices and checklists, one rating's scale. */
export const catalogue: Catalogue = {
  [SOURCES.lagesbild]: { title: 'Lägesbild', fields: [options('typ', ['Kommunens', 'Polisens', 'Gemensam']), options('annan-info', ['Skola', 'Socialtjänst', 'Näringsliv']), field('sakerhet', { component: 'RatingField', min: 1, max: 5 })] },
  [SOURCES.kallor]: { title: 'Datakällor', fields: [options('kalltyper', ['Polisens statistik', 'NTU', 'Trygghetsmätning']), field('geografisk-tackning', { component: 'RatingField', min: 0, max: 10 })] },
  [SOURCES.prioritering]: { title: 'Prioritering', fields: [options('matris', ['Omfattning', 'Allvar'])] },
  [SOURCES.orsaker]: { title: 'Orsaker', fields: [options('verktyg', ['Problemträd', 'Brottstriangeln'])] },
  [SOURCES.atgardsplan]: { title: 'Åtgärdsplan', fields: [options('atgardstyper', ['Situationell', 'Social']), options('smarta-mal', ['Specifikt', 'Mätbart'])] },
  [SOURCES.uppfoljning]: { title: 'Uppföljning', fields: [options('typer', ['Process', 'Effekt'])] },
  [SOURCES.utvardering]: { title: 'Utvärdering', fields: [options('process', ['Samverkan', 'Resurser']), options('rekommendation', ['Fortsätt', 'Ändra', 'Avsluta']), options('aterkoppling', ['Medborgare', 'Politik'])] },
  [SOURCES.logg]: { title: 'Logg', fields: [options('status', ['Pågår', 'Klar'])] },
  [SOURCES.overenskommelse]: { title: 'Överenskommelse', fields: [options('bilagor', ['Lägesbild', 'Åtgärdsplan'])] },
  [SOURCES.medborgarlofte]: { title: 'Medborgarlöfte', fields: [options('dialoger', ['Trygghetsvandring', 'Enkät'])] },
};

/** One row of `width` cells named after the table ("kallor 1" … ), padded with spaces the adapter trims. */
const row = (name: string, width: number) => Array.from({ length: width }, (_, i) => ` ${name} ${i + 1} `);
/** Text answers named after their sheet and field, padded with spaces. */
const texts = (prefix: string, ids: string[]) => Object.fromEntries(ids.map((id) => [id, `  ${prefix}.${id}\n`]));

export type Sheets = Record<string, { fields: Record<string, FieldValue> }>;
export const full: Sheets = {
  [SOURCES.lagesbild]: {
    fields: {
      ...texts('l', ['omrade-period', 'datum', 'trygghet', 'annan-info-beskrivning', 'avvikelser', 'samband', 'vidare', 'kunskapsluckor']),
      typ: '1',
      kartlaggning: [row('kartlaggning', 5)],
      'annan-info': ['2', '0'],
      sakerhet: ' 4 ',
    },
  },
  [SOURCES.kallor]: {
    fields: { ...texts('k', ['luckor']), kalltyper: ['1'], kallor: [row('kallor', 5)], 'geografisk-tackning': '7', bortvalda: [row('bortvalda', 3)] },
  },
  [SOURCES.prioritering]: {
    fields: { ...texts('p', ['underlag', 'deltagare', 'datum', 'resurser', 'beslutat-av', 'ej-prioriterade']), matris: [['Rån', '3', '4']], beslut: [row('beslut', 3)] },
  },
  [SOURCES.orsaker]: {
    fields: { ...texts('o', ['problem', 'analysgrupp', 'garningspersoner', 'offer-mal', 'plats', 'paverka', 'slutsats']), orsaker: [row('orsaker', 4)], verktyg: ['1', '0'], underbyggd: '2' },
  },
  [SOURCES.atgardsplan]: {
    fields: {
      ...texts('a', ['fokusomrade', 'koppling', 'giltig-fran', 'beslut', 'forsta-uppfoljning', 'aterrapportering']),
      atgarder: [row('atgarder', 6)],
      atgardstyper: ['1'],
      'smarta-mal': ['0', '1'],
    },
  },
  [SOURCES.uppfoljning]: {
    fields: { ...texts('u', ['plan', 'samlar-in', 'analyserar', 'resurser', 'nasta-uppfoljning']), typer: ['1'], indikatorer: [row('indikatorer', 5)], rapportering: [row('rapportering', 3)] },
  },
  [SOURCES.utvardering]: {
    fields: {
      ...texts('e', ['arbete', 'datum', 'larande', 'nasta-cykel']),
      effekter: [row('effekter', 4)],
      maluppfyllelse: '5',
      ataganden: [row('ataganden', 4)],
      process: ['1'],
      rekommendation: '2',
      aterkoppling: ['0'],
    },
  },
  [SOURCES.logg]: {
    fields: { ...texts('g', ['atgard', 'ansvarig', 'period-start', 'lardomar']), logg: [row('logg', 6)], avvikelser: [row('avvikelser', 5)], status: '1' },
  },
  [SOURCES.overenskommelse]: {
    fields: {
      ...texts('s', ['period', 'bakgrund', 'kommunens-ataganden', 'polisens-ataganden', 'andra-ataganden', 'uppfoljning', 'datum', 'underskrift-kommun', 'underskrift-polis']),
      parter: [row('parter', 3)],
      fokusproblem: [row('fokusproblem', 3)],
      bilagor: ['1'],
    },
  },
  [SOURCES.medborgarlofte]: {
    fields: {
      ...texts('m', ['problem', 'loftestext', 'polisen-gor', 'kommunen-gor', 'andra-parter', 'period', 'kommunikation', 'aterkoppling', 'undertecknare', 'datum-underskrift']),
      dialoger: ['1', '0'],
    },
  },
};

