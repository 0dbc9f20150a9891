/**
 * Chapter pages: the reader's choice to hide revision markers (a saved setting), and edition links
 * that keep the reader at the same section when switching edition (headings are the same in every
 * edition: revisions may not contain headings).
 */
import { KEYS } from '../shared/storage/keys';
import { readSettings } from '../shared/storage/settings';
import { revisionStrings } from '../i18n/revisions';
import { adoptStyles } from './ui/adopt-styles';
import revisionToggleCss from '../styles/revision-toggle.css?inline';

/** Settings through the storage layer's key and shape; unreadable ones are left for the storage layer to quarantine, never overwritten here. */
const settings = () => {
  try {
    return readSettings(localStorage, KEYS.settings);
  } catch {
    return 'unreadable' as const;
  }
};

const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('[data-revision-toggle]');
if (toggle) {
  adoptStyles(revisionToggleCss);
  const apply = (state: 'on' | 'off') => {
    root.dataset['revisionMarkers'] = state;
    toggle.setAttribute('aria-pressed', String(state === 'on'));
    toggle.textContent = revisionStrings[state === 'on' ? 'revision.toggle.hide' : 'revision.toggle.show'];
  };
  const stored = settings();
  apply((typeof stored === 'object' && stored.revisionMarkers) || 'on');
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const next = root.dataset['revisionMarkers'] === 'on' ? 'off' : 'on';
    apply(next);
    const current = settings();
    if (current === 'unreadable') return;
    try {
      localStorage.setItem(KEYS.settings, JSON.stringify({ ...current, version: 1, revisionMarkers: next }));
    } catch {
      // Storage off or full: the choice holds for this page only (a view setting, not the reader's work).
    }
  });
}

/** The heading the reader is at: the last section heading above the viewport's upper third. */
function sectionInView(): string | undefined {
  const headings = [...document.querySelectorAll<HTMLElement>('article :is(h2, h3)[id]')];
  let current: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top < window.innerHeight / 3) current = heading.id;
    else break;
  }
  return current;
}

// The switcher sits at the top, so the section is remembered while reading, not when scrolled back up
// to click, and written into the edition links' addresses (hover and middle-click see it too). A passage
// anchor in the address (from "Vad är nytt") exists in every edition as well.
const editionLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-edition-link]')];
const pointLinksAt = (section: string | undefined) => {
  if (section) for (const link of editionLinks) link.hash = section;
};
pointLinksAt(location.hash.slice(1) || undefined);
let scrollTimer: number | undefined;
window.addEventListener(
  'scroll',
  () => {
    window.clearTimeout(scrollTimer);
    scrollTimer = window.setTimeout(() => {
      if (window.scrollY > 200) pointLinksAt(sectionInView());
    }, 150);
  },
  { passive: true },
);

export {};
