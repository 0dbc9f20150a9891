/**
 * How the offline copy is split so that it scales: a first visit saves the app shell, the search runtime
 * and index, and whole sections of the current edition while they fit in the budget (counted in bytes
 * over the wire); the sections that do not fit become parts the reader may choose to save. Pure, so the
 * build step and the tests share it.
 */

export interface SizedFile {
  url: string;
  revision: string | null;
  /** Bytes the file costs over the wire (gzip where the server compresses it). */
  transfer: number;
}

export interface OfflinePart {
  /** Section id: the first path segment ("kapitel"), or "sokutdrag" for Pagefind's fragments. */
  id: string;
  files: SizedFile[];
  bytes: number;
}

export interface OfflinePlan {
  core: SizedFile[];
  coreBytes: number;
  parts: OfflinePart[];
}

/** A first visit may cost this much in all (3 MiB); the page the reader opened takes a little of it. */
export const FIRST_VISIT_BUDGET = 3 * 1024 * 1024;
export const PAGE_RESERVE = 128 * 1024;

/** Sections in the order a reader needs them offline: the text first, then tools, then the rest. */
export const SECTION_ORDER = ['kapitel', 'lagen', 'ordlista', 'steg', 'metoder', 'arbetsblad', 'ovningar', 'roller', 'goda-exempel', 'vad-ar-nytt', 'workshop', 'sokutdrag', 'hela-handboken'] as const;

/** Which section a file belongs to, or undefined for the shell (assets, search runtime, section indexes). */
export function sectionOf(url: string): string | undefined {
  if (/^pagefind\/fragment\//.test(url)) return 'sokutdrag';
  // The whole book on one page repeats every chapter: a reader who has the chapters needs it only to print.
  if (url === 'hela-handboken/index.html') return 'hela-handboken';
  const parts = url.split('/');
  // A page under a section ("kapitel/x/index.html"); the section's own index page stays in the shell.
  if (parts.length >= 3 && parts.at(-1) === 'index.html' && (SECTION_ORDER as readonly string[]).includes(parts[0]!)) return parts[0];
  return undefined;
}

const sum = (files: SizedFile[]) => files.reduce((n, f) => n + f.transfer, 0);

export function planOfflineCopy(files: SizedFile[], budget: number): OfflinePlan {
  const sections = new Map<string, SizedFile[]>();
  const core: SizedFile[] = [];
  for (const file of files) {
    const section = sectionOf(file.url);
    if (section === undefined) core.push(file);
    else sections.set(section, [...(sections.get(section) ?? []), file]);
  }
  let coreBytes = sum(core);
  const parts: OfflinePart[] = [];
  const order = [...SECTION_ORDER, ...[...sections.keys()].filter((s) => !(SECTION_ORDER as readonly string[]).includes(s))];
  for (const id of order) {
    const members = sections.get(id);
    if (!members) continue;
    const bytes = sum(members);
    // Whole sections, in order of need: offline a section is complete or plainly not saved. A later,
    // smaller section may still fit after a big one did not.
    if (coreBytes + bytes <= budget) {
      core.push(...members);
      coreBytes += bytes;
    } else parts.push({ id, files: members, bytes });
  }
  return { core, coreBytes, parts };
}

/** What the service worker reports of one part on this device. */
export interface PartStatus {
  id: string;
  bytes: number;
  files: number;
  /** Files saved in their current revision. */
  saved: number;
  /** The reader chose to save it (kept up to date across updates). */
  chosen: boolean;
}

/** Saving progress, as the service worker reports it. */
export interface PartsProgress {
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}
