/**
 * A student's page once joined: waiting for a seat, the briefing before the start, each turn
 * (the seam's panels, the orders, news and messages), and the class debrief at the end. It
 * renders what the class client holds and nothing else; every change comes from the server.
 */
import type { ClassClient, ClassSnapshot } from '../../net/index.ts';
import { formatCode } from '../../classroom/index.ts';
import { clear, h } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { actorName } from '../words.ts';
import type { OrdersBox } from './ordersBox.ts';
import { ordersBox } from './ordersBox.ts';
import { previousState, turnLabel, turnPanels } from './turnPanels.ts';
import { chatBox, connectionText, debriefView, newsList, serverSays, worldLine } from './widgets.ts';

function briefing(s: ClassSnapshot, open: boolean): HTMLElement | null {
  const sc = s.welcome?.scenario;
  if (sc === undefined) return null;
  return h(
    'details',
    { class: 'panel briefing', open },
    h('summary', {}, t('class.briefing.title')),
    h('h3', {}, t('briefing.forClass')),
    h('p', {}, sc.classBriefing),
    sc.actor === null || sc.briefing === null
      ? null
      : h('h3', {}, t('class.briefing.mine', { actor: actorName(sc.actor) })),
    sc.briefing === null ? null : h('p', {}, sc.briefing),
  );
}

export function mountStudentScreen(root: HTMLElement, client: ClassClient): () => void {
  const title = h('h1', {}, t('class.student.title'));
  const who = h('p', { class: 'meta' });
  const conn = h('p', { class: 'meta', role: 'status' });
  const statusLine = h('p', { class: 'status-line', 'aria-live': 'polite', 'data-testid': 'status-line' });
  const errorBox = h('p', { class: 'form-error', role: 'alert' });
  const body = h('div', { class: 'class-body' });
  const main = h('main', { class: 'screen class-page' }, h('header', {}, title, who, conn), statusLine, errorBox, body);
  clear(root);
  root.append(main);

  let key = '';
  let orders: OrdersBox | null = null;
  let chat: ReturnType<typeof chatBox> | null = null;
  let newsKey = -1;
  const newsSlot = h('div', {});
  let statusAt = 0;
  let lastStatus: ClassSnapshot['status'] = null;
  let lastError: ClassSnapshot['error'] = null;

  const line = (s: ClassSnapshot): void => {
    const seat = s.welcome?.seat;
    const w = seat === null || seat === undefined ? undefined : s.status?.worlds.find((x) => x.world === seat.world);
    statusLine.textContent =
      s.status === null || w === undefined
        ? ''
        : s.status.phase === 'lobby'
          ? t('class.status.lobby')
          : s.status.phase === 'ended'
            ? t('class.status.ended')
            : worldLine(w, s.status, statusAt, Date.now());
  };

  const render = (s: ClassSnapshot): void => {
    if (s.status !== lastStatus) {
      lastStatus = s.status;
      statusAt = Date.now();
    }
    const w = s.welcome;
    title.textContent = w === null ? t('class.student.title') : w.title;
    who.textContent =
      w === null || w.you === null
        ? ''
        : w.seat === null
          ? t('class.student.who', { name: w.you.name, code: formatCode(w.code) })
          : t('class.student.whoSeat', {
              name: w.you.name,
              code: formatCode(w.code),
              actor: actorName(w.seat.actor),
              game: w.seat.world + 1,
            });
    conn.textContent = connectionText(s);
    if (s.error !== lastError) {
      lastError = s.error;
      errorBox.textContent = s.error === null ? '' : serverSays(s.error);
    }
    line(s);
    const seat = w?.seat ?? null;
    const phase = s.status?.phase ?? 'lobby';
    const k = `${phase}|${seat === null ? '-' : `${seat.world}${seat.actor}`}|${s.turn?.hash ?? '-'}|${s.debrief === null ? 0 : 1}`;
    if (k !== key) {
      key = k;
      clear(body);
      orders = null;
      chat = null;
      newsKey = -1;
      if (s.debrief !== null) {
        body.append(debriefView(s.debrief));
      } else if (seat === null) {
        body.append(
          h('section', { class: 'panel' }, h('h2', {}, t('class.student.in')), h('p', {}, t('class.student.wait'))),
          briefing(s, true) ?? '',
        );
      } else if (phase === 'lobby' || s.turn === null) {
        body.append(
          h(
            'section',
            { class: 'panel' },
            h('h2', {}, t('class.student.youPlay', { actor: actorName(seat.actor) })),
            h('p', {}, t('class.student.readBriefing')),
          ),
          briefing(s, true) ?? '',
        );
      } else {
        const turn = s.turn;
        const over = turn.state.turn > turn.state.rules.turns;
        const cols = h('div', { class: 'class-columns' });
        const view = h(
          'div',
          { class: 'class-view' },
          h('h2', { class: 'turn-title' }, turnLabel(turn.state)),
          ...turnPanels(turn, seat.actor, previousState(s.turns, turn), w?.scenario.sources ?? []),
        );
        const act = h('div', { class: 'class-act' });
        if (!over && phase === 'playing') {
          orders = ordersBox(client, turn, seat.actor);
          act.append(orders.el);
        } else
          act.append(
            h(
              'section',
              { class: 'panel' },
              h('h2', {}, t('class.student.over')),
              h('p', {}, t('class.student.overText')),
            ),
          );
        chat = chatBox(client, seat.actor);
        act.append(newsSlot, chat.el, briefing(s, false) ?? '');
        cols.append(view, act);
        body.append(cols);
        body.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
      }
    }
    orders?.acknowledged(s.submitted);
    chat?.update(s.chats);
    if (s.injects.length !== newsKey) {
      newsKey = s.injects.length;
      clear(newsSlot);
      newsSlot.append(newsList(s.injects));
    }
  };

  render(client.snapshot);
  const off = client.subscribe(render);
  const timer = setInterval(() => line(client.snapshot), 1000);
  return () => {
    off();
    clearInterval(timer);
  };
}
