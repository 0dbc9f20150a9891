/**
 * Word-level diff between two editions of a chapter, computed at build time. Blocks are aligned first
 * (so a moved or rewritten paragraph does not smear across the page), then changed blocks are diffed
 * word by word; a changed table row is diffed cell by cell. Blocks keep their kind, list and table
 * facts, so the comparison page can render lists as lists and tables as tables.
 */
import { diffArrays, diffWords } from 'diff';
import type { TextBlockWithKind } from './mdx-text';

export interface Segment {
  type: 'same' | 'ins' | 'del';
  text: string;
}
export interface DiffBlock {
  kind: TextBlockWithKind['kind'];
  /** Whole-block status: unchanged, inserted, deleted, or changed inside. */
  status: 'same' | 'ins' | 'del' | 'changed';
  segments: Segment[];
  list?: TextBlockWithKind['list'];
  /** Table rows: one segment list per cell. */
  cells?: Segment[][];
  header?: boolean;
}
export interface DiffResult {
  blocks: DiffBlock[];
  insertedWords: number;
  deletedWords: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const key = (b: TextBlockWithKind) => `${b.kind}\u0000${b.list ? `${b.list.ordered}${b.list.depth}` : ''}\u0000${b.text}`;

const segmentsOf = (before: string, after: string): Segment[] =>
  diffWords(before, after).map((part) => ({ type: part.added ? 'ins' : part.removed ? 'del' : 'same', text: part.value }));

/** A block whose whole text has one status; rows keep their cells. */
function whole(block: TextBlockWithKind, status: 'same' | 'ins' | 'del'): DiffBlock {
  const type = status;
  return {
    kind: block.kind,
    status,
    segments: [{ type, text: block.text }],
    ...(block.list ? { list: block.list } : {}),
    ...(block.cells ? { cells: block.cells.map((text) => [{ type, text }]), header: Boolean(block.header) } : {}),
  };
}

function wordDiff(before: TextBlockWithKind, after: TextBlockWithKind): DiffBlock {
  const block: DiffBlock = { kind: after.kind, status: 'changed', segments: segmentsOf(before.text, after.text) };
  if (after.list) block.list = after.list;
  if (after.cells) {
    const old = before.cells ?? [];
    block.header = Boolean(after.header);
    block.cells = old.length === after.cells.length
      ? after.cells.map((text, i) => segmentsOf(old[i]!, text))
      : after.cells.map((text, i) => [...(old[i] ? [{ type: 'del' as const, text: `${old[i]} ` }] : []), { type: 'ins' as const, text }]);
  }
  return block;
}

/**
 * A rewritten paragraph reads better as "old struck, new added" than as a word salad: blocks are diffed
 * word by word only when at least half of the longer one's words survive.
 */
export function similar(before: TextBlockWithKind, after: TextBlockWithKind): boolean {
  const kept = diffWords(before.text, after.text).filter((p) => !p.added && !p.removed).reduce((n, p) => n + words(p.value), 0);
  return kept >= 0.5 * Math.max(words(before.text), words(after.text));
}

/** Blocks pair up for a word diff when they are the same kind of thing (a list item in the same kind of list). */
const pairable = (a: TextBlockWithKind, b: TextBlockWithKind) =>
  a.kind === b.kind && a.list?.ordered === b.list?.ordered && a.list?.depth === b.list?.depth && (a.cells?.length ?? 0) > 0 === (b.cells?.length ?? 0) > 0;

export function diffBlocks(before: TextBlockWithKind[], after: TextBlockWithKind[]): DiffResult {
  const parts = diffArrays(before.map(key), after.map(key));
  const blocks: DiffBlock[] = [];
  let b = 0;
  let a = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const count = part.value.length;
    if (!part.added && !part.removed) {
      for (let k = 0; k < count; k++) {
        blocks.push(whole(after[a + k]!, 'same'));
      }
      a += count;
      b += count;
      continue;
    }
    if (part.removed) {
      const next = parts[i + 1];
      const added = next?.added ? next.value.length : 0;
      const paired = Math.min(count, added);
      for (let k = 0; k < count; k++) {
        const old = before[b + k]!;
        if (k < paired && pairable(old, after[a + k]!) && similar(old, after[a + k]!)) blocks.push(wordDiff(old, after[a + k]!));
        else {
          blocks.push(whole(old, 'del'));
          if (k < paired) blocks.push(whole(after[a + k]!, 'ins'));
        }
      }
      for (let k = paired; k < added; k++) blocks.push(whole(after[a + k]!, 'ins'));
      b += count;
      a += added;
      if (added) i++;
      continue;
    }
    for (let k = 0; k < count; k++) blocks.push(whole(after[a + k]!, 'ins'));
    a += count;
  }
  let insertedWords = 0;
  let deletedWords = 0;
  for (const block of blocks) {
    for (const s of block.segments) {
      if (s.type === 'ins') insertedWords += words(s.text);
      if (s.type === 'del') deletedWords += words(s.text);
    }
  }
  return { blocks, insertedWords, deletedWords };
}
