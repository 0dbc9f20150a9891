/**
 * What the worksheet page's parts share: the forms, the storage, which arbetsyta this tab shows (each
 * tab its own), the answers as last stored, and the status line. autosave.ts, workspaces.ts,
 * transfer.ts and print.ts each do one job on it.
 */
import type { WorkspaceAnswersData } from '../../shared/storage/schemas';
import type { Store } from '../../shared/storage/store';
import type { Workspace, Worksheets } from '../../shared/storage/worksheets';
import { fieldsOf, writeField } from './form';
import { refreshRefs } from '../chain/refs';

export interface Session {
  readonly tools: HTMLElement;
  readonly forms: HTMLFormElement[];
  readonly store: Store;
  readonly sheets: Worksheets;
  /** The arbetsyta this tab shows. */
  workspace: Workspace;
  /** The answers of that arbetsyta as stored when this tab last read or wrote them. */
  stored: WorkspaceAnswersData;
  readonly status: HTMLElement;
  readonly errorBox: HTMLElement;
  /** Saves pending edits now; true when nothing is left unsaved. */
  flush(): boolean;
  /** Forgets pending edits (after a switch, a clear or an import replaced them). */
  discardPending(): void;
  /** Marks fields with content as edited (to save them somewhere new). */
  markAllPending(): void;
}

export const sheetOf = (form: HTMLFormElement) => form.dataset['worksheet']!;

/** Shows the stored answers in every form. */
export function render(session: Session): void {
  for (const form of session.forms) {
    const saved = session.stored.worksheets[sheetOf(form)]?.fields ?? {};
    for (const field of fieldsOf(form)) writeField(field, saved[field.dataset['field']!]);
  }
  refreshRefs(session.forms, session.stored.worksheets);
}

export const clock = (d: Date) => d.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });
