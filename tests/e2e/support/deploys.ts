/**
 * Real deploys for the update tests in offline.spec.ts: builds a version of the book into its own
 * folder, and serves one version at a time with the project's nginx config, replacing the served files
 * as a deploy does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Builds the book into `out`. `env` adds to (or, when undefined, removes from) the build's environment. */
export function buildVersion(out: string, env: Record<string, string | undefined>, cwd = process.cwd()): void {
  const merged: NodeJS.ProcessEnv = { ...process.env, HANDBOOK_OUT_DIR: out };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd, env: merged, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Bygget ${out} misslyckades:\n${result.stdout}\n${result.stderr}`);
}

export interface DeployServer {
  base: string;
  /** Replaces the served files by those of `dist`. */
  deploy(dist: string): void;
  stop(): void;
}

/** Starts nginx on `port` serving `<root>/serve`, with `first` deployed, and waits until it answers. */
export async function serveDeploys(root: string, port: number, first: string): Promise<DeployServer> {
  const serve = path.join(root, 'serve');
  const base = `http://127.0.0.1:${port}`;
  const deploy = (dist: string) => {
    rmSync(serve, { recursive: true, force: true });
    cpSync(dist, serve, { recursive: true });
  };
  deploy(first);
  const nginx: ChildProcess = spawn('node', ['scripts/nginx.mjs', String(port), serve], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { base, deploy, stop: () => nginx.kill('SIGTERM') };
}
