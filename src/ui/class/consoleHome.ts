/**
 * The instructor's first screen: the class sessions on this server (open any of them) and a
 * form for a new one: a shipped scenario or the instructor's own file, the number of parallel
 * games, what plays the seats no student holds, a deadline per turn.
 */
import { BOT_LEVELS, MAX_WORLDS, formatCode } from '../../classroom/index.ts';
import type { BotLevel } from '../../classroom/index.ts';
import { button, clear, h, uid } from '../dom.ts';
import { numberField, readInt, selectField } from './fields.ts';
import type { ConsoleApi, NewClass } from './consoleApi.ts';

const BOT_LABEL: Readonly<Record<BotLevel, string>> = {
  hold: 'Nobody: the country gives no orders',
  easy: 'An easy bot (answers at once)',
  hard: 'A hard bot (plays each turn ahead before it decides)',
};

export function consoleHome(api: ConsoleApi, open: (code: string) => void): HTMLElement {
  const listBox = h('div', {}, h('p', { class: 'hint' }, 'Loading…'));
  const scenario = selectField('Scenario', [{ value: '', label: 'Loading…' }]);
  const fileId = uid('file');
  const file = h('input', { type: 'file', id: fileId, accept: '.json,application/json' });
  const worlds = numberField(
    'Parallel games',
    { min: 1, max: MAX_WORLDS, value: 1 },
    'Each game is a world of its own with four countries.',
  );
  const bots = selectField(
    'Seats no student holds are played by',
    BOT_LEVELS.map((b) => ({ value: b, label: BOT_LABEL[b] })),
    'Hard bots take a few seconds per turn, so each turn starts a little later.',
  );
  bots.input.value = 'easy';
  const deadline = numberField(
    'Minutes per turn',
    { min: 0, max: 60, value: 0 },
    '0: no deadline (you advance the turn).',
  );
  const autoId = uid('auto');
  const auto = h('input', { type: 'checkbox', id: autoId });
  auto.checked = true;
  const diceId = uid('dice');
  const dice = h('input', { type: 'checkbox', id: diceId });
  dice.checked = true;
  const error = h('p', { class: 'form-error', role: 'alert' });
  const create = h('button', { type: 'submit', class: 'primary' }, 'Create the class session');
  const form = h(
    'form',
    { class: 'new-class', novalidate: true },
    scenario.wrap,
    h('div', { class: 'field' }, h('label', { for: fileId }, 'Or your own scenario file'), file),
    worlds.wrap,
    bots.wrap,
    deadline.wrap,
    h(
      'div',
      { class: 'check' },
      h('label', { for: autoId }, auto, ' Start the next turn as soon as every team has sent its orders'),
    ),
    h(
      'div',
      { class: 'check' },
      h(
        'label',
        { for: diceId },
        dice,
        ' The same chance events in every game (differences then come from decisions only)',
      ),
    ),
    error,
    create,
  );

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      error.textContent = '';
      const n = readInt(worlds.input, 'the number of games', 1, MAX_WORLDS);
      const m = readInt(deadline.input, 'the minutes per turn', 0, 60);
      if (!n.ok || !m.ok) {
        error.textContent = !n.ok ? n.error : m.ok ? '' : m.error;
        return;
      }
      const chosen = file.files?.[0];
      let source: NewClass['scenario'];
      if (chosen !== undefined) source = { text: await chosen.text() };
      else if (scenario.input.value !== '') source = { id: scenario.input.value };
      else {
        error.textContent = 'Choose a scenario.';
        return;
      }
      const level = BOT_LEVELS.find((b) => b === bots.input.value) ?? 'easy';
      create.disabled = true;
      const r = await api.create({
        scenario: source,
        worlds: n.value,
        sameDice: dice.checked,
        botLevel: level,
        deadlineSeconds: m.value === 0 ? null : m.value * 60,
        autoAdvance: auto.checked,
      });
      create.disabled = false;
      if (!r.ok) error.textContent = r.error;
      else open(r.value.code);
    })();
  });

  void api.scenarios().then((r) => {
    clear(scenario.input);
    if (!r.ok) {
      scenario.input.append(h('option', { value: '' }, 'Could not load the scenarios'));
      error.textContent = r.error;
      return;
    }
    for (const s of r.value) scenario.input.append(h('option', { value: s.id }, `${s.title} (${s.turns} turns)`));
  });
  void api.classes().then((r) => {
    clear(listBox);
    if (!r.ok) {
      listBox.append(h('p', { class: 'form-error', role: 'alert' }, r.error));
      return;
    }
    if (r.value.length === 0) {
      listBox.append(h('p', { class: 'hint' }, 'No class session yet.'));
      return;
    }
    listBox.append(
      h(
        'ul',
        { class: 'class-list' },
        ...r.value.map((c) =>
          h(
            'li',
            {},
            `${formatCode(c.code)}: ${c.title}, ${c.worlds} game${c.worlds === 1 ? '' : 's'}${c.ended ? ' (ended)' : ''} `,
            button(`Open ${formatCode(c.code)}`, () => open(c.code)),
          ),
        ),
      ),
    );
  });

  return h(
    'main',
    { class: 'screen console-home' },
    h('h1', { tabindex: -1, 'data-autofocus': true }, 'Instructor console'),
    h('section', { class: 'panel' }, h('h2', {}, 'New class session'), form),
    h('section', { class: 'panel' }, h('h2', {}, 'Class sessions on this server'), listBox),
  );
}
