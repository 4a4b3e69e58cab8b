/**
 * Parts shared by the student's page and the instructor's console: the connection line, the
 * turn's status and countdown, the news and the messages, and the class debrief. All text
 * from other people (names, messages, news) goes in as text nodes (dom.ts).
 */
import type { ActorId } from '../../engine/index.ts';
import { ACTORS } from '../../engine/index.ts';
import type { ChatMessage, ClassDebrief, ClassStatus, InjectMessage, WorldStatus } from '../../classroom/index.ts';
import { MAX_CHAT_CHARS } from '../../classroom/index.ts';
import type { ClassClient, ClassSnapshot } from '../../net/index.ts';
import { clear, h, uid } from '../dom.ts';
import { ACTOR_LABEL, actorLabel } from './names.ts';

/** "Connected", "Reconnecting…", or why the page is out of the class. */
export function connectionText(s: ClassSnapshot): string {
  switch (s.connection) {
    case 'connecting':
      return 'Connecting to the class…';
    case 'connected':
      return 'Connected to the class.';
    case 'reconnecting':
      return 'Connection lost: getting you back into your seat…';
    case 'closed':
      return s.problem === null ? 'You have left the class.' : `Out of the class: ${s.problem}`;
  }
}

/** "2:05" */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One world's progress in words: "Turn 3 of 9 · 2 of 4 countries have sent orders · 1:40 left". */
export function worldLine(w: WorldStatus, status: ClassStatus, receivedAt: number, now: number): string {
  if (w.over) return `The game is over after ${w.turns} turns.`;
  const parts = [`Turn ${w.turn} of ${w.turns}`];
  parts.push(
    w.humans.length === 0
      ? 'bots play every country'
      : `${w.submitted.filter((a) => w.humans.includes(a)).length} of ${w.humans.length} teams have sent orders`,
  );
  if (status.paused) parts.push('paused by the instructor');
  else if (w.deadlineIn !== null) parts.push(`${clock(w.deadlineIn - (now - receivedAt))} left`);
  return parts.join(' · ');
}

export function newsList(items: readonly InjectMessage[], none = 'No news from your instructor yet.'): HTMLElement {
  const headingId = uid('news');
  return h(
    'section',
    { class: 'panel news', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, 'News'),
    items.length === 0
      ? h('p', { class: 'hint' }, none)
      : h(
          'ul',
          {},
          ...[...items].reverse().map((n) => h('li', {}, h('strong', {}, `Turn ${n.turn}: ${n.title}. `), n.text)),
        ),
  );
}

function chatLine(m: ChatMessage): HTMLElement {
  const to = m.to === 'all' ? 'everyone' : actorLabel(m.to);
  return h(
    'li',
    {},
    h('strong', {}, `${m.fromName} (${m.from === 'instructor' ? 'instructor' : actorLabel(m.from)}) to ${to}: `),
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
  to.append(h('option', { value: 'all' }, 'Everyone in your game'));
  for (const a of ACTORS) if (a !== me) to.append(h('option', { value: a }, `${ACTOR_LABEL[a]} only`));
  const text = h('textarea', { id: uid('chat-text'), rows: 2, maxlength: MAX_CHAT_CHARS });
  const form = h(
    'form',
    { class: 'chat-form' },
    h('div', { class: 'field' }, h('label', { for: to.id }, 'To'), to),
    h('div', { class: 'field' }, h('label', { for: text.id }, 'Message'), text),
    h('button', { type: 'submit' }, 'Send message'),
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
    h('h2', { id: headingId }, 'Messages'),
    h('p', { class: 'hint' }, 'Messages are kept and shown to the whole class at the debrief.'),
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
      if (chats.length === 0) listEl.append(h('li', { class: 'hint' }, 'No messages yet.'));
      for (const m of chats) listEl.append(chatLine(m));
    },
  };
}

/** The class debrief: each world against history and the worlds against each other. */
export function debriefView(d: ClassDebrief): HTMLElement {
  const headingId = uid('debrief');
  const worldTable = h(
    'table',
    { class: 'data' },
    h('caption', {}, 'Scores at the end, and against history (the same scenario played as it really happened)'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Country'),
        ...d.worlds.map((w) => h('th', { scope: 'col' }, `Game ${w.world + 1}`)),
      ),
    ),
    h(
      'tbody',
      {},
      ...ACTORS.map((a) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, ACTOR_LABEL[a]),
          ...d.worlds.map((w) => {
            const c = w.comparison.find((x) => x.actor === a);
            if (c === undefined) return h('td', {}, '–');
            const diff =
              c.difference === 0
                ? 'same as history'
                : `${c.difference > 0 ? '+' : '−'}${Math.abs(c.difference)} against history (${c.historical})`;
            return h('td', {}, `${c.score}: ${c.verdict} (${diff})`);
          }),
        ),
      ),
    ),
  );
  const across = d.actors.map(
    (x) =>
      `${ACTOR_LABEL[x.actor]}: best in game ${x.best.world + 1} (${x.best.score}), worst in game ${x.worst.world + 1} (${x.worst.score}); better than history in ${x.better} of ${d.worlds.length} game${d.worlds.length === 1 ? '' : 's'}.`,
  );
  const teams = d.worlds.map((w) =>
    h(
      'li',
      {},
      `Game ${w.world + 1}: `,
      ACTORS.map((a) => `${ACTOR_LABEL[a]}: ${w.teams[a].length === 0 ? 'bot' : w.teams[a].join(', ')}`).join('; '),
      w.chats.length === 0
        ? null
        : h('details', {}, h('summary', {}, `Messages (${w.chats.length})`), h('ul', {}, ...w.chats.map(chatLine))),
    ),
  );
  return h(
    'section',
    { class: 'panel debrief', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: -1, 'data-autofocus': true }, `Class debrief: ${d.title}`),
    worldTable,
    h('h3', {}, 'Across the games'),
    h('ul', {}, ...across.map((t) => h('li', {}, t))),
    h('h3', {}, 'Who played'),
    h('ul', {}, ...teams),
    h('h3', {}, 'Questions for the class'),
    h('ol', {}, ...d.questions.map((q) => h('li', {}, q))),
    h('h3', {}, 'What this game should teach'),
    h('ul', {}, ...d.learningObjectives.map((q) => h('li', {}, q))),
  );
}
