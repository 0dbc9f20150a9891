/**
 * Where a build's time and memory go, phase by phase: Astro's own phases (between its hooks) and each
 * finishing step (finish-build.ts), whichever process runs them (scripts/build.mjs merges the two). Off unless HANDBOOK_BUILD_PROFILE=1; then a table is printed at
 * the end of the build, and HANDBOOK_BUILD_PROFILE_FILE=<path> also writes it as JSON (npm run bench reads it).
 *
 * CPU seconds (user + system) are the figure to compare: the build machine is shared, and wall time
 * there depends on what else runs. CPU counts this process (all its threads: Vite's Rolldown, libuv's
 * pool) and its child processes (Pagefind's and esbuild's binaries), live or ended. Memory is the
 * resident size of this process plus its children, sampled every 100 ms; a phase's peak is the largest
 * sample taken while it ran.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

export interface PhaseProfile {
  phase: string;
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
  /** V8's heap (JavaScript objects) when the phase ended; the rest of the RSS is native (Rolldown, buffers). */
  heapMiB: number;
}

export interface BuildProfileReport {
  phases: PhaseProfile[];
  total: PhaseProfile;
  /** Largest resident size of this process alone, as the kernel counted it (getrusage). */
  processMaxRssMiB: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux
const PAGE = 4096;
const MiB = 1024 * 1024;

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces), 0-based from field 3. */
function statFields(pid: number): string[] | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  const walk = (parent: number) => {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      for (const child of (readProc(`/proc/${parent}/task/${task}/children`) ?? '').split(' ').filter(Boolean).map(Number)) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

/** CPU milliseconds of this process, its ended children and its live (or not yet reaped) descendants. */
function cpuMs(): number {
  const own = process.cpuUsage();
  let children = 0;
  const self = statFields(process.pid);
  // Fields 16 and 17 (cutime, cstime): children that ended and were waited for.
  if (self) children += (Number(self[13]) + Number(self[14])) * TICK_MS;
  for (const pid of descendants(process.pid)) {
    const f = statFields(pid);
    // Fields 14 and 15 (utime, stime).
    if (f) children += (Number(f[11]) + Number(f[12])) * TICK_MS;
  }
  return (own.user + own.system) / 1000 + children;
}

function treeRssBytes(): number {
  let bytes = process.memoryUsage.rss();
  for (const pid of descendants(process.pid)) {
    const statm = readProc(`/proc/${pid}/statm`);
    if (statm) bytes += Number(statm.split(' ')[1]) * PAGE;
  }
  return bytes;
}

const heapMiB = () => process.memoryUsage().heapTotal / MiB;

interface Open {
  phase: string;
  wall: number;
  cpu: number;
  peak: number;
}

export class BuildProfile {
  readonly enabled: boolean;
  private readonly phases: PhaseProfile[] = [];
  private open: Open | undefined;
  private sampler: NodeJS.Timeout | undefined;
  private overallPeak = 0;

  private readonly startPhase: string;

  /** `startPhase` names the time from Node's start to the first mark. */
  constructor(env: NodeJS.ProcessEnv = process.env, startPhase = 'Astro: start (Node, moduler)') {
    // Plain fields, no parameter properties: scripts/build.mjs loads this file with Node's type stripping.
    this.enabled = env['HANDBOOK_BUILD_PROFILE'] === '1';
    this.startPhase = startPhase;
  }

  private sample(): void {
    const rss = treeRssBytes();
    if (this.open) this.open.peak = Math.max(this.open.peak, rss);
    this.overallPeak = Math.max(this.overallPeak, rss);
  }

  /** Ends the running phase (if any) and starts `phase`. The first call covers the time since Node started. */
  mark(phase: string): void {
    if (!this.enabled) return;
    this.sample();
    const now = performance.now();
    const cpu = cpuMs();
    if (this.open) this.close(now, cpu);
    else {
      // Everything before the first mark: Node's start-up and Astro loading its config.
      this.phases.push({ phase: this.startPhase, wallMs: now, cpuMs: cpu, peakRssMiB: this.overallPeak / MiB, heapMiB: heapMiB() });
      this.sampler = setInterval(() => this.sample(), 100);
      this.sampler.unref();
    }
    this.open = { phase, wall: now, cpu, peak: 0 };
    this.sample();
  }

  private close(now: number, cpu: number): void {
    const open = this.open!;
    this.phases.push({ phase: open.phase, wallMs: now - open.wall, cpuMs: cpu - open.cpu, peakRssMiB: open.peak / MiB, heapMiB: heapMiB() });
    this.open = undefined;
  }

  /** Runs `work` as a phase of its own; the phase running before resumes afterwards under `resume`. */
  async step<T>(phase: string, work: () => Promise<T>, resume: string): Promise<T> {
    this.mark(phase);
    try {
      return await work();
    } finally {
      this.mark(resume);
    }
  }

  /** Ends the last phase and returns the figures (undefined when profiling is off). */
  finish(): BuildProfileReport | undefined {
    if (!this.enabled) return undefined;
    this.sample();
    if (this.open) this.close(performance.now(), cpuMs());
    clearInterval(this.sampler);
    const phases = this.phases.filter((p) => p.wallMs > 0.5 || p.cpuMs > 0);
    const total: PhaseProfile = {
      phase: 'Totalt',
      wallMs: phases.reduce((n, p) => n + p.wallMs, 0),
      cpuMs: phases.reduce((n, p) => n + p.cpuMs, 0),
      peakRssMiB: this.overallPeak / MiB,
      heapMiB: heapMiB(),
    };
    return { phases, total, processMaxRssMiB: process.resourceUsage().maxRSS / 1024 };
  }
}

/**
 * A build run in two processes (scripts/build.mjs): `outer`'s phase `phase` was the whole of `inner` (the
 * Astro process), and is shown as `inner`'s phases. Time and CPU stay the outer figures (they count the
 * inner process whole); the peak is the larger of the two, since the outer tree held the inner one.
 */
export function mergeProfiles(outer: BuildProfileReport, phase: string, inner: BuildProfileReport): BuildProfileReport {
  return {
    phases: outer.phases.flatMap((p) => (p.phase === phase ? inner.phases : [p])),
    total: { ...outer.total, peakRssMiB: Math.max(outer.total.peakRssMiB, inner.total.peakRssMiB) },
    processMaxRssMiB: Math.max(outer.processMaxRssMiB, inner.processMaxRssMiB),
  };
}

/** The report as a table for the build log. */
export function formatProfile(report: BuildProfileReport): string {
  // The short gaps between steps are in the total but not worth a row.
  const rows = [...report.phases.filter((r) => r.cpuMs >= 50 || r.wallMs >= 50), report.total];
  const width = Math.max(...rows.map((r) => r.phase.length));
  const sec = (ms: number) => (ms / 1000).toFixed(2).padStart(7);
  const lines = [
    `${'Byggprofil'.padEnd(width)}  ${'vägg s'.padStart(7)}  ${'CPU s'.padStart(7)}  ${'topp MiB'.padStart(8)}  ${'V8-heap'.padStart(8)}`,
    ...rows.map((r) => `${r.phase.padEnd(width)}  ${sec(r.wallMs)}  ${sec(r.cpuMs)}  ${r.peakRssMiB.toFixed(0).padStart(8)}  ${r.heapMiB.toFixed(0).padStart(8)}`),
    `(CPU = user + system för bygget och dess barnprocesser; topp = RSS för processträdet; V8-heap vid fasens slut. största enskilda process: högst ${report.processMaxRssMiB.toFixed(0)} MiB.)`,
  ];
  return lines.join('\n');
}

/** Prints the report (unless `log` is undefined) and, when asked, writes it as JSON for the benchmark. */
export function publishProfile(report: BuildProfileReport | undefined, log: ((text: string) => void) | undefined, env: NodeJS.ProcessEnv = process.env): void {
  if (!report) return;
  log?.(`\n${formatProfile(report)}`);
  const file = env['HANDBOOK_BUILD_PROFILE_FILE'];
  if (file) writeFileSync(file, JSON.stringify(report, null, 2));
}
