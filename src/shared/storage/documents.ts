/**
 * The document settings of an arbetsyta (/dokument/): the kommun's name, the body that decides and the
 * logo, under `hb:dokument:v1:<arbetsyta-id>` with the layer's policy — unreadable data is quarantined
 * by Store.read, a save is one read-modify-write of what is stored now and is checked with the schema a
 * later read uses, and a refused save says why.
 */
import { dokumentKey } from './keys';
import { check, documentSettings, SHAPES, type DocumentSettings } from './schemas';
import { ShapeError, type Store } from './store';
import { Worksheets, type Saved } from './worksheets';

export const emptyDocumentSettings = (): DocumentSettings => ({ version: 1, kommun: '', organ: '' });

export const loadDocumentSettings = (store: Store, workspaceId: string): DocumentSettings => store.read(dokumentKey(workspaceId), SHAPES.documents) ?? emptyDocumentSettings();

export function saveDocumentSettings(store: Store, workspaceId: string, change: (current: DocumentSettings) => DocumentSettings): Saved<DocumentSettings> {
  if (!new Worksheets(store).find(workspaceId)) return { ok: false, reason: 'gone' };
  let invalid: string | undefined;
  const result = store.update(dokumentKey(workspaceId), SHAPES.documents, (current) => {
    try {
      return check(documentSettings, change(current ?? emptyDocumentSettings()));
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      invalid = error.message;
      return undefined;
    }
  });
  if (invalid !== undefined) return { ok: false, reason: 'invalid', message: invalid };
  return result.ok ? { ok: true, value: result.value ?? emptyDocumentSettings() } : result;
}
