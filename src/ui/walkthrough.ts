/**
 * The first-turn walkthrough: five short steps (welcome, the map, the digest, the tabs, End
 * turn), each a small non-modal dialog beside the part it describes, which is outlined.
 * Skippable at every step (the button or Escape) and remembered once finished or skipped
 * (the store's `ui.walkthroughSeen`, kept by the page); "Show me around" starts it again.
 */
import type { ActorId } from '../engine/index.ts';
import type { Component } from './component.ts';
import { inputs } from './component.ts';
import { button, h, uid } from './dom.ts';
import { t } from './i18n/index.ts';
import { actorName } from './words.ts';
import { placeInViewport } from './why.ts';

/** Each step: the part it points at (null: the middle of the screen) and its words. */
const STEPS = [
  { part: null, title: 'walk.0.title', text: 'walk.0.text' },
  { part: 'map', title: 'walk.1.title', text: 'walk.1.text' },
  { part: 'digest', title: 'walk.2.title', text: 'walk.2.text' },
  { part: 'tabs', title: 'walk.3.title', text: 'walk.3.text' },
  { part: 'end', title: 'walk.4.title', text: 'walk.4.text' },
] as const;

export function walkthrough(me: ActorId, go: (step: number | null) => void): Component<number | null> {
  const titleId = uid('walk-h');
  const title = h('h2', { id: titleId, tabindex: -1 });
  const text = h('p', {});
  const count = h('p', { class: 'hint' });
  let step = 0;
  const next = button(t('walk.next'), () => go(step + 1 < STEPS.length ? step + 1 : null), { class: 'primary' });
  const skip = button(t('walk.skip'), () => go(null));
  const el = h(
    'dialog',
    { class: 'walkthrough', 'aria-labelledby': titleId, 'data-testid': 'walkthrough' },
    count,
    title,
    text,
    h('div', { class: 'actions' }, next, skip),
  );
  // Escape skips it, wherever focus is while it shows.
  const onKey = (ev: KeyboardEvent): void => {
    if (ev.key === 'Escape' && el.open && !ev.defaultPrevented) {
      ev.preventDefault();
      go(null);
    }
  };
  document.addEventListener('keydown', onKey);
  let lit: Element | null = null;
  const changed = inputs();
  const update = (n: number | null): void => {
    if (!changed(n)) return;
    lit?.classList.remove('walk-lit');
    lit = null;
    if (n === null) {
      if (el.open) el.close();
      return;
    }
    step = Math.max(0, Math.min(STEPS.length - 1, n));
    count.textContent = t('walk.step', { n: step + 1, total: STEPS.length });
    const s = STEPS[step] ?? STEPS[0];
    title.textContent = t(s.title);
    text.textContent = t(s.text, { actor: actorName(me) });
    next.textContent = step === STEPS.length - 1 ? t('walk.done') : t('walk.next');
    if (!el.open) el.show();
    const target = s.part === null ? null : document.querySelector(`[data-walkthrough="${s.part}"]`);
    const shown = target instanceof HTMLElement && target.offsetParent !== null;
    el.classList.toggle('centred', !shown);
    if (shown) {
      target.classList.add('walk-lit');
      lit = target;
      placeInViewport(el, target);
    } else {
      el.style.left = '';
      el.style.top = '';
    }
    title.focus();
  };
  return {
    el,
    update,
    destroy: () => {
      lit?.classList.remove('walk-lit');
      document.removeEventListener('keydown', onKey);
    },
  };
}
