/**
 * The instructor's first screen: the class sessions on this server (open any of them) and a
 * form for a new one: a shipped scenario or the instructor's own file, the number of parallel
 * games, what plays the seats no student holds, a deadline per turn.
 */
import { BOT_LEVELS, MAX_WORLDS, formatCode } from '../../classroom/index.ts';
import type { BotLevel } from '../../classroom/index.ts';
import { button, clear, h, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { numberField, readInt, selectField } from './fields.ts';
import type { ConsoleApi, NewClass } from './consoleApi.ts';

function botLabel(b: BotLevel): string {
  return t(`class.bots.${b}` as const);
}

export function consoleHome(api: ConsoleApi, open: (code: string) => void): HTMLElement {
  const listBox = h('div', {}, h('p', { class: 'hint' }, t('class.loading')));
  const scenario = selectField(t('class.home.scenario'), [{ value: '', label: t('class.loading') }]);
  const fileId = uid('file');
  const file = h('input', { type: 'file', id: fileId, accept: '.json,application/json' });
  const worlds = numberField(t('class.home.worlds'), { min: 1, max: MAX_WORLDS, value: 1 }, t('class.home.worldsHint'));
  const bots = selectField(
    t('class.home.bots'),
    BOT_LEVELS.map((b) => ({ value: b, label: botLabel(b) })),
    t('class.home.botsHint'),
  );
  bots.input.value = 'easy';
  const deadline = numberField(t('class.home.minutes'), { min: 0, max: 60, value: 0 }, t('class.home.minutesHint'));
  const autoId = uid('auto');
  const auto = h('input', { type: 'checkbox', id: autoId });
  auto.checked = true;
  const diceId = uid('dice');
  const dice = h('input', { type: 'checkbox', id: diceId });
  dice.checked = true;
  const error = h('p', { class: 'form-error', role: 'alert' });
  const create = h('button', { type: 'submit', class: 'primary' }, t('class.home.create'));
  const form = h(
    'form',
    { class: 'new-class', novalidate: true },
    scenario.wrap,
    h('div', { class: 'field' }, h('label', { for: fileId }, t('class.home.file')), file),
    worlds.wrap,
    bots.wrap,
    deadline.wrap,
    h('div', { class: 'check' }, h('label', { for: autoId }, auto, ' ', t('class.autoAdvance'))),
    h('div', { class: 'check' }, h('label', { for: diceId }, dice, ' ', t('class.home.sameDice'))),
    error,
    create,
  );

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      error.textContent = '';
      const n = readInt(worlds, 1, MAX_WORLDS);
      const m = readInt(deadline, 0, 60);
      if (!n.ok || !m.ok) {
        error.textContent = !n.ok ? n.error : m.ok ? '' : m.error;
        (!n.ok ? worlds : deadline).input.focus();
        return;
      }
      const chosen = file.files?.[0];
      let source: NewClass['scenario'];
      if (chosen !== undefined) source = { text: await chosen.text() };
      else if (scenario.input.value !== '') source = { id: scenario.input.value };
      else {
        error.textContent = t('class.home.chooseScenario');
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
      scenario.input.append(h('option', { value: '' }, t('class.home.noScenarios')));
      error.textContent = r.error;
      return;
    }
    for (const s of r.value)
      scenario.input.append(
        h('option', { value: s.id }, t('class.home.scenarioOption', { title: s.title, n: s.turns })),
      );
  });
  void api.classes().then((r) => {
    clear(listBox);
    if (!r.ok) {
      listBox.append(h('p', { class: 'form-error', role: 'alert' }, r.error));
      return;
    }
    if (r.value.length === 0) {
      listBox.append(h('p', { class: 'hint' }, t('class.home.noClasses')));
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
            t('class.home.classLine', {
              code: formatCode(c.code),
              title: c.title,
              n: c.worlds,
              ended: c.ended ? 'yes' : 'no',
            }),
            ' ',
            button(t('class.home.open', { code: formatCode(c.code) }), () => open(c.code)),
          ),
        ),
      ),
    );
  });

  return h(
    'main',
    { class: 'screen console-home' },
    h('h1', { tabindex: -1, 'data-autofocus': true }, t('class.console.home')),
    h('section', { class: 'panel' }, h('h2', {}, t('class.home.new')), form),
    h('section', { class: 'panel' }, h('h2', {}, t('class.home.list')), listBox),
  );
}
