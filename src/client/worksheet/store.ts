/**
 * Answers and arbetsytor in localStorage, on this device only. Anything unreadable is moved aside to a
 * quarantine key (never deleted) and reported, so the reader can download it and nothing is lost.
 */
import { AnswersError, emptyAnswers, parseAnswers, type WorkspaceAnswers } from '../../lib/worksheet-data';
import { wst } from '../../i18n/worksheet';

const WORKSPACES_KEY = 'hb:arbetsytor:v1';
const answersKey = (workspaceId: string) => `hb:svar:v1:${workspaceId}`;
const QUARANTINE_PREFIX = 'hb:karantan:';

export interface Workspace {
  id: string;
  name: string;
  created: string;
}
interface WorkspaceList {
  version: 1;
  current: string;
  list: Workspace[];
}

export interface StoreProblem {
  key: string;
  quarantineKey: string;
  reason: string;
}

const newId = () => `ay-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

export class WorksheetStore {
  readonly problems: StoreProblem[] = [];
  private workspaces: WorkspaceList;

  constructor(private readonly storage: Storage = window.localStorage) {
    this.workspaces = this.loadWorkspaces();
  }

  private quarantine(key: string, raw: string, reason: string): void {
    const quarantineKey = `${QUARANTINE_PREFIX}${new Date().toISOString()}:${key}`;
    this.storage.setItem(quarantineKey, raw);
    this.storage.removeItem(key);
    this.problems.push({ key, quarantineKey, reason });
  }

  private loadWorkspaces(): WorkspaceList {
    const raw = this.storage.getItem(WORKSPACES_KEY);
    if (raw !== null) {
      try {
        const parsed = JSON.parse(raw) as WorkspaceList;
        if (parsed.version === 1 && Array.isArray(parsed.list) && parsed.list.length && parsed.list.every((w) => typeof w.id === 'string' && typeof w.name === 'string')) {
          if (!parsed.list.some((w) => w.id === parsed.current)) parsed.current = parsed.list[0]!.id;
          return parsed;
        }
        throw new Error(wst('worksheet.quarantine.shape'));
      } catch (error) {
        this.quarantine(WORKSPACES_KEY, raw, wst('worksheet.quarantine.list', { error: (error as Error).message }));
      }
    }
    // Recover workspaces whose answers survive even if the list did not.
    const orphans = Object.keys(this.storage)
      .filter((k) => k.startsWith('hb:svar:v1:'))
      .map((k, i) => ({ id: k.slice('hb:svar:v1:'.length), name: i === 0 ? wst('worksheet.workspace.default') : wst('worksheet.workspace.recovered', { n: i + 1 }), created: new Date().toISOString() }));
    const list = orphans.length ? orphans : [{ id: newId(), name: wst('worksheet.workspace.default'), created: new Date().toISOString() }];
    const fresh: WorkspaceList = { version: 1, current: list[0]!.id, list };
    this.storage.setItem(WORKSPACES_KEY, JSON.stringify(fresh));
    return fresh;
  }

  private saveWorkspaces(): void {
    this.storage.setItem(WORKSPACES_KEY, JSON.stringify(this.workspaces));
  }

  list(): Workspace[] {
    return [...this.workspaces.list];
  }

  current(): Workspace {
    return this.workspaces.list.find((w) => w.id === this.workspaces.current)!;
  }

  select(id: string): void {
    if (!this.workspaces.list.some((w) => w.id === id)) throw new Error(`Okänd arbetsyta ${id}`);
    this.workspaces.current = id;
    this.saveWorkspaces();
  }

  create(name: string): Workspace {
    const workspace = { id: newId(), name: name.trim() || wst('worksheet.workspace.new'), created: new Date().toISOString() };
    this.workspaces.list.push(workspace);
    this.workspaces.current = workspace.id;
    this.saveWorkspaces();
    return workspace;
  }

  rename(id: string, name: string): void {
    const workspace = this.workspaces.list.find((w) => w.id === id);
    if (workspace && name.trim()) workspace.name = name.trim();
    this.saveWorkspaces();
  }

  /** Deletes an arbetsyta and its answers (after the reader confirmed). Keeps at least one. */
  remove(id: string): void {
    this.storage.removeItem(answersKey(id));
    this.workspaces.list = this.workspaces.list.filter((w) => w.id !== id);
    if (this.workspaces.list.length === 0) this.workspaces.list.push({ id: newId(), name: wst('worksheet.workspace.default'), created: new Date().toISOString() });
    if (!this.workspaces.list.some((w) => w.id === this.workspaces.current)) this.workspaces.current = this.workspaces.list[0]!.id;
    this.saveWorkspaces();
  }

  answers(workspaceId: string = this.workspaces.current): WorkspaceAnswers {
    const key = answersKey(workspaceId);
    const raw = this.storage.getItem(key);
    if (raw === null) return emptyAnswers();
    try {
      return parseAnswers(JSON.parse(raw));
    } catch (error) {
      const reason = error instanceof AnswersError ? error.message : wst('worksheet.quarantine.json');
      this.quarantine(key, raw, wst('worksheet.quarantine.answers', { name: this.workspaces.list.find((w) => w.id === workspaceId)?.name ?? workspaceId, reason }));
      return emptyAnswers();
    }
  }

  saveAnswers(data: WorkspaceAnswers, workspaceId: string = this.workspaces.current): void {
    this.storage.setItem(answersKey(workspaceId), JSON.stringify(data));
  }

  quarantined(key: string): string | null {
    return this.storage.getItem(key);
  }
}
