/**
 * Parts shared by the student's page and the instructor's console: the connection line, the
 * turn's status and countdown, the news and the messages, and the class debrief. All text
 * from other people (names, messages, news) goes in as text nodes (dom.ts); every word of
 * the page's own comes from the catalogue (i18n/en/class.ts).
 */
import type { ActorId } from '../../engine/index.ts';
import { ACTORS } from '../../engine/index.ts';
import type { ChatMessage, ClassDebrief, ClassStatus, InjectMessage, WorldStatus } from '../../classroom/index.ts';
import { MAX_CHAT_CHARS } from '../../classroom/index.ts';
import type { ClassSnapshot } from '../../net/index.ts';
import type { ClassClient } from '../../net/index.ts';
import { headline } from '../debrief.ts';
import type { Child } from '../dom.ts';
import { clear, h, uid } from '../dom.ts';
import { list, t } from '../i18n/index.ts';
import { actorTitle } from '../words.ts';

/** An actor id from a message (a chat's sender or addressee) as a label. */
function anyActorTitle(a: string): string {
  const known = ACTORS.find((x) => x === a);
  return known === undefined ? t('actor.unknown') : actorTitle(known);
}

/** A catalogue sentence with an element in it (a link, a code): `say` words the sentence
 * with a marker where the element goes. */
export function around(say: (marker: string) => string, node: Node): Child[] {
  const marker = '\u0000';
  const [before = '', ...rest] = say(marker).split(marker);
  return [before, node, rest.join('')];
}

/** "Connected", "Reconnecting…", or why the page is out of the class. */
export function connectionText(s: ClassSnapshot): string {
  switch (s.connection) {
    case 'connecting':
      return t('class.conn.connecting');
    case 'connected':
      return t('class.conn.connected');
    case 'reconnecting':
      return t('class.conn.reconnecting');
    case 'closed':
      // The problem is the server's or the network's own sentence (src/net).
      return s.problem === null ? t('class.conn.left') : t('class.conn.out', { problem: s.problem });
  }
}

/**
 * A refusal from the server as a student or instructor reads it: the server's sentence (it has
 * no catalogue; see i18n) without the command name it starts with ("submit: …", the message's
 * `about`), from a capital letter.
 */
export function serverSays(e: { about: string; message: string }): string {
  const prefix = `${e.about}: `;
  const text = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2:05": minutes and seconds, the way a countdown reads in every language. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The teams of world `w` whose orders for this turn are in. */
export function teamsIn(w: WorldStatus): ActorId[] {
  return w.submitted.filter((a) => w.humans.includes(a));
}

/** One world's progress in words: "Turn 3 of 9 · Orders in: 2 of 4 teams · 1:40 left", and
 * while hard computer players decide the turn, for whom. */
export function worldLine(w: WorldStatus, status: ClassStatus, receivedAt: number, now: number): string {
  if (w.over) return t('class.world.over', { n: w.turns });
  const parts = [t('status.turn', { turn: w.turn, total: w.turns })];
  parts.push(
    w.humans.length === 0
      ? t('class.world.allComputer')
      : t('class.world.ordersIn', { sent: teamsIn(w).length, n: w.humans.length }),
  );
  // Hard computer players decide after the teams: orders for the turn are closed meanwhile.
  if (w.thinking.length > 0) parts.push(t('class.world.thinking', { list: list(w.thinking.map(actorTitle)) }));
  if (status.paused) parts.push(t('class.world.paused'));
  else if (w.deadlineIn !== null) parts.push(t('class.world.left', { time: clock(w.deadlineIn - (now - receivedAt)) }));
  return parts.join(' · ');
}

export function newsList(items: readonly InjectMessage[], none = t('class.news.none')): HTMLElement {
  const headingId = uid('news');
  return h(
    'section',
    { class: 'panel news', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t('class.news.title')),
    items.length === 0
      ? h('p', { class: 'hint' }, none)
      : h(
          'ul',
          {},
          ...[...items]
            .reverse()
            .map((n) =>
              h('li', {}, h('strong', {}, t('class.news.head', { turn: n.turn, title: n.title })), ' ', n.text),
            ),
        ),
  );
}

function chatLine(m: ChatMessage): HTMLElement {
  return h(
    'li',
    {},
    h(
      'strong',
      {},
      t('class.chat.head', {
        name: m.fromName,
        from: m.from === 'instructor' ? t('class.chat.instructor') : anyActorTitle(m.from),
        to: m.to === 'all' ? t('class.chat.everyone') : anyActorTitle(m.to),
      }),
    ),
    ' ',
    m.text,
  );
}

/** Messages of the seat's world, and a form to write to another country or to everyone. */
export function chatBox(
  client: ClassClient,
  me: ActorId,
): { el: HTMLElement; update(chats: readonly ChatMessage[]): void } {
  const headingId = uid('chat');
  const listEl = h('ul', { class: 'chat-list' });
  const to = h('select', { id: uid('chat-to') });
  to.append(h('option', { value: 'all' }, t('class.chat.all')));
  for (const a of ACTORS)
    if (a !== me) to.append(h('option', { value: a }, t('class.chat.only', { actor: actorTitle(a) })));
  const text = h('textarea', { id: uid('chat-text'), rows: 2, maxlength: MAX_CHAT_CHARS });
  const form = h(
    'form',
    { class: 'chat-form' },
    h('div', { class: 'field' }, h('label', { for: to.id }, t('class.chat.to')), to),
    h('div', { class: 'field' }, h('label', { for: text.id }, t('class.chat.message')), text),
    h('button', { type: 'submit' }, t('class.chat.send')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = text.value.trim();
    if (v === '') return;
    const target = to.value === 'all' ? 'all' : ACTORS.find((a) => a === to.value);
    if (target === undefined) return;
    client.chat(target, v);
    text.value = '';
  });
  const el = h(
    'section',
    { class: 'panel chat', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t('class.chat.title')),
    h('p', { class: 'hint' }, t('class.chat.hint')),
    listEl,
    form,
  );
  let shown = -1;
  return {
    el,
    update(chats) {
      if (chats.length === shown) return;
      shown = chats.length;
      clear(listEl);
      if (chats.length === 0) listEl.append(h('li', { class: 'hint' }, t('class.chat.none')));
      for (const m of chats) listEl.append(chatLine(m));
    },
  };
}

/** The class debrief: each world against history and the worlds against each other. */
export function debriefView(d: ClassDebrief): HTMLElement {
  const headingId = uid('debrief');
  const game = (world: number): string => t('class.game', { n: world + 1 });
  const worldTable = h(
    'table',
    { class: 'data' },
    h('caption', {}, t('class.debrief.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('class.debrief.country')),
        ...d.worlds.map((w) => h('th', { scope: 'col' }, game(w.world))),
      ),
    ),
    h(
      'tbody',
      {},
      ...ACTORS.map((a) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, actorTitle(a)),
          ...d.worlds.map((w) => {
            const c = w.comparison.find((x) => x.actor === a);
            return h('td', {}, c === undefined ? '–' : headline(c));
          }),
        ),
      ),
    ),
  );
  const across = d.actors.map((x) =>
    t('class.debrief.across', {
      actor: actorTitle(x.actor),
      best: x.best.world + 1,
      bestScore: x.best.score,
      worst: x.worst.world + 1,
      worstScore: x.worst.score,
      better: x.better,
      n: d.worlds.length,
    }),
  );
  const teams = d.worlds.map((w) =>
    h(
      'li',
      {},
      t('class.debrief.teams', {
        game: game(w.world),
        teams: ACTORS.map((a) =>
          t('class.debrief.team', {
            actor: actorTitle(a),
            who: w.teams[a].length === 0 ? t('class.debrief.noStudent') : list(w.teams[a]),
          }),
        ).join('; '),
      }),
      w.chats.length === 0
        ? null
        : h(
            'details',
            {},
            h('summary', {}, t('class.debrief.messages', { n: w.chats.length })),
            h('ul', {}, ...w.chats.map(chatLine)),
          ),
    ),
  );
  return h(
    'section',
    { class: 'panel debrief', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: -1, 'data-autofocus': true }, t('class.debrief.title', { title: d.title })),
    worldTable,
    h('h3', {}, t('class.debrief.acrossTitle')),
    h('ul', {}, ...across.map((x) => h('li', {}, x))),
    h('h3', {}, t('class.debrief.who')),
    h('ul', {}, ...teams),
    h('h3', {}, t('class.debrief.questions')),
    h('ol', {}, ...d.questions.map((q) => h('li', {}, q))),
    h('h3', {}, t('debrief.learn')),
    h('ul', {}, ...d.learningObjectives.map((q) => h('li', {}, q))),
  );
}
