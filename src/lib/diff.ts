/**
 * Word-level diff between two editions of a chapter, computed at build time. Blocks are aligned first
 * (so a moved or rewritten paragraph does not smear across the page), then changed blocks are diffed
 * word by word. The result is rendered as <ins>/<del> with visible labels.
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
}
export interface DiffResult {
  blocks: DiffBlock[];
  insertedWords: number;
  deletedWords: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const key = (b: TextBlockWithKind) => `${b.kind}\u0000${b.text}`;

function wordDiff(before: TextBlockWithKind, after: TextBlockWithKind): DiffBlock {
  const segments: Segment[] = diffWords(before.text, after.text).map((part) => ({
    type: part.added ? 'ins' : part.removed ? 'del' : 'same',
    text: part.value,
  }));
  return { kind: after.kind, status: 'changed', segments };
}

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
        const block = after[a + k]!;
        blocks.push({ kind: block.kind, status: 'same', segments: [{ type: 'same', text: block.text }] });
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
        if (k < paired && after[a + k]!.kind === old.kind) blocks.push(wordDiff(old, after[a + k]!));
        else {
          blocks.push({ kind: old.kind, status: 'del', segments: [{ type: 'del', text: old.text }] });
          if (k < paired) {
            const neu = after[a + k]!;
            blocks.push({ kind: neu.kind, status: 'ins', segments: [{ type: 'ins', text: neu.text }] });
          }
        }
      }
      for (let k = paired; k < added; k++) {
        const neu = after[a + k]!;
        blocks.push({ kind: neu.kind, status: 'ins', segments: [{ type: 'ins', text: neu.text }] });
      }
      b += count;
      a += added;
      if (added) i++;
      continue;
    }
    for (let k = 0; k < count; k++) {
      const neu = after[a + k]!;
      blocks.push({ kind: neu.kind, status: 'ins', segments: [{ type: 'ins', text: neu.text }] });
    }
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
