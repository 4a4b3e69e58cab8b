/**
 * The screens before and between turns: the scenario list, a scenario's briefing, choosing
 * who plays, and the hot-seat hand-off. Each is a Component of the store's data; app.ts mounts
 * it and moves focus to its heading when the mode changes.
 */
import type { ActorId } from '../engine/index.ts';
import { ACTORS, GOODS } from '../engine/index.ts';
import type { Level } from '../ai/index.ts';
import { LEVELS, isLevel } from '../ai/index.ts';
import type { CatalogEntry, GameData, GameStore, Notice, Source } from '../store/index.ts';
import { hasVisibleText } from '../scenario/index.ts';
import { CONTROLLERS, scenarioExtras } from '../store/index.ts';
import type { Component } from './component.ts';
import { button, focusHeading, h, uid } from './dom.ts';
import { t } from './i18n/index.ts';
import { paragraphs } from './text.ts';
import {
  actorTitle,
  difficultyName,
  objectiveText,
  quantity,
  resourceName,
  scoreHow,
  sourceLabel,
  years,
} from './words.ts';

/** A title without a trailing "(2017–2019)": the years are stated once, from the turns. */
export function displayTitle(title: string): string {
  const short = title.replace(/\s*\(\d{4}(?:\s*[–-]\s*\d{4})?\)\s*$/, '');
  // A title that is only its years keeps them: a title shows something (the visible-text rule).
  return hasVisibleText(short) ? short : title;
}

/** About four minutes a turn for one player, rounded to five. */
export function minutesOf(turns: number): number {
  return Math.max(5, Math.round((turns * 4) / 5) * 5);
}

/** "2017–2020 · 12 turns, about 50 minutes · Standard" */
export function scenarioMeta(e: Extract<CatalogEntry, { ok: true }>): string {
  const parts = [
    years(e.years),
    t('start.length', { turns: e.scenario.turns, minutes: minutesOf(e.scenario.turns), months: e.scenario.turnLength }),
  ];
  if (e.difficulty !== null) parts.push(difficultyName(e.difficulty));
  return parts.join(' · ');
}

export function noticeText(n: Notice | null): string {
  if (n === null) return '';
  switch (n.kind) {
    case 'noSuchScenario':
      return t('notice.noSuchScenario');
    case 'scenarioHasProblems':
      return t('notice.scenarioHasProblems', { file: n.file });
    case 'noHumanPlayer':
      return t('notice.noHumanPlayer');
  }
}

export function sourceList(sources: readonly Source[]): HTMLElement {
  return h(
    'ul',
    { class: 'source-list' },
    ...sources.map((x) =>
      h('li', {}, h('strong', {}, sourceLabel(x)), x.approx ? ` ${t('source.estimate')}` : '', `: ${x.note}`),
    ),
  );
}

export function startScreen(store: GameStore, savesSlot: HTMLElement): Component<GameData> {
  const d = store.getState();
  const list = h('ul', { class: 'scenario-list' });
  for (const e of d.catalog) {
    if (e.ok) {
      const title = displayTitle(e.scenario.title);
      list.append(
        h(
          'li',
          { class: 'scenario-card' },
          h('h3', {}, title),
          h('p', { class: 'meta' }, scenarioMeta(e)),
          h('p', {}, e.scenario.summary),
          button(t('start.choose'), () => store.getState().selectScenario(e.id), {
            'aria-label': t('start.chooseLabel', { title }),
          }),
        ),
      );
    } else {
      list.append(
        h(
          'li',
          { class: 'scenario-card invalid' },
          h('h3', {}, e.file),
          h('p', { class: 'meta' }, t('start.invalid')),
          h('ul', {}, ...e.problems.slice(0, 20).map((p) => h('li', {}, h('code', {}, p.path), `: ${p.message}`))),
        ),
      );
    }
  }
  const notice = h('p', { role: 'alert', class: 'notice' });
  const el = h(
    'main',
    { class: 'screen start' },
    focusHeading('h1', t('start.title')),
    h('p', { class: 'lead' }, t('start.lead')),
    h(
      'p',
      {},
      button(t('menu.rules'), () => store.getState().openHelp('rules')),
      ' ',
      button(t('menu.glossary'), () => store.getState().openHelp('glossary')),
    ),
    savesSlot,
    h('h2', {}, t('start.scenarios')),
    list,
    notice,
  );
  return {
    el,
    update(x) {
      notice.textContent = noticeText(x.notice);
    },
  };
}

function routeCards(e: Extract<CatalogEntry, { ok: true }>): HTMLElement {
  return h(
    'ul',
    { class: 'route-cards', 'aria-label': t('briefing.routes') },
    ...e.scenario.routes.map((r) =>
      h(
        'li',
        {},
        h('strong', {}, r.name),
        ` — ${t(`routeKind.${r.kind}` as const)}${r.open ? '' : `, ${t('briefing.closed')}`}. `,
        t('briefing.carries', {
          list: GOODS.flatMap((g) => {
            const c = r.capacity[g];
            return c === undefined ? [] : [quantity(g, c)];
          }).join('; '),
        }),
      ),
    ),
  );
}

export function briefingScreen(store: GameStore): Component<GameData> {
  const d = store.getState();
  const entry = d.catalog.find((e) => e.id === d.selected);
  if (entry === undefined || !entry.ok) return { el: h('main', { class: 'screen' }, h('h1', {}, t('start.title'))) };
  const s = entry.scenario;
  const x = scenarioExtras(s);
  const el = h(
    'main',
    { class: 'screen briefing' },
    focusHeading('h1', displayTitle(s.title)),
    h('p', { class: 'meta' }, scenarioMeta(entry)),
    h(
      'section',
      { 'aria-label': t('briefing.forClass') },
      h('h2', {}, t('briefing.forClass')),
      ...paragraphs(x.classBriefing),
    ),
    h('p', { class: 'hint' }, t('briefing.private')),
    h('h2', {}, t('briefing.learn')),
    h('ul', { class: 'learning' }, ...x.learningObjectives.map((o) => h('li', {}, o))),
    h('h2', {}, t('briefing.scored')),
    h(
      'p',
      { class: 'hint' },
      scoreHow({ targetAchievement: s.design.targetAchievement.value, scoreRamp: s.design.scoreRamp.value }),
    ),
    h(
      'dl',
      { class: 'roles' },
      ...ACTORS.flatMap((a) => [
        h('dt', {}, actorTitle(a)),
        h('dd', {}, h('ul', {}, ...x.objectives[a].map((o) => h('li', {}, objectiveText(o))))),
      ]),
    ),
    h('h2', {}, t('briefing.routes')),
    h(
      'p',
      { class: 'hint' },
      t('briefing.routesHint', { good: resourceName('currency'), knowhow: resourceName('knowhow') }),
    ),
    routeCards(entry),
    h(
      'details',
      { class: 'sources' },
      h('summary', {}, t('briefing.sources', { n: x.sources.length })),
      sourceList(x.sources),
    ),
    h(
      'div',
      { class: 'actions' },
      button(t('briefing.back'), () => store.getState().back()),
      button(t('briefing.next'), () => store.getState().openSetup(), { class: 'primary' }),
    ),
  );
  return { el };
}

export function setupScreen(store: GameStore): Component<GameData> {
  const d = store.getState();
  const entry = d.catalog.find((e) => e.id === d.selected);
  if (entry === undefined || !entry.ok) return { el: h('main', { class: 'screen' }, h('h1', {}, t('start.title'))) };
  const x = scenarioExtras(entry.scenario);
  const radios = new Map<string, HTMLInputElement>();
  const levels = new Map<ActorId, HTMLSelectElement>();
  const fieldsets = ACTORS.map((a: ActorId) => {
    const fs = h(
      'fieldset',
      { class: 'controller' },
      h('legend', {}, actorTitle(a)),
      h('p', { class: 'hint' }, t('setup.scoredOn', { list: x.objectives[a].map(objectiveText).join('; ') })),
    );
    for (const c of CONTROLLERS) {
      const id = uid(`ctl-${a}-${c}`);
      const input = h('input', { type: 'radio', name: `ctl-${a}`, id, value: c });
      input.addEventListener('change', () => {
        if (input.checked) store.getState().setController(a, c);
      });
      radios.set(`${a}:${c}`, input);
      fs.append(h('label', { for: id, class: 'radio' }, input, ` ${t(`setup.${c}` as const)}`));
    }
    fs.append(levelControl(store, a, d.setup.levels[a], levels));
    return fs;
  });
  const seedId = uid('seed');
  const seed = h('input', {
    id: seedId,
    type: 'number',
    min: 0,
    step: 1,
    inputmode: 'numeric',
    placeholder: String(entry.scenario.seed),
  });
  if (d.setup.seed !== null) seed.value = String(d.setup.seed);
  seed.addEventListener('change', () => {
    const v = seed.value.trim();
    const n = Number(v);
    store.getState().setSeed(v === '' || !Number.isSafeInteger(n) || n < 0 ? null : n);
  });
  const notice = h('p', { role: 'alert', class: 'notice' });
  const count = h('p', { class: 'hint', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'setup-form' },
    ...fieldsets,
    h(
      'details',
      { class: 'seed' },
      h('summary', {}, t('setup.more')),
      h('p', {}, h('label', { for: seedId }, t('setup.seed', { seed: String(entry.scenario.seed) })), ' ', seed),
    ),
    count,
    notice,
    h(
      'div',
      { class: 'actions' },
      button(t('setup.back'), () => store.getState().back()),
      h('button', { type: 'submit', class: 'primary' }, t('setup.start')),
    ),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    store.getState().startGame();
  });
  const el = h(
    'main',
    { class: 'screen setup' },
    focusHeading('h1', t('setup.title')),
    h('p', {}, displayTitle(entry.scenario.title)),
    form,
  );
  const update = (s: GameData): void => {
    notice.textContent = noticeText(s.notice);
    const n = ACTORS.filter((a) => s.setup.controllers[a] === 'human').length;
    count.textContent = t('setup.count', { n });
    for (const a of ACTORS) {
      for (const c of CONTROLLERS) {
        const radio = radios.get(`${a}:${c}`);
        if (radio) radio.checked = s.setup.controllers[a] === c;
      }
      const level = levels.get(a);
      if (level) {
        level.value = s.setup.levels[a];
        level.disabled = s.setup.controllers[a] !== 'bot';
        // A person's seat has no computer level: the row is out of the way (and out of the tab order).
        const row = level.closest('p');
        if (row !== null) row.hidden = level.disabled;
      }
    }
  };
  update(d);
  return { el, update };
}

/** The bot's level for one seat: easy (rules of thumb) or hard (plays ahead before each turn). */
function levelControl(
  store: GameStore,
  a: ActorId,
  now: Level,
  controls: Map<ActorId, HTMLSelectElement>,
): HTMLElement {
  const id = uid(`level-${a}`);
  const select = h(
    'select',
    { id, 'data-testid': `level-${a}` },
    ...LEVELS.map((l) => h('option', { value: l }, t(`setup.${l}` as const))),
  );
  select.value = now;
  select.addEventListener('change', () => {
    if (isLevel(select.value)) store.getState().setLevel(a, select.value);
  });
  controls.set(a, select);
  return h('p', { class: 'level' }, h('label', { for: id }, t('setup.level')), ' ', select);
}

export function handoffScreen(store: GameStore): Component<GameData> {
  const d = store.getState();
  const to = d.handoffTo;
  const name = to === null ? '' : actorTitle(to);
  const el = h(
    'main',
    { class: 'screen handoff' },
    focusHeading('h1', t('handoff.title', { actor: name })),
    h(
      'p',
      {},
      d.submitted.length === 0 ? t('handoff.first') : t('handoff.next'),
      ' ',
      t('handoff.only', { actor: name }),
    ),
    button(t('handoff.go', { actor: name }), () => store.getState().continueHandoff(), { class: 'primary' }),
  );
  return { el };
}
