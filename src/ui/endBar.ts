/**
 * The End turn bar, always on screen while playing: how many orders are pending and how many
 * the engine would refuse, who takes the device next in hot-seat, and End turn. When an order
 * would be refused, End turn first asks (a modal dialog listing them) before ending the turn.
 * While hard bots think about the turn (`setThinking`), End turn waits and the bar says who; if
 * their thinker failed, the bar says the easy bots played for them.
 */
import type { ActorId, Order } from '../engine/index.ts';
import type { GameView } from '../store/index.ts';
import { lastTurn } from '../store/index.ts';
import type { Component } from './component.ts';
import { inputs } from './component.ts';
import { describeOrder, rejectionText } from './describe.ts';
import { button, clear, h, uid } from './dom.ts';
import { list, t } from './i18n/index.ts';
import type { Verdicts } from './orders/ordersPanel.ts';
import { actorName } from './words.ts';

export function endBar(
  me: ActorId,
  first: GameView,
  submitted: readonly ActorId[],
  endTurn: () => void,
  verdicts: Verdicts,
): Component<GameView> & { setThinking(who: readonly ActorId[], stoodIn?: readonly ActorId[]): void } {
  const count = h('span', { class: 'end-count' });
  const refusedText = h('span', { class: 'end-refused' });
  const thinking = h('p', { class: 'thinking', role: 'status', 'data-testid': 'thinking' });
  const after = first.humans.find((a) => a !== me && !submitted.includes(a));
  const next = after === undefined ? null : h('span', { class: 'hint' }, t('end.next', { next: actorName(after) }));

  const titleId = uid('warn-h');
  const warnList = h('ul', {});
  const back = button(t('end.back'), () => dialog.close('back'));
  const anyway = button(t('end.anyway'), () => dialog.close('end'), { class: 'primary' });
  const warnText = h('p', {});
  const dialog = h(
    'dialog',
    { class: 'warn-dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, t('end.warnTitle')),
    warnText,
    warnList,
    h('div', { class: 'actions' }, back, anyway),
  );
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'end') endTurn();
  });

  let view = first;
  const refusals = (): { order: Order; why: string }[] => {
    const state = lastTurn(view).state;
    const v = verdicts(state, view.pending);
    return view.pending.flatMap((o, i) => {
      const r = v.get(i);
      return r === undefined ? [] : [{ order: o, why: r.map((x) => rejectionText(x, o, state)).join(' ') }];
    });
  };
  const end = button(
    t('end.button'),
    () => {
      const bad = refusals();
      if (bad.length === 0) {
        endTurn();
        return;
      }
      const state = lastTurn(view).state;
      warnText.textContent = t('end.warnText', { n: bad.length });
      clear(warnList);
      for (const b of bad) warnList.append(h('li', {}, h('strong', {}, describeOrder(b.order, state)), ' — ', b.why));
      dialog.returnValue = '';
      dialog.showModal();
      back.focus();
    },
    { class: 'primary end-turn', 'data-walkthrough': 'end' },
  );
  const el = h(
    'div',
    { class: 'end-bar', role: 'region', 'aria-label': t('end.button') },
    h('p', { class: 'end-status', 'aria-live': 'polite' }, count, ' ', refusedText),
    next,
    thinking,
    end,
    dialog,
  );
  const changed = inputs();
  const update = (v: GameView): void => {
    view = v;
    if (!changed(v.pending, lastTurn(v).state)) return;
    count.textContent = t('end.summary', { n: v.pending.length });
    const n = refusals().length;
    refusedText.textContent = n === 0 ? '' : t('end.refused', { n });
  };
  /** `who` are thinking now; `stoodIn` are the hard bots the easy bots played for last turn
   * (said only while nobody is thinking). */
  const thinkingChanged = inputs();
  const setThinking = (who: readonly ActorId[], stoodIn: readonly ActorId[] = []): void => {
    // Called every frame the play screen renders: the store keeps the same lists until they change.
    if (!thinkingChanged(who, stoodIn)) return;
    const said =
      who.length > 0
        ? t('end.thinking', { n: who.length, list: list(who.map(actorName)) })
        : stoodIn.length > 0
          ? t('end.stoodIn', { n: stoodIn.length, list: list(stoodIn.map(actorName)) })
          : '';
    thinking.textContent = said;
    thinking.hidden = said === '';
    end.disabled = who.length > 0;
    el.setAttribute('aria-busy', who.length > 0 ? 'true' : 'false');
  };
  update(first);
  setThinking([]);
  return { el, update, setThinking };
}
