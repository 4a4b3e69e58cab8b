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
import { list, t } from '../i18n/index.ts';
import type { ConsoleApi } from './consoleApi.ts';
import { numberField, readInt } from './fields.ts';
import { qrSvg } from './qr.ts';
import { previousState, turnLabel, turnPanels } from './turnPanels.ts';
import { around, connectionText, debriefView, newsList, serverSays, teamsIn, worldLine } from './widgets.ts';
import { actorTitle } from '../words.ts';

const game = (i: number): string => t('class.game', { n: i + 1 });

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
  const title = h('h1', { tabindex: -1 }, t('class.console.title'));
  const conn = h('p', { class: 'meta', role: 'status' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const note = h('p', { class: 'sr-only', 'aria-live': 'polite' });
  const joinBox = h('section', { class: 'panel join-box', 'aria-label': t('class.console.joinLabel') });
  const controls = h('section', { class: 'panel controls', 'aria-label': t('class.console.paceLabel') });
  const rosterBox = h('section', { class: 'panel roster', 'aria-label': t('class.console.rosterLabel') });
  const worldsBox = h('section', { class: 'panel worlds', 'aria-label': t('class.console.games') });
  const injectBox = h('section', { class: 'panel inject', 'aria-label': t('class.console.news') });
  const exportBox = h('section', { class: 'panel exports', 'aria-label': t('class.console.exports') });
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
    title.textContent = t('class.console.heading', { title: w.title, code: formatCode(w.code) });
    const url = `${origin}/class.html#code=${w.code}`;
    joinBox.append(
      h('h2', {}, t('class.console.joinWith')),
      h('p', { class: 'join-code', 'data-testid': 'join-code' }, formatCode(w.code)),
      h('p', {}, ...around((m) => t('class.console.joinAt', { address: m }), h('code', {}, `${origin}/class.html`))),
      qrSvg(url, t('class.console.qr', { code: formatCode(w.code) })),
    );
    // Pace.
    const minutes = numberField(t('class.console.minutes'), { min: 0, max: 60, value: 0 });
    const autoId = uid('auto');
    const auto = h('input', { type: 'checkbox', id: autoId });
    minutes.wrap.append(
      button(t('class.console.setDeadline'), () => {
        const m = readInt(minutes, 0, 60);
        if (!m.ok) {
          minutes.input.focus();
          return;
        }
        cmd('settings', { deadlineSeconds: m.value === 0 ? null : Math.max(30, m.value * 60) });
      }),
    );
    controls.append(
      h('h2', {}, t('class.console.pace')),
      h(
        'div',
        { class: 'actions' },
        button(t('class.console.start'), () => cmd('start', {}), { class: 'primary', 'data-testid': 'start' }),
        button(t('class.console.pause'), () => cmd('pause', {})),
        button(t('class.console.resume'), () => cmd('resume', {})),
        button(t('class.console.extendAll', { n: 2 }), () => cmd('extend', { world: null, seconds: 120 })),
        button(t('class.console.end'), () => cmd('end', {}), { 'data-testid': 'end' }),
      ),
      minutes.wrap,
      h('div', { class: 'check' }, h('label', { for: autoId }, auto, ' ', t('class.autoAdvance'))),
    );
    auto.addEventListener('change', () => cmd('settings', { autoAdvance: auto.checked }));
    auto.checked = s.status?.autoAdvance ?? true;
    minutes.input.value = String(Math.round((s.status?.deadlineSeconds ?? 0) / 60));
    // Games.
    worldsBox.append(h('h2', {}, t('class.console.games')));
    const table = h(
      'table',
      { class: 'data' },
      h('caption', { class: 'sr-only' }, t('class.console.gamesCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('class.console.game')),
          h('th', { scope: 'col' }, t('class.console.progress')),
          h('th', { scope: 'col' }, t('class.console.actions')),
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
          h('th', { scope: 'row' }, game(i)),
          line,
          h(
            'td',
            { class: 'actions' },
            button(t('class.console.watch'), () => cmd('watch', { world: i }), {
              'aria-label': t('class.console.watchN', { n: i + 1 }),
            }),
            button(t('class.console.advance'), () => cmd('advance', { world: i }), {
              'aria-label': t('class.console.advanceN', { n: i + 1 }),
            }),
            button(t('class.console.extend', { n: 1 }), () => cmd('extend', { world: i, seconds: 60 }), {
              'aria-label': t('class.console.extendN', { n: 1, game: i + 1 }),
            }),
          ),
        ),
      );
    }
    table.append(tbody);
    worldsBox.append(table);
    // News.
    const target = h('select', { id: uid('target') });
    target.append(h('option', { value: 'all' }, t('class.console.everyGame')));
    for (let i = 0; i < w.worldCount; i++) target.append(h('option', { value: String(i) }, game(i)));
    const card = h('select', { id: uid('card') });
    card.append(h('option', { value: '' }, t('class.console.ownNews')));
    for (const c of w.scenario.full?.deck.cards ?? []) card.append(h('option', { value: c.id }, c.title));
    const newsTitle = h('input', { id: uid('news-title'), maxlength: 120 });
    const newsText = h('textarea', { id: uid('news-text'), rows: 3, maxlength: 1000 });
    const form = h(
      'form',
      { class: 'inject-form' },
      h('div', { class: 'field' }, h('label', { for: target.id }, t('class.console.sendTo')), target),
      h('div', { class: 'field' }, h('label', { for: card.id }, t('class.console.card')), card),
      h('div', { class: 'field' }, h('label', { for: newsTitle.id }, t('class.console.headline')), newsTitle),
      h('div', { class: 'field' }, h('label', { for: newsText.id }, t('class.console.text')), newsText),
      h('button', { type: 'submit' }, t('class.console.sendNews')),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const world = target.value === 'all' ? null : Number(target.value);
      if (card.value !== '') cmd('inject', { world, card: card.value });
      else cmd('inject', { world, title: newsTitle.value, text: newsText.value });
      newsTitle.value = '';
      newsText.value = '';
      note.textContent = t('class.console.newsSent');
    });
    injectBox.append(
      h('h2', {}, t('class.console.news')),
      h('p', { class: 'hint' }, t('class.console.newsHint')),
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
      if (!d.ok) error.textContent = t('class.console.downloadFailed', { why: d.error });
    };
    exportBox.append(
      h('h2', {}, t('class.console.exports')),
      h(
        'div',
        { class: 'actions' },
        button(
          t('class.console.scoresCsv'),
          () => void download(`/api/classes/${w.code}/scores.csv`, `veto-${w.code}-scores.csv`, 'text/csv'),
        ),
        ...Array.from({ length: w.worldCount }, (_, i) =>
          button(
            t('class.console.saveFile', { n: i + 1 }),
            () =>
              void download(
                `/api/classes/${w.code}/worlds/${i + 1}/save`,
                `veto-${w.code}-game-${i + 1}.json`,
                'application/json',
              ),
          ),
        ),
      ),
      h('p', { class: 'hint' }, t('class.console.exportsHint')),
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
    rosterBox.append(h('h2', {}, t('class.console.students', { n: s.roster.length })));
    if (s.roster.length === 0) {
      rosterBox.append(h('p', { class: 'hint' }, t('class.console.nobody')));
      return;
    }
    const options: { value: string; label: string }[] = [{ value: '', label: t('class.console.noSeat') }];
    for (let i = 0; i < w.worldCount; i++)
      for (const a of ACTORS)
        options.push({ value: `${i}:${a}`, label: t('class.console.seat', { game: game(i), actor: actorTitle(a) }) });
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
        h('td', {}, p.online ? t('class.console.online') : t('class.console.away')),
        h('td', {}, sel),
      );
    });
    rosterBox.append(
      h(
        'table',
        { class: 'data' },
        h('caption', { class: 'sr-only' }, t('class.console.rosterCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('class.console.student')),
            h('th', { scope: 'col' }, t('class.console.connection')),
            h('th', { scope: 'col' }, t('class.console.seatColumn')),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
      h('p', { class: 'hint' }, t('class.console.rosterHint')),
    );
  };

  const renderWorlds = (s: ClassSnapshot): void => {
    const st = s.status;
    if (st === null) return;
    for (const w of st.worlds) {
      const el = worldLines[w.world];
      if (el === undefined) continue;
      const sent = teamsIn(w).map(actorTitle);
      const parts = [worldLine(w, st, statusAt, Date.now())];
      if (st.phase === 'lobby') parts.unshift(t('class.world.notStarted'));
      if (sent.length > 0) parts.push(t('class.world.sentBy', { list: list(sent) }));
      el.textContent = parts.join(' · ');
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
      error.textContent = s.error === null ? '' : serverSays(s.error);
    }
    buildStatic(s);
    renderRoster(s);
    renderWorlds(s);
    if (s.injects.length !== injectsShown) {
      injectsShown = s.injects.length;
      clear(newsBox);
      newsBox.append(newsList(s.injects, t('class.news.noneSent')));
    }
    const turn = s.turn;
    const wk = turn === null ? '' : `${turn.world}|${turn.hash}`;
    if (wk !== watchKey && turn !== null) {
      watchKey = wk;
      clear(watchBox);
      watchBox.append(
        h(
          'h2',
          { class: 'turn-title' },
          t('class.console.watching', { n: turn.world + 1, turn: turnLabel(turn.state) }),
        ),
        ...turnPanels(turn, 'instructor', previousState(s.turns, turn), s.welcome?.scenario.sources ?? []),
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
