/**
 * The console of one class session: the join code with its QR code, the students and their
 * seats, each game's progress (who has sent orders, the deadline), pacing (start, pause,
 * extend, advance), news to one game or all, the game being watched in the instructor's view,
 * the exports, and the end with the class debrief.
 */
import { ACTORS } from '../../engine/index.ts';
import type { ClassSnapshot } from '../../net/index.ts';
import type { ClassClient } from '../../net/index.ts';
import { formatCode } from '../../classroom/index.ts';
import type { Seat } from '../../classroom/index.ts';
import { browserDownloadEnv, downloadText } from '../../persist/index.ts';
import { button, clear, h, uid } from '../dom.ts';
import { ACTOR_LABEL } from './names.ts';
import type { ConsoleApi } from './consoleApi.ts';
import { qrSvg } from './qr.ts';
import { turnLabel, turnPanels } from './turnPanels.ts';
import { connectionText, debriefView, newsList, worldLine } from './widgets.ts';

function seatValue(s: Seat | null): string {
  return s === null ? '' : `${s.world}:${s.actor}`;
}

function parseSeat(v: string): Seat | null {
  const m = /^(\d):(RUS|PRK|CHN|UNSC)$/.exec(v);
  const actor = ACTORS.find((a) => a === m?.[2]);
  return m?.[1] === undefined || actor === undefined ? null : { world: Number(m[1]), actor };
}

export function mountConsoleSession(
  root: HTMLElement,
  client: ClassClient,
  api: ConsoleApi,
  origin: string,
): () => void {
  const title = h('h1', { tabindex: -1 }, 'Class session');
  const conn = h('p', { class: 'meta', role: 'status' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const note = h('p', { class: 'sr-only', 'aria-live': 'polite' });
  const joinBox = h('section', { class: 'panel join-box', 'aria-label': 'How students join' });
  const controls = h('section', { class: 'panel controls', 'aria-label': 'Pace of the game' });
  const rosterBox = h('section', { class: 'panel roster', 'aria-label': 'Students and seats' });
  const worldsBox = h('section', { class: 'panel worlds', 'aria-label': 'Games' });
  const injectBox = h('section', { class: 'panel inject', 'aria-label': 'Send news' });
  const exportBox = h('section', { class: 'panel exports', 'aria-label': 'Exports' });
  const newsBox = h('div', {});
  const watchBox = h('div', { class: 'watch' });
  const debriefBox = h('div', {});
  const main = h(
    'main',
    { class: 'screen console' },
    h('header', {}, title, conn),
    error,
    note,
    debriefBox,
    h(
      'div',
      { class: 'console-grid' },
      h('div', {}, joinBox, controls, worldsBox, rosterBox),
      h('div', {}, injectBox, newsBox, exportBox),
    ),
    watchBox,
  );
  clear(root);
  root.append(main);

  const cmd: ClassClient['command'] = (type, body) => {
    client.command(type, body);
  };

  let built = false;
  let statusAt = 0;
  let lastStatus: ClassSnapshot['status'] = null;
  let rosterKey = '';
  let watchKey = '';
  let lastError: ClassSnapshot['error'] = null;
  let debriefShown = false;
  let injectsShown = -1;
  const worldLines: HTMLElement[] = [];

  const buildStatic = (s: ClassSnapshot): void => {
    const w = s.welcome;
    if (w === null || built) return;
    built = true;
    title.textContent = `${w.title}: class ${formatCode(w.code)}`;
    const url = `${origin}/class.html#code=${w.code}`;
    joinBox.append(
      h('h2', {}, 'Students join with'),
      h('p', { class: 'join-code', 'data-testid': 'join-code' }, formatCode(w.code)),
      h('p', {}, 'at ', h('code', {}, `${origin}/class.html`), ', or with this QR code:'),
      qrSvg(url, `QR code of the join page for class ${formatCode(w.code)}`),
    );
    // Pace.
    const minutesId = uid('min');
    const minutes = h('input', { id: minutesId, type: 'number', min: 0, max: 60, step: 1, value: 0 });
    const autoId = uid('auto');
    const auto = h('input', { type: 'checkbox', id: autoId });
    controls.append(
      h('h2', {}, 'Pace'),
      h(
        'div',
        { class: 'actions' },
        button('Start the game', () => cmd('start', {}), { class: 'primary', 'data-testid': 'start' }),
        button('Pause', () => cmd('pause', {})),
        button('Resume', () => cmd('resume', {})),
        button('Give every game 2 more minutes', () => cmd('extend', { world: null, seconds: 120 })),
        button('End the class and show the debrief', () => cmd('end', {}), { 'data-testid': 'end' }),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: minutesId }, 'Minutes per turn (0: no deadline)'),
        minutes,
        button('Set the deadline', () => {
          const m = Number(minutes.value);
          if (!Number.isInteger(m) || m < 0 || m > 60) {
            error.textContent = 'The minutes per turn must be a whole number from 0 to 60.';
            return;
          }
          cmd('settings', { deadlineSeconds: m === 0 ? null : Math.max(30, m * 60) });
        }),
      ),
      h(
        'div',
        { class: 'check' },
        h('label', { for: autoId }, auto, ' Start the next turn as soon as every team has sent its orders'),
      ),
    );
    auto.addEventListener('change', () => cmd('settings', { autoAdvance: auto.checked }));
    auto.checked = s.status?.autoAdvance ?? true;
    minutes.value = String(Math.round((s.status?.deadlineSeconds ?? 0) / 60));
    // Games.
    worldsBox.append(h('h2', {}, 'Games'));
    const table = h(
      'table',
      { class: 'data' },
      h('caption', { class: 'sr-only' }, 'Each game, its turn and who has sent orders'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Game'),
          h('th', { scope: 'col' }, 'Progress'),
          h('th', { scope: 'col' }, 'Actions'),
        ),
      ),
    );
    const tbody = h('tbody', {});
    for (let i = 0; i < w.worldCount; i++) {
      const line = h('td', { 'data-testid': `world-${i + 1}` });
      worldLines.push(line);
      tbody.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `Game ${i + 1}`),
          line,
          h(
            'td',
            { class: 'actions' },
            button('Watch', () => cmd('watch', { world: i }), { 'aria-label': `Watch game ${i + 1}` }),
            button('Advance now', () => cmd('advance', { world: i }), { 'aria-label': `Advance now: game ${i + 1}` }),
            button('1 more minute', () => cmd('extend', { world: i, seconds: 60 }), {
              'aria-label': `1 more minute for game ${i + 1}`,
            }),
          ),
        ),
      );
    }
    table.append(tbody);
    worldsBox.append(table);
    // News.
    const target = h('select', { id: uid('target') });
    target.append(h('option', { value: 'all' }, 'Every game'));
    for (let i = 0; i < w.worldCount; i++) target.append(h('option', { value: String(i) }, `Game ${i + 1}`));
    const card = h('select', { id: uid('card') });
    card.append(h('option', { value: '' }, 'Write my own news (below)'));
    for (const c of w.scenario.full?.deck.cards ?? []) card.append(h('option', { value: c.id }, c.title));
    const newsTitle = h('input', { id: uid('news-title'), maxlength: 120 });
    const newsText = h('textarea', { id: uid('news-text'), rows: 3, maxlength: 1000 });
    const form = h(
      'form',
      { class: 'inject-form' },
      h('div', { class: 'field' }, h('label', { for: target.id }, 'Send to'), target),
      h('div', { class: 'field' }, h('label', { for: card.id }, 'News item from the scenario'), card),
      h('div', { class: 'field' }, h('label', { for: newsTitle.id }, 'Headline'), newsTitle),
      h('div', { class: 'field' }, h('label', { for: newsText.id }, 'Text'), newsText),
      h('button', { type: 'submit' }, 'Send the news'),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const world = target.value === 'all' ? null : Number(target.value);
      if (card.value !== '') cmd('inject', { world, card: card.value });
      else cmd('inject', { world, title: newsTitle.value, text: newsText.value });
      newsTitle.value = '';
      newsText.value = '';
      note.textContent = 'News sent.';
    });
    injectBox.append(
      h('h2', {}, 'Send news'),
      h('p', { class: 'hint' }, 'News is for discussion: it does not change the numbers of the game.'),
      form,
    );
    // Exports.
    const download = async (path: string, file: string, mime: string): Promise<void> => {
      const r = await api.text(path);
      if (!r.ok) {
        error.textContent = r.error;
        return;
      }
      const d = downloadText(browserDownloadEnv(document), file, r.value, mime);
      if (!d.ok) error.textContent = `The download could not start: ${d.error}`;
    };
    exportBox.append(
      h('h2', {}, 'Exports'),
      h(
        'div',
        { class: 'actions' },
        button(
          'Scores of every team per turn (CSV)',
          () => void download(`/api/classes/${w.code}/scores.csv`, `veto-${w.code}-scores.csv`, 'text/csv'),
        ),
        ...Array.from({ length: w.worldCount }, (_, i) =>
          button(
            `Save file of game ${i + 1}`,
            () =>
              void download(
                `/api/classes/${w.code}/worlds/${i + 1}/save`,
                `veto-${w.code}-game-${i + 1}.json`,
                'application/json',
              ),
          ),
        ),
      ),
      h('p', { class: 'hint' }, 'A save file opens in Veto on any device (Open a saved game) and verifies every turn.'),
    );
    title.focus({ preventScroll: true });
  };

  const renderRoster = (s: ClassSnapshot): void => {
    const w = s.welcome;
    if (w === null) return;
    const k = JSON.stringify(s.roster);
    if (k === rosterKey) return;
    rosterKey = k;
    clear(rosterBox);
    rosterBox.append(h('h2', {}, `Students (${s.roster.length})`));
    if (s.roster.length === 0) {
      rosterBox.append(h('p', { class: 'hint' }, 'Nobody has joined yet.'));
      return;
    }
    const options: { value: string; label: string }[] = [{ value: '', label: 'No seat yet' }];
    for (let i = 0; i < w.worldCount; i++)
      for (const a of ACTORS) options.push({ value: `${i}:${a}`, label: `Game ${i + 1}: ${ACTOR_LABEL[a]}` });
    const rows = s.roster.map((p) => {
      const id = uid('seat');
      const sel = h('select', { id });
      for (const o of options) sel.append(h('option', { value: o.value }, o.label));
      sel.value = seatValue(p.seat);
      sel.addEventListener('change', () => cmd('assign', { participant: p.id, seat: parseSeat(sel.value) }));
      return h(
        'tr',
        {},
        h('th', { scope: 'row' }, h('label', { for: id }, p.name)),
        h('td', {}, p.online ? 'online' : 'away'),
        h('td', {}, sel),
      );
    });
    rosterBox.append(
      h(
        'table',
        { class: 'data' },
        h('caption', { class: 'sr-only' }, 'Students, whether they are connected, and their seats'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Student'),
            h('th', { scope: 'col' }, 'Connection'),
            h('th', { scope: 'col' }, 'Seat'),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
      h(
        'p',
        { class: 'hint' },
        'Several students on one country play it as a team. Countries nobody holds are played as chosen for this session.',
      ),
    );
  };

  const renderWorlds = (s: ClassSnapshot): void => {
    const st = s.status;
    if (st === null) return;
    for (const w of st.worlds) {
      const el = worldLines[w.world];
      if (el === undefined) continue;
      const sent = w.submitted.filter((a) => w.humans.includes(a)).map((a) => ACTOR_LABEL[a]);
      el.textContent = `${st.phase === 'lobby' ? 'Not started. ' : ''}${worldLine(w, st, statusAt, Date.now())}${sent.length ? ` (sent: ${sent.join(', ')})` : ''}`;
    }
  };

  const render = (s: ClassSnapshot): void => {
    if (s.status !== lastStatus) {
      lastStatus = s.status;
      statusAt = Date.now();
    }
    conn.textContent = connectionText(s);
    if (s.error !== lastError) {
      lastError = s.error;
      error.textContent = s.error === null ? '' : s.error.message;
    }
    buildStatic(s);
    renderRoster(s);
    renderWorlds(s);
    if (s.injects.length !== injectsShown) {
      injectsShown = s.injects.length;
      clear(newsBox);
      newsBox.append(newsList(s.injects, 'No news sent yet.'));
    }
    const t = s.turn;
    const wk = t === null ? '' : `${t.world}|${t.hash}`;
    if (wk !== watchKey && t !== null) {
      watchKey = wk;
      clear(watchBox);
      watchBox.append(
        h('h2', { class: 'turn-title' }, `Watching game ${t.world + 1}: ${turnLabel(t.state)}`),
        ...turnPanels(t, 'instructor'),
      );
    }
    if (s.debrief !== null && !debriefShown) {
      debriefShown = true;
      debriefBox.append(debriefView(s.debrief));
      debriefBox.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  };

  render(client.snapshot);
  const off = client.subscribe(render);
  const timer = setInterval(() => renderWorlds(client.snapshot), 1000);
  return () => {
    off();
    clearInterval(timer);
  };
}
