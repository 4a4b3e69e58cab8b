/**
 * "What changed for you": the turn digest (store/digest.ts) at the head of the side panel,
 * always in view while playing. The three to five changes that moved the player's score most,
 * each with its cause in one sentence, the score before and after, and a link to the full
 * report (the Report tab). Before the first turn it says how a turn works.
 */
import type { ActorId, StateView } from '../engine/index.ts';
import { assertNever, isActorId } from '../engine/index.ts';
import type { GameView } from '../store/index.ts';
import { digestOf } from '../store/index.ts';
import { changeHead, causeText } from './causes.ts';
import type { Component } from './component.ts';
import { inputs } from './component.ts';
import { button, clear, h, uid } from './dom.ts';
import { signedNum, t } from './i18n/index.ts';
import { date, indicatorName } from './words.ts';

export interface DigestHooks {
  openReport(): void;
  showAround(): void;
}

/** Score points with one decimal when they are not whole ("−2.5"). */
function points(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? signedNum(r) : `${r > 0 ? '+' : '\u2212'}${Math.abs(r).toFixed(1)}`;
}

export function digestPanel(hooks: DigestHooks): Component<GameView> {
  const headingId = uid('digest-h');
  const heading = h('h2', { id: headingId, tabindex: -1, class: 'digest-title' });
  const body = h('div', { class: 'digest-body' });
  const el = h(
    'section',
    { class: 'digest', 'aria-labelledby': headingId, 'data-testid': 'digest', 'data-walkthrough': 'digest' },
    heading,
    body,
  );
  const changed = inputs();
  const update = (v: GameView): void => {
    const n = v.turns.length;
    if (!changed(v.turns[n - 1], v.viewer)) return;
    clear(body);
    const me = v.viewer;
    const last = v.turns[n - 1];
    const before = v.turns[n - 2];
    el.hidden = !isActorId(me);
    if (!isActorId(me) || last === undefined) return;
    if (before === undefined || last.report === null) {
      heading.textContent = t('digest.firstTitle');
      body.append(h('p', {}, t('digest.first')), button(t('digest.showAround'), hooks.showAround, { class: 'link' }));
      return;
    }
    heading.textContent = t('digest.title', { date: date(last.report.date) });
    fill(body, me, before.state, last.state, last.report);
    body.append(button(t('digest.fullReport'), hooks.openReport, { class: 'link', 'data-testid': 'full-report' }));
  };
  return { el, update };
}

function fill(
  body: HTMLElement,
  me: ActorId,
  before: StateView,
  after: StateView,
  report: NonNullable<GameView['turns'][number]['report']>,
): void {
  const d = digestOf(before, after, report, me);
  if (d.scoreBefore !== null && d.scoreAfter !== null) {
    const delta = d.scoreAfter - d.scoreBefore;
    body.append(
      h(
        'p',
        { class: `digest-score ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}`, 'data-testid': 'digest-score' },
        t('digest.score', { before: d.scoreBefore, after: d.scoreAfter, delta: signedNum(delta), change: delta }),
      ),
    );
  }
  if (d.entries.length === 0) {
    body.append(h('p', { class: 'hint' }, t('digest.quiet')));
    return;
  }
  const ctx = { before, after, report };
  body.append(
    h(
      'ol',
      { class: 'digest-list' },
      ...d.entries.map((e) => {
        const effect =
          e.effect === 0
            ? null
            : h('span', { class: 'digest-effect' }, ` ${t('digest.effect', { n: points(e.effect) })}`);
        const cls = e.effect > 0 ? 'up' : e.effect < 0 ? 'down' : 'flat';
        switch (e.kind) {
          case 'change':
            return h(
              'li',
              { class: cls, 'data-index': e.index },
              h('span', { class: 'digest-delta', 'aria-hidden': 'true' }, signedNum(e.change.after - e.change.before)),
              h(
                'span',
                { class: 'digest-text' },
                h('strong', {}, changeHead(e.change, me)),
                ' ',
                causeText(e.change, ctx),
                effect,
              ),
            );
          case 'unseen':
            return h(
              'li',
              { class: cls, 'data-unseen': e.indicator },
              h('span', { class: 'digest-delta', 'aria-hidden': 'true' }, signedNum(e.delta)),
              h(
                'span',
                { class: 'digest-text' },
                h('strong', {}, indicatorName(e.indicator)),
                ' ',
                t('digest.unseen', { delta: signedNum(e.delta) }),
                effect,
              ),
            );
          default:
            return assertNever(e);
        }
      }),
    ),
  );
}
