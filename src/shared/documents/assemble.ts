/**
 * The documents of an arbetsyta, one pure function each: DocumentInput (input.ts) in, DocumentTree
 * (tree.ts) out. A section whose worksheet is not filled in says which worksheet to fill (with its
 * link) instead of staying blank, and a document with nothing to draw on is only that guidance.
 */
import { dst, type DocumentStringKey } from '../../i18n/documents';
import type { ChartModel } from '../statistics/measures';
import { urls } from '../urls';
import type { DocumentInput, Measure, Rating, SourceKey } from './input';
import { headingId, type Block, type DocumentKind, type DocumentTree } from './tree';

export interface DocumentContext {
  /** The kommun's name as the reader wrote it (may be empty). */
  kommun: string;
  /** The body that decides ("Kommunstyrelsen"); may be empty. */
  organ: string;
  /** The arbetsyta's name, for the guidance. */
  workspace: string;
  today: Date;
  /** The charts chosen for the lägesbild on /statistik/, in the reader's order, with their text alternative. */
  charts?: readonly DocumentChart[];
}

/** A chart chosen on /statistik/ (chosenChartModels) and its text alternative (altText): both from the statistics code, which only the lägesbild's page loads. */
export interface DocumentChart {
  id: string;
  model: ChartModel;
  alt: string;
}

export interface DocumentSpec {
  kind: DocumentKind;
  /** At least one of these must be filled for the document to have content. */
  requires: SourceKey[];
  /** Every worksheet the document draws on (links from those worksheets lead here). */
  uses: SourceKey[];
  build: (input: DocumentInput, ctx: DocumentContext, doc: Builder) => void;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2024-04-15" → "15 april 2024"; anything else as written. */
export function readableDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return text.trim();
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : text.trim();
}

const dateOf = (d: Date) => readableDate(d.toISOString().slice(0, 10));
const ratingText = (r: Rating) => dst('doc.rating', { value: r.value, max: r.max });

/** Builds the block list; every helper drops what is empty, so no blank heading or row reaches paper. */
export class Builder {
  readonly blocks: Block[] = [];
  private readonly ids = new Set<string>();
  constructor(private readonly input: DocumentInput) {}

  section(text: string): this {
    this.blocks.push({ kind: 'heading', level: 1, text, id: headingId(text, this.ids) });
    return this;
  }
  sub(text: string): this {
    this.blocks.push({ kind: 'heading', level: 2, text, id: headingId(text, this.ids) });
    return this;
  }
  /** One paragraph per line the reader wrote. */
  text(text: string): this {
    for (const line of text.split(/\n+/)) if (line.trim()) this.blocks.push({ kind: 'paragraph', text: line.trim() });
    return this;
  }
  /** A subsection with the reader's text, left out when there is none. */
  part(heading: string, text: string): this {
    if (text.trim()) this.sub(heading).text(text);
    return this;
  }
  list(items: string[], ordered = false): this {
    const kept = items.map((x) => x.trim()).filter(Boolean);
    if (kept.length) this.blocks.push({ kind: 'list', ordered, items: kept });
    return this;
  }
  table(caption: string, columns: string[], rows: string[][], landscape = false): this {
    if (rows.length) this.blocks.push({ kind: 'table', caption, columns, rows: rows.map((r) => r.map((c) => c || '–')), landscape });
    return this;
  }
  /** Label–value lines (the label a string key); empty values are left out. */
  facts(items: [DocumentStringKey, string][]): this {
    const kept = items.filter(([, value]) => value.trim()).map(([key, value]) => ({ label: dst(key), value: value.trim() }));
    if (kept.length) this.blocks.push({ kind: 'facts', items: kept });
    return this;
  }
  advice(title: string, text: string, links: { label: string; href: string }[] = []): this {
    this.blocks.push({ kind: 'notice', tone: 'advice', title, text, links });
    return this;
  }
  /** Says which worksheets to fill when none of `keys` is filled; true when one is (the section has content). */
  needs(...keys: SourceKey[]): boolean {
    if (keys.some((key) => this.input.sources[key].filled)) return true;
    this.blocks.push({
      kind: 'notice',
      tone: 'guidance',
      title: dst('doc.missing.title'),
      text: dst(keys.length > 1 ? 'doc.missing.many' : 'doc.missing.one'),
      links: keys.map((key) => ({ label: this.input.sources[key].title, href: this.input.sources[key].href })),
    });
    return false;
  }
  /** Says that a part of a filled worksheet is still empty, with the worksheet's link. */
  missing(key: SourceKey): this {
    const source = this.input.sources[key];
    this.blocks.push({ kind: 'notice', tone: 'guidance', title: dst('doc.missing.title'), text: dst('doc.missing.part'), links: [{ label: source.title, href: source.href }] });
    return this;
  }
  /** Says what to fill for a part with nothing in it: the worksheet when it is not filled, else that part of it. */
  gap(key: SourceKey): this {
    return this.needs(key) ? this.missing(key) : this;
  }
  /** The chosen charts, or a note that none is chosen, with the way to the statistics page. */
  charts(charts: readonly DocumentChart[]): this {
    for (const { id, model, alt } of charts) {
      this.blocks.push({ kind: 'chart', id, title: model.title, alt, summary: model.summary, caption: model.caption, notes: [...model.notes], table: model.table });
    }
    if (!charts.length) this.blocks.push({ kind: 'notice', tone: 'guidance', title: dst('doc.l.statistics.none.title'), text: dst('doc.l.statistics.none'), links: [{ label: dst('doc.l.statistics.page'), href: urls.statistics }] });
    return this;
  }
  signatures(items: [string, string][]): this {
    this.blocks.push({ kind: 'signatures', items: items.map(([role, name]) => ({ role, name })) });
    return this;
  }
}

const measureRows = (measures: Measure[]) =>
  measures.map((m, i) => [String(i + 1), m.action, m.goal, [m.problem, m.cause].filter(Boolean).join(' – '), m.owner, m.time, m.resources, m.indicator]);
const measureColumns = () => ['doc.col.nr', 'doc.col.action', 'doc.col.goal', 'doc.col.targets', 'doc.col.owner', 'doc.col.time', 'doc.col.resources', 'doc.col.indicator'].map((k) => dst(k as 'doc.col.nr'));

// ---------------------------------------------------------------------------------------------------
// Lägesbild: the law's three parts (4 § Lag 2023:196), the whole geographic area, sources and uncertainties.

const lagesbild: DocumentSpec = {
  kind: 'lagesbild',
  requires: ['lagesbild'],
  uses: ['lagesbild', 'kallor', 'orsaker', 'prioritering'],
  build({ lagesbild: l, kallor: k, orsaker: o }, ctx, doc) {
    doc.facts([
      ['doc.l.whose', l.whose],
      ['doc.l.areaPeriod', l.areaPeriod],
      ['doc.l.date', readableDate(l.date)],
    ]);

    doc.section(dst('doc.l.area'));
    doc.text(dst('doc.l.area.law'));
    if (l.areaPeriod) doc.text(dst('doc.l.area.covers', { area: l.areaPeriod }));
    if (doc.needs('kallor')) {
      if (k.coverage) doc.text(dst('doc.l.area.coverage', { rating: ratingText(k.coverage) }));
      doc.part(dst('doc.l.blindSpots'), k.blindSpots);
    }

    doc.section(dst('doc.l.mapping'));
    // The document requires the lägesbild sheet, so an empty mapping is a part of it still to fill.
    if (l.mapping.length || l.safety) {
      doc.table(
        dst('doc.l.mapping.table'),
        [dst('doc.col.problem'), dst('doc.col.extent'), dst('doc.col.whereWhen'), dst('doc.col.affected'), dst('doc.col.consequences')],
        l.mapping.map((r) => [r.problem, r.extent, r.whereWhen, r.affected, r.consequences]),
        true,
      );
      doc.part(dst('doc.l.safety'), l.safety);
    } else doc.missing('lagesbild');
    doc.sub(dst('doc.l.statistics')).charts(ctx.charts ?? []);

    doc.section(dst('doc.l.other'));
    if (l.otherInfo.length || l.otherInfoText) {
      if (l.otherInfo.length) doc.text(dst('doc.l.other.considered')).list(l.otherInfo);
      doc.text(l.otherInfoText);
    } else doc.missing('lagesbild');

    doc.section(dst('doc.l.analysis'));
    doc.part(dst('doc.l.deviations'), l.deviations);
    doc.part(dst('doc.l.patterns'), l.patterns);
    doc.sub(dst('doc.l.causes'));
    if (doc.needs('orsaker')) {
      doc.part(dst('doc.l.causes.problem'), o.problem);
      doc.facts([
        ['doc.o.offenders', o.offenders],
        ['doc.o.targets', o.targets],
        ['doc.o.place', o.place],
      ]);
      doc.table(dst('doc.o.causes'), [dst('doc.col.cause'), dst('doc.col.causeKind'), dst('doc.col.evidence'), dst('doc.col.certainty')], o.causes.map((c) => [c.cause, c.kind, c.evidence, c.certainty]));
      doc.part(dst('doc.o.conclusion'), o.conclusion);
    }
    doc.part(dst('doc.l.forPriority'), l.forPriority);

    doc.section(dst('doc.l.sources'));
    if (doc.needs('kallor')) {
      if (k.kinds.length) doc.text(dst('doc.l.sources.kinds')).list(k.kinds);
      doc.table(
        dst('doc.l.sources.table'),
        [dst('doc.col.source'), dst('doc.col.sourceOwner'), dst('doc.col.areaPeriod'), dst('doc.col.access'), dst('doc.col.strengths')],
        k.list.map((r) => [r.source, r.owner, r.areaPeriod, r.access, r.strengths]),
        true,
      );
      doc.table(dst('doc.l.sources.rejected'), [dst('doc.col.source'), dst('doc.col.why'), dst('doc.col.meaning')], k.rejected.map((r) => [r.source, r.why, r.meaning]));
    }
    doc.sub(dst('doc.l.uncertainty'));
    if (l.certainty) doc.text(dst('doc.l.certainty', { rating: ratingText(l.certainty) }));
    doc.text(l.gaps || (l.certainty ? '' : dst('doc.l.uncertainty.none')));
  },
};

// ---------------------------------------------------------------------------------------------------
// Åtgärdsplan: the position on the need for measures, the measures with what each targets, follow-up.

const atgardsplan: DocumentSpec = {
  kind: 'atgardsplan',
  requires: ['atgardsplan'],
  uses: ['atgardsplan', 'prioritering', 'orsaker', 'uppfoljning'],
  build({ atgardsplan: a, prioritering: p, uppfoljning: u }, _ctx, doc) {
    doc.facts([
      ['doc.a.focus', a.focus],
      ['doc.a.validFrom', readableDate(a.validFrom)],
      ['doc.a.decidedBy', a.decidedBy],
    ]);

    doc.section(dst('doc.a.need'));
    doc.text(dst('doc.a.need.law'));
    if (doc.needs('prioritering')) {
      if (p.basis) doc.text(dst('doc.a.need.basis', { basis: p.basis }));
      doc.table(dst('doc.a.need.table'), [dst('doc.col.problem'), dst('doc.col.priority'), dst('doc.col.motivation')], p.decisions.map((d) => [d.problem, d.now, d.why]));
      if (p.decidedBy) doc.text(dst('doc.a.need.decidedBy', { who: p.decidedBy, date: readableDate(p.date) || '–' }));
      doc.part(dst('doc.a.need.others'), p.others);
    }

    doc.section(dst('doc.a.focusSection'));
    if (a.focus) doc.text(dst('doc.a.focusText', { focus: a.focus }));
    doc.part(dst('doc.a.causes'), a.causes);

    doc.section(dst('doc.a.measures'));
    if (a.measures.length) {
      doc.text(dst('doc.a.measures.intro', { n: a.measures.length }));
      doc.table(dst('doc.a.measures.table'), measureColumns(), measureRows(a.measures), true);
      const gaps = a.measures.map((m, i) => ({ m, n: i + 1 })).filter(({ m }) => !m.owner || !m.indicator || !m.problem);
      if (gaps.length) doc.advice(dst('doc.a.gaps.title'), dst('doc.a.gaps.text', { list: gaps.map((g) => g.n).join(', ') }));
    } else doc.missing('atgardsplan');
    if (a.kinds.length) doc.sub(dst('doc.a.kinds')).list(a.kinds);
    if (a.smart.length) doc.sub(dst('doc.a.smart')).list(a.smart);

    doc.section(dst('doc.a.followUp'));
    doc.facts([
      ['doc.a.firstFollowUp', readableDate(a.firstFollowUp)],
      ['doc.u.next', readableDate(u.next)],
    ]);
    doc.part(dst('doc.a.reporting'), a.reporting);
    if (doc.needs('uppfoljning')) {
      doc.table(dst('doc.u.indicators'), [dst('doc.col.goal'), dst('doc.col.indicator'), dst('doc.col.baseline'), dst('doc.col.source'), dst('doc.col.when')], u.indicators.map((r) => [r.goal, r.indicator, r.baseline, r.source, r.when]));
      doc.facts([
        ['doc.u.collects', u.collects],
        ['doc.u.analyses', u.analyses],
      ]);
    }
  },
};

// ---------------------------------------------------------------------------------------------------
// Beslutsunderlag / tjänsteskrivelse (headings after facts-2026 1.10–1.14).

const beslutsunderlag: DocumentSpec = {
  kind: 'beslutsunderlag',
  requires: ['lagesbild', 'atgardsplan'],
  uses: ['lagesbild', 'atgardsplan', 'prioritering', 'uppfoljning', 'overenskommelse', 'kallor'],
  build(input, ctx, doc) {
    const { lagesbild: l, atgardsplan: a, prioritering: p, uppfoljning: u, overenskommelse: s, kallor: k, sources } = input;
    const organ = ctx.organ.trim() || dst('doc.organ.default');
    const year = String(ctx.today.getUTCFullYear());

    doc.section(dst('doc.b.matter'));
    doc.text(dst('doc.b.matter.text', { kommun: ctx.kommun.trim() || dst('doc.kommun.placeholder') }));
    doc.facts([
      ['doc.b.organ', organ],
      ['doc.b.dnr', dst('doc.b.dnr.blank')],
    ]);

    doc.section(dst('doc.b.proposal'));
    const proposals: string[] = [];
    if (sources.lagesbild.filled) proposals.push(dst('doc.b.proposal.lagesbild', { organ, period: l.areaPeriod || year }));
    if (sources.atgardsplan.filled) proposals.push(dst(a.validFrom ? 'doc.b.proposal.plan.from' : 'doc.b.proposal.plan', { organ, focus: a.focus || dst('doc.b.focus.fallback'), from: readableDate(a.validFrom) }));
    if (sources.overenskommelse.filled) proposals.push(dst('doc.b.proposal.agreement', { organ, period: s.period || '–' }));
    if (a.firstFollowUp || u.next) proposals.push(dst('doc.b.proposal.report', { organ, date: readableDate(a.firstFollowUp || u.next) }));
    doc.list(proposals, true);

    doc.section(dst('doc.b.summary'));
    doc.text(dst('doc.b.summary.law'));
    if (sources.lagesbild.filled) doc.text(dst('doc.b.summary.lagesbild', { n: l.mapping.length }));
    if (l.forPriority) doc.text(l.forPriority);
    if (sources.atgardsplan.filled) doc.text(dst('doc.b.summary.plan', { n: a.measures.length, focus: a.focus || dst('doc.b.focus.fallback') }));

    doc.section(dst('doc.b.description'));
    doc.sub(dst('doc.b.description.law'));
    doc.text(dst('doc.b.description.law.text'));
    doc.sub(dst('doc.b.description.process'));
    if (l.whose) doc.text(dst('doc.b.description.whose', { whose: l.whose.toLowerCase() }));
    if (k.kinds.length) doc.text(dst('doc.b.description.sources')).list(k.kinds);
    if (p.decidedBy || p.decisions.length) {
      const chosen = p.decisions.filter((d) => d.problem).map((d) => (d.now ? `${d.problem} (${d.now})` : d.problem));
      doc.text(dst('doc.b.description.priority', { who: p.decidedBy || '–' })).list(chosen);
    }
    if (!l.whose && !k.kinds.length && !p.decidedBy && !p.decisions.length) doc.needs('kallor', 'prioritering');

    doc.section(dst('doc.b.economy'));
    const costed = a.measures.filter((m) => m.resources);
    if (costed.length) doc.table(dst('doc.b.economy.table'), [dst('doc.col.action'), dst('doc.col.owner'), dst('doc.col.resources')], costed.map((m) => [m.action, m.owner, m.resources]));
    else doc.text(dst('doc.b.economy.none'));
    if (u.resources) doc.part(dst('doc.b.economy.followUp'), u.resources);
    doc.advice(dst('doc.b.economy.advice.title'), dst('doc.b.economy.advice'));

    doc.section(dst('doc.b.followUp'));
    doc.text(a.reporting);
    doc.table(dst('doc.u.reports'), [dst('doc.col.to'), dst('doc.col.what'), dst('doc.col.date')], u.reports.map((r) => [r.to, r.what, readableDate(r.date)]));
    if (!a.reporting && !u.reports.length) doc.gap('uppfoljning');

    doc.section(dst('doc.b.annexes'));
    const annexes: string[] = [];
    if (sources.lagesbild.filled) annexes.push(dst('doc.b.annex.lagesbild', { period: l.areaPeriod || year }));
    if (sources.atgardsplan.filled) annexes.push(dst('doc.b.annex.plan'));
    if (sources.overenskommelse.filled) annexes.push(dst('doc.b.annex.agreement'));
    if (sources.uppfoljning.filled) annexes.push(dst('doc.b.annex.followUp'));
    doc.list(annexes, true);
  },
};

// ---------------------------------------------------------------------------------------------------
// Samverkansöverenskommelse (draft)

const samverkansoverenskommelse: DocumentSpec = {
  kind: 'samverkansoverenskommelse',
  requires: ['overenskommelse'],
  uses: ['overenskommelse'],
  build({ overenskommelse: s }, _ctx, doc) {
    doc.section(dst('doc.s.parties'));
    doc.table(dst('doc.s.parties'), [dst('doc.col.party'), dst('doc.col.representative'), dst('doc.col.role')], s.parties.map((r) => [r.party, r.representative, r.role]));
    doc.facts([['doc.s.period', s.period]]);
    doc.section(dst('doc.s.background'));
    doc.text(s.background || dst('doc.s.background.none'));
    doc.section(dst('doc.s.focus'));
    doc.table(dst('doc.s.focus'), [dst('doc.col.focusProblem'), dst('doc.col.causes'), dst('doc.col.goal')], s.focus.map((r) => [r.problem, r.causes, r.goal]));
    doc.section(dst('doc.s.commitments'));
    doc.part(dst('doc.s.kommun'), s.kommun);
    doc.part(dst('doc.s.police'), s.police);
    doc.part(dst('doc.s.others'), s.others);
    doc.section(dst('doc.s.followUp'));
    doc.text(s.followUp || dst('doc.s.followUp.none'));
    if (s.annexes.length) doc.sub(dst('doc.s.annexes')).list(s.annexes, true);
    doc.section(dst('doc.s.signatures'));
    if (s.date) doc.text(dst('doc.s.signed', { date: readableDate(s.date) }));
    doc.signatures([
      [dst('doc.s.forKommun'), s.signKommun],
      [dst('doc.s.forPolice'), s.signPolice],
    ]);
  },
};

// ---------------------------------------------------------------------------------------------------
// Medborgarlöfte (draft)

const medborgarlofte: DocumentSpec = {
  kind: 'medborgarlofte',
  requires: ['medborgarlofte'],
  uses: ['medborgarlofte'],
  build({ medborgarlofte: m }, _ctx, doc) {
    doc.section(dst('doc.m.promise'));
    doc.text(m.promise || dst('doc.m.promise.none'));
    doc.facts([['doc.m.period', m.period]]);
    doc.section(dst('doc.m.who'));
    doc.part(dst('doc.m.police'), m.police);
    doc.part(dst('doc.m.kommun'), m.kommun);
    doc.part(dst('doc.m.others'), m.others);
    doc.section(dst('doc.m.why'));
    doc.text(m.problem);
    if (m.dialogues.length) doc.text(dst('doc.m.dialogues')).list(m.dialogues);
    doc.section(dst('doc.m.follow'));
    doc.text(m.communication);
    if (m.feedbackDate) doc.text(dst('doc.m.feedback', { date: readableDate(m.feedbackDate) }));
    doc.section(dst('doc.m.signatures'));
    if (m.signDate) doc.text(dst('doc.s.signed', { date: readableDate(m.signDate) }));
    doc.signatures([[dst('doc.m.signers'), m.signers]]);
  },
};

// ---------------------------------------------------------------------------------------------------
// Årlig återrapport till kommunfullmäktige: what was done, what the indicators show, what changes.

const aterrapport: DocumentSpec = {
  kind: 'aterrapport',
  requires: ['utvardering', 'logg', 'uppfoljning'],
  uses: ['atgardsplan', 'logg', 'uppfoljning', 'utvardering'],
  build({ atgardsplan: a, logg: g, uppfoljning: u, utvardering: e }, ctx, doc) {
    const organ = ctx.organ.trim() || dst('doc.organ.default');
    doc.section(dst('doc.r.intro'));
    doc.text(dst('doc.r.intro.text', { organ, work: e.work || u.plan || a.focus || dst('doc.b.focus.fallback') }));

    doc.section(dst('doc.r.done'));
    if (a.measures.length) doc.table(dst('doc.r.done.plan'), [dst('doc.col.nr'), dst('doc.col.action'), dst('doc.col.owner'), dst('doc.col.time')], a.measures.map((m, i) => [String(i + 1), m.action, m.owner, m.time]));
    if (doc.needs('logg')) {
      doc.facts([
        ['doc.r.log.measure', g.measure],
        ['doc.r.log.status', g.status],
      ]);
      doc.table(dst('doc.r.log'), [dst('doc.col.date'), dst('doc.col.activity'), dst('doc.col.who'), dst('doc.col.amount'), dst('doc.col.asPlanned'), dst('doc.col.comment')], g.entries.map((r) => [readableDate(r.date), r.activity, r.who, r.amount, r.asPlanned, r.comment]), true);
      doc.table(dst('doc.r.deviations'), [dst('doc.col.date'), dst('doc.col.what'), dst('doc.col.cause'), dst('doc.col.doing'), dst('doc.col.owner')], g.deviations.map((r) => [readableDate(r.date), r.what, r.why, r.action, r.owner]), true);
    }
    if (e.commitments.length) doc.table(dst('doc.r.commitments'), [dst('doc.col.party'), dst('doc.col.commitment'), dst('doc.col.done'), dst('doc.col.comment')], e.commitments.map((r) => [r.party, r.commitment, r.done, r.comment]));

    doc.section(dst('doc.r.indicators'));
    if (doc.needs('utvardering', 'uppfoljning')) {
      doc.table(dst('doc.r.effects'), [dst('doc.col.goal'), dst('doc.col.baseline'), dst('doc.col.now'), dst('doc.col.reading')], e.effects.map((r) => [r.goal, r.baseline, r.now, r.reading]));
      if (e.achieved) doc.text(dst('doc.r.achieved', { rating: ratingText(e.achieved) }));
      if (!e.effects.length) doc.table(dst('doc.u.indicators'), [dst('doc.col.goal'), dst('doc.col.indicator'), dst('doc.col.baseline'), dst('doc.col.source'), dst('doc.col.when')], u.indicators.map((r) => [r.goal, r.indicator, r.baseline, r.source, r.when]));
    }

    doc.section(dst('doc.r.changes'));
    if (e.recommendation) doc.text(dst('doc.r.recommendation', { choice: e.recommendation }));
    doc.part(dst('doc.r.learning'), [e.learning, g.lessons].filter(Boolean).join('\n'));
    doc.part(dst('doc.r.next'), e.nextCycle);
    if (!e.recommendation && !e.learning && !g.lessons && !e.nextCycle) doc.gap('utvardering');
    if (e.feedback.length) doc.sub(dst('doc.r.feedback')).list(e.feedback);
  },
};

export const DOCUMENTS: Record<DocumentKind, DocumentSpec> = { lagesbild, atgardsplan, beslutsunderlag, samverkansoverenskommelse, medborgarlofte, aterrapport };

/** The documents that draw on a worksheet (for the links from the worksheet's page), by source key. */
export const documentsUsing = (key: SourceKey): DocumentKind[] => Object.values(DOCUMENTS).filter((d) => d.uses.includes(key)).map((d) => d.kind);

/** Assembles one document from an arbetsyta's input. */
export function assemble(kind: DocumentKind, input: DocumentInput, ctx: DocumentContext): DocumentTree {
  const spec = DOCUMENTS[kind];
  const doc = new Builder(input);
  const empty = !spec.requires.some((key) => input.sources[key].filled);
  if (empty) {
    doc.blocks.push({
      kind: 'notice',
      tone: 'guidance',
      title: dst('doc.empty.title'),
      text: dst('doc.empty.text', { workspace: ctx.workspace }),
      links: [
        ...spec.uses.map((key) => ({ label: input.sources[key].title, href: input.sources[key].href })),
        // The lägesbild also draws on the statistics page: charts chosen there come with the worksheet.
        ...(kind === 'lagesbild' ? [{ label: dst('doc.l.statistics.page'), href: urls.statistics }] : []),
      ],
    });
  } else spec.build(input, ctx, doc);
  return {
    kind,
    title: dst(`doc.title.${kind}`),
    subtitle: kind === 'beslutsunderlag' ? dst('doc.b.subtitle') : kind === 'samverkansoverenskommelse' || kind === 'medborgarlofte' ? dst('doc.draft') : '',
    kommun: ctx.kommun.trim() || dst('doc.kommun.placeholder'),
    date: dateOf(ctx.today),
    empty,
    blocks: doc.blocks,
  };
}
