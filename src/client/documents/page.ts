/**
 * /dokument/<slag>/: the arbetsyta picker, the kommun's name, the deciding body and the logo (kept per
 * arbetsyta through the storage layer), the live preview, and the outputs — print (the preview is the
 * printed document), Word (the docx library, imported only on the click) and Markdown. Nothing leaves
 * the device. Another tab's change to the answers or the settings shows here at once.
 */
import { dst } from '../../i18n/documents';
import { assemble, type DocumentChart } from '../../shared/documents/assemble';
import { documentInput, type Catalogue } from '../../shared/documents/input';
import { toHtml } from '../../shared/documents/html';
import { checkLogo, toBase64 } from '../../shared/documents/logo';
import { toMarkdown } from '../../shared/documents/markdown';
import type { DocumentKind, DocumentTree } from '../../shared/documents/tree';
import { loadDocumentSettings, saveDocumentSettings } from '../../shared/storage/documents';
import { KEYS } from '../../shared/storage/keys';
import { LIMITS } from '../../shared/storage/limits';
import type { DocumentSettings } from '../../shared/storage/schemas';
import { Worksheets, type Workspace } from '../../shared/storage/worksheets';
import { failureMessage, onOtherTab, openStore, showProblems } from '../storage/index';
import { downloadText, fileSlug } from '../ui/download';
import { drawCharts, knownImages, withPng } from './charts';

const root = document.querySelector<HTMLElement>('[data-docpage]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const kind = root.dataset['kind'] as DocumentKind;
  const catalogue = JSON.parse(document.querySelector('[data-doc-catalogue]')?.textContent ?? '{}') as Catalogue;
  const preview = $<HTMLElement>('[data-doc-preview]')!;
  const select = $<HTMLSelectElement>('[data-doc-workspace]')!;
  const kommun = $<HTMLInputElement>('[data-doc-kommun]')!;
  const organ = $<HTMLInputElement>('[data-doc-organ]');
  const logo = $<HTMLInputElement>('[data-doc-logo]')!;
  const removeLogo = $<HTMLButtonElement>('[data-doc-logo-remove]')!;
  const status = $<HTMLElement>('[data-doc-status]')!;
  const alert = $<HTMLElement>('[data-doc-alert]')!;
  const buttons = { print: $<HTMLButtonElement>('[data-doc-print]')!, docx: $<HTMLButtonElement>('[data-doc-docx]')!, markdown: $<HTMLButtonElement>('[data-doc-markdown]')! };

  const store = openStore();
  if (!store) {
    alert.textContent = dst('ui.noStorage');
    alert.hidden = false;
    return;
  }
  // Only the lägesbild carries the statistics page's charts.
  const chartsOf = kind === 'lagesbild' ? (await import('./lagesbild-charts')).chartsOf : (): DocumentChart[] => [];
  const sheets = new Worksheets(store);
  let workspace: Workspace = sheets.lastUsed();
  let settings: DocumentSettings = loadDocumentSettings(store, workspace.id);
  let tree: DocumentTree;
  let charts: DocumentChart[] = [];

  const say = (text: string) => {
    status.textContent = text;
  };
  const warn = (text: string) => {
    alert.textContent = text;
    alert.hidden = !text;
  };

  function fillSelect(): void {
    select.replaceChildren(...sheets.list().map((w) => Object.assign(document.createElement('option'), { value: w.id, textContent: w.name, selected: w.id === workspace.id })));
  }

  /** Re-reads what is stored for the arbetsyta and redraws the preview. */
  function render(): void {
    const answers = sheets.answers(workspace.id);
    settings = loadDocumentSettings(store!, workspace.id);
    if (document.activeElement !== kommun) kommun.value = settings.kommun;
    if (organ && document.activeElement !== organ) organ.value = settings.organ;
    removeLogo.hidden = !settings.logo;
    charts = chartsOf(store!, workspace.id);
    tree = assemble(kind, documentInput(answers.worksheets, catalogue), { kommun: settings.kommun, organ: settings.organ, workspace: workspace.name, today: new Date(), charts });
    const images = knownImages(charts);
    preview.innerHTML = toHtml(tree, settings.logo?.dataUrl, images);
    preview.dataset['charts'] = images.size === charts.length ? 'ritade' : 'ritas';
    if (images.size < charts.length) {
      void drawCharts(charts)
        .then((drew) => drew && render())
        .catch(() => (preview.dataset['charts'] = 'fel'));
    }
    preview.dataset['empty'] = tree.empty ? 'ja' : 'nej';
    // The printed pages' footer (an @page margin box reads it from the root).
    document.documentElement.style.setProperty('--hb-doc-footer', JSON.stringify(`${tree.kommun} · ${tree.title}`));
    showProblems($<HTMLElement>('[data-doc-quarantine]')!, store!);
  }

  function save(change: (s: DocumentSettings) => DocumentSettings, done?: string): boolean {
    const saved = saveDocumentSettings(store!, workspace.id, change);
    if (!saved.ok) {
      warn(saved.reason === 'invalid' ? (saved.message ?? failureMessage(saved.reason)) : failureMessage(saved.reason));
      return false;
    }
    warn('');
    render();
    say(done ?? dst('ui.saved', { name: workspace.name }));
    return true;
  }

  select.addEventListener('change', () => {
    const chosen = sheets.find(select.value);
    if (!chosen) return;
    workspace = chosen;
    sheets.choose(chosen.id);
    render();
    say(dst('ui.updated'));
  });
  kommun.addEventListener('input', () => save((s) => ({ ...s, kommun: kommun.value })));
  organ?.addEventListener('input', () => save((s) => ({ ...s, organ: organ.value })));

  logo.addEventListener('change', async () => {
    const file = logo.files?.[0];
    logo.value = '';
    if (!file) return;
    // The size first, so a huge file is never read.
    if (file.size > LIMITS.logoBytes) return warn(dst('ui.logo.tooBig', { name: file.name, size: Math.ceil(file.size / 1024), max: LIMITS.logoBytes / 1024 }));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkLogo(bytes);
    if (!checked.ok) return warn(dst(checked.reason === 'tooBig' ? 'ui.logo.tooBig' : 'ui.logo.notImage', { name: file.name, size: Math.ceil(bytes.length / 1024), max: LIMITS.logoBytes / 1024 }));
    const dataUrl = `data:${checked.type};base64,${toBase64(bytes)}`;
    // A file with the right first bytes may still be broken: let the browser decode it before keeping it.
    try {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
    } catch {
      return warn(dst('ui.logo.notImage', { name: file.name }));
    }
    save((s) => ({ ...s, logo: { name: file.name.slice(0, 200), dataUrl, width: checked.width, height: checked.height } }), dst('ui.logo.saved'));
  });
  removeLogo.addEventListener('click', () => {
    if (save(({ logo: _dropped, ...rest }) => rest, dst('ui.logo.removed'))) logo.focus();
  });

  const fileName = (ext: string) => `${kind}-${fileSlug(settings.kommun || workspace.name)}-${new Date().toISOString().slice(0, 10)}.${ext}`;
  buttons.print.addEventListener('click', () => window.print());
  buttons.markdown.addEventListener('click', () => downloadText(fileName('md'), toMarkdown(tree, knownImages(charts)), 'text/markdown;charset=utf-8'));
  buttons.docx.addEventListener('click', async () => {
    buttons.docx.disabled = true;
    say(dst('ui.docx.making'));
    try {
      const { docxBlob } = await import('../../shared/documents/docx');
      const blob = await docxBlob(tree, settings.logo, await withPng(knownImages(charts)));
      const url = URL.createObjectURL(blob);
      const a = Object.assign(document.createElement('a'), { href: url, download: fileName('docx'), hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      say(dst('ui.docx.done'));
    } catch (error) {
      warn(dst('ui.docx.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      buttons.docx.disabled = false;
    }
  });

  // Another tab changed answers, settings or the list of arbetsytor.
  const refresh = () => {
    const still = sheets.find(workspace.id);
    if (!still) workspace = sheets.lastUsed();
    else workspace = still;
    fillSelect();
    render();
  };
  onOtherTab(KEYS.answersPrefix, refresh);
  onOtherTab(KEYS.dokumentPrefix, refresh);
  if (kind === 'lagesbild') onOtherTab(KEYS.statistikPrefix, refresh);
  onOtherTab(KEYS.workspaces, refresh);

  fillSelect();
  render();
  for (const control of [select, kommun, organ, logo, buttons.print, buttons.docx, buttons.markdown]) if (control) control.disabled = false;
  root.dataset['ready'] = 'ja';
}
