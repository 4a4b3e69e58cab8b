/**
 * Help: how to play (the rules in plain words) and a glossary, in one modal dialog opened from
 * the menu, the start screen or any glossary word in the panels (`glossaryTerm`: a button the
 * app catches by its `data-term`). Which topic is open is the store's (`ui.help`).
 */
import type { GameData, HelpTopic } from '../store/index.ts';
import type { Component } from './component.ts';
import { inputs } from './component.ts';
import { button, h, uid } from './dom.ts';
import { t } from './i18n/index.ts';

export const GLOSSARY = [
  'p5',
  'veto',
  'abstain',
  'draft',
  'sanctions',
  'cap',
  'ban',
  'panel',
  'covert',
  'detection',
  'evidence',
  'capacity',
  'deal',
  'score',
  'fingerprint',
] as const;
export type Term = (typeof GLOSSARY)[number];

/** A word in a panel that opens its glossary entry. */
export function glossaryTerm(term: Term, label: string): HTMLElement {
  return h('button', { type: 'button', class: 'term', 'data-term': term }, label);
}

const RULES = ['goal', 'turn', 'orders', 'routes', 'secret', 'council', 'report', 'hotseat'] as const;

export interface HelpHooks {
  open(topic: HelpTopic, term?: string): void;
  close(): void;
}

export function helpDialog(hooks: HelpHooks): Component<GameData> {
  const titleId = uid('help-h');
  const title = h('h2', { id: titleId, tabindex: -1 });
  const rulesTab = button(t('help.rules'), () => hooks.open('rules'), { class: 'tab', 'aria-pressed': 'true' });
  const glossaryTab = button(t('help.glossary'), () => hooks.open('glossary'), {
    class: 'tab',
    'aria-pressed': 'false',
  });
  const rules = h(
    'div',
    { class: 'help-rules' },
    ...RULES.flatMap((k) => [h('h3', {}, t(`rules.${k}.title` as const)), h('p', {}, t(`rules.${k}.text` as const))]),
  );
  const entries = new Map<string, HTMLElement>();
  const glossary = h(
    'dl',
    { class: 'glossary' },
    ...GLOSSARY.flatMap((k) => {
      const dt = h('dt', { id: `term-${k}`, tabindex: -1 }, t(`term.${k}` as const));
      entries.set(k, dt);
      return [dt, h('dd', {}, t(`term.${k}.text` as const))];
    }),
  );
  const body = h(
    'div',
    { class: 'help-body', tabindex: 0, role: 'region', 'aria-labelledby': titleId },
    rules,
    glossary,
  );
  const close = button(t('help.close'), () => hooks.close(), { class: 'primary' });
  const el = h(
    'dialog',
    { class: 'help-dialog', 'aria-labelledby': titleId },
    h('div', { class: 'help-head' }, title, h('div', { class: 'help-tabs' }, rulesTab, glossaryTab)),
    body,
    h('div', { class: 'actions' }, close),
  );
  // Escape or the dialog closing by itself: tell the store.
  el.addEventListener('close', () => hooks.close());
  const changed = inputs();
  const update = (d: GameData): void => {
    const help = d.ui.help;
    if (!changed(help)) return;
    if (help === null) {
      if (el.open) el.close();
      return;
    }
    const isRules = help.topic === 'rules';
    title.textContent = isRules ? t('help.rules') : t('help.glossary');
    rules.hidden = !isRules;
    glossary.hidden = isRules;
    rulesTab.setAttribute('aria-pressed', String(isRules));
    glossaryTab.setAttribute('aria-pressed', String(!isRules));
    if (!el.open) el.showModal();
    const target = help.term === null ? undefined : entries.get(help.term);
    body.scrollTop = 0;
    if (target !== undefined) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    } else title.focus();
  };
  return { el, update };
}
