/**
 * The screens before and between turns: start (scenario list), briefing, player setup and
 * the hot-seat hand-off. Each returns a Screen; `app.ts` mounts it and moves focus to its
 * heading when the mode changes.
 */
import type { ActorId } from '../engine/index.ts';
import { ACTORS } from '../engine/index.ts';
import type { Level } from '../ai/index.ts';
import { isLevel } from '../ai/index.ts';
import type { GameData, GameStore } from '../store/index.ts';
import type { Source } from '../store/index.ts';
import { CONTROLLERS, SCORE_METHOD, scenarioExtras, scenarioSpan } from '../store/index.ts';
import { ACTOR_LABEL, RESOURCE_LABEL, unitOf } from './names.ts';
import { button, fmt, focusHeading, h, uid } from './dom.ts';

/** A route's capacity for a good, or a dash when it does not carry it. */
const capacityText = (n: number | undefined): string => (n === undefined ? '—' : fmt(n));
import { GOODS } from '../engine/index.ts';

export interface Screen {
  el: HTMLElement;
  /** Called on every store change while the screen is mounted. */
  update(d: GameData): void;
  /** Called once when the screen is removed (unsubscribe, stop timers). */
  destroy?(): void;
}

const noop = (): void => undefined;

/** Author's text split at blank lines into paragraphs (inserted as text). */
export function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => h('p', {}, p));
}

export function sourceList(sources: readonly Source[]): HTMLElement {
  return h(
    'ul',
    { class: 'source-list' },
    ...sources.map((x) =>
      h('li', { id: `source-${x.id}` }, h('strong', {}, x.label), x.approx ? ' (an estimate)' : '', `: ${x.note}`),
    ),
  );
}

export function startScreen(store: GameStore): Screen {
  const d = store.getState();
  const list = h('ul', { class: 'scenario-list' });
  for (const e of d.catalog) {
    if (e.ok) {
      const s = e.scenario;
      list.append(
        h(
          'li',
          { class: 'scenario-card' },
          h('h3', {}, s.title),
          h('p', { class: 'meta' }, [e.years, e.difficulty, scenarioSpan(s)].filter((x) => x !== null).join(' · ')),
          h('p', {}, s.summary),
          button('Read the briefing', () => store.getState().selectScenario(e.id), {
            'aria-label': `Read the briefing: ${s.title}`,
          }),
        ),
      );
    } else {
      list.append(
        h(
          'li',
          { class: 'scenario-card invalid' },
          h('h3', {}, e.file),
          h('p', { class: 'meta' }, 'This file cannot be played. Problems found:'),
          h('ul', {}, ...e.problems.slice(0, 20).map((p) => h('li', {}, h('code', {}, p.path), `: ${p.message}`))),
        ),
      );
    }
  }
  const notice = h('p', { role: 'alert', class: 'notice' });
  const el = h(
    'main',
    { class: 'screen start' },
    focusHeading('h1', 'Veto'),
    h(
      'p',
      { class: 'lead' },
      'A strategy game of trade, smuggling, votes and sanctions between Russia, North Korea, China and the UN Security Council. Pick a scenario, read its briefing, choose who plays each actor, and see each turn explained.',
    ),
    h('h2', {}, 'Scenarios'),
    list,
    notice,
  );
  return {
    el,
    update(x) {
      notice.textContent = x.notice ?? '';
    },
  };
}

export function briefingScreen(store: GameStore): Screen {
  const d = store.getState();
  const entry = d.catalog.find((e) => e.id === d.selected);
  if (entry === undefined || !entry.ok) return { el: h('main', {}, 'No scenario selected.'), update: noop };
  const s = entry.scenario;
  const x = scenarioExtras(s);
  const routes = h(
    'table',
    { class: 'data' },
    h('caption', {}, 'Routes and their capacity per turn'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Route'),
        h('th', { scope: 'col' }, 'Kind'),
        ...GOODS.map((g) => h('th', { scope: 'col' }, `${RESOURCE_LABEL[g]} (${unitOf(g)})`)),
      ),
    ),
    h(
      'tbody',
      {},
      ...s.routes.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.name),
          h('td', {}, `${r.kind}${r.open ? '' : ' (closed)'}`),
          ...GOODS.map((g) => h('td', { class: 'num' }, capacityText(r.capacity[g]))),
        ),
      ),
    ),
  );
  const el = h(
    'main',
    { class: 'screen briefing' },
    focusHeading('h1', `Briefing: ${s.title}`),
    h('p', { class: 'meta' }, [entry.years, x.difficulty, scenarioSpan(s)].filter((v) => v !== null).join(' · ')),
    h(
      'section',
      { class: 'class-briefing', 'aria-label': 'Briefing for the class' },
      h('h2', {}, 'For the whole class'),
      ...paragraphs(x.classBriefing),
    ),
    h(
      'p',
      { class: 'hint' },
      'Each player also has a private briefing for their own actor: it appears when their turn begins, to them alone.',
    ),
    h('h2', {}, 'What you should understand by the end'),
    h('ul', { class: 'learning' }, ...x.learningObjectives.map((t) => h('li', {}, t))),
    h('h2', {}, 'How each actor is scored'),
    h('p', { class: 'hint' }, SCORE_METHOD),
    h(
      'dl',
      { class: 'roles' },
      ...ACTORS.flatMap((a) => [
        h('dt', {}, ACTOR_LABEL[a]),
        h('dd', {}, h('ul', {}, ...x.objectives[a].map((o) => h('li', {}, o.text)))),
      ]),
    ),
    routes,
    h('details', { class: 'sources' }, h('summary', {}, `Sources (${x.sources.length})`), sourceList(x.sources)),
    h(
      'div',
      { class: 'actions' },
      button('Back to scenarios', () => store.getState().back()),
      button('Choose players', () => store.getState().openSetup(), { class: 'primary' }),
    ),
  );
  return { el, update: noop };
}

export function setupScreen(store: GameStore): Screen {
  const d = store.getState();
  const entry = d.catalog.find((e) => e.id === d.selected);
  if (entry === undefined || !entry.ok) return { el: h('main', {}, 'No scenario selected.'), update: noop };
  const x = scenarioExtras(entry.scenario);
  const radios = new Map<string, HTMLInputElement>();
  const levels = new Map<ActorId, HTMLSelectElement>();
  const fieldsets = ACTORS.map((a: ActorId) => {
    const fs = h(
      'fieldset',
      { class: 'controller' },
      h('legend', {}, ACTOR_LABEL[a]),
      h('p', { class: 'hint' }, `Scored on: ${x.objectives[a].map((o) => o.text).join('; ')}.`),
    );
    for (const c of CONTROLLERS) {
      const id = uid(`ctl-${a}-${c}`);
      const input = h('input', { type: 'radio', name: `ctl-${a}`, id, value: c });
      input.checked = d.setup.controllers[a] === c;
      input.addEventListener('change', () => {
        if (input.checked) store.getState().setController(a, c);
      });
      radios.set(`${a}:${c}`, input);
      fs.append(h('label', { for: id, class: 'radio' }, input, c === 'human' ? ' Human player' : ' Computer (bot)'));
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
      'p',
      {},
      h('label', { for: seedId }, 'Random seed (blank for the scenario default, ', String(entry.scenario.seed), ') '),
      seed,
    ),
    count,
    notice,
    h(
      'div',
      { class: 'actions' },
      button('Back to the briefing', () => store.getState().back()),
      h('button', { type: 'submit', class: 'primary' }, 'Start'),
    ),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    store.getState().startGame();
  });
  const el = h(
    'main',
    { class: 'screen setup' },
    focusHeading('h1', 'Who plays each actor?'),
    h('p', {}, entry.scenario.title),
    form,
  );
  const update = (s: GameData): void => {
    notice.textContent = s.notice ?? '';
    const n = ACTORS.filter((a) => s.setup.controllers[a] === 'human').length;
    count.textContent =
      n === 0
        ? 'No human player yet.'
        : n === 1
          ? 'One human player against the bots.'
          : `${n} human players share this device (hot-seat): a hand-off screen hides each player's orders from the others.`;
    for (const a of ACTORS) {
      for (const c of CONTROLLERS) {
        const radio = radios.get(`${a}:${c}`);
        if (radio) radio.checked = s.setup.controllers[a] === c;
      }
      const level = levels.get(a);
      if (level) {
        level.value = s.setup.levels[a];
        level.disabled = s.setup.controllers[a] !== 'bot';
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
    h('option', { value: 'easy' }, 'Easy: follows rules of thumb'),
    h('option', { value: 'hard' }, 'Hard: plays each turn ahead before choosing'),
  );
  select.value = now;
  select.addEventListener('change', () => {
    if (isLevel(select.value)) store.getState().setLevel(a, select.value);
  });
  controls.set(a, select);
  return h('p', { class: 'level' }, h('label', { for: id }, 'Computer level '), select);
}

export function handoffScreen(store: GameStore): Screen {
  const d = store.getState();
  const to = d.handoffTo;
  const name = to === null ? '' : ACTOR_LABEL[to];
  const el = h(
    'main',
    { class: 'screen handoff' },
    focusHeading('h1', `Pass the device to ${name}`),
    h(
      'p',
      {},
      d.submitted.length === 0
        ? 'Each human player gives orders in turn, in private; what one player gives or learns in secret is hidden from the others.'
        : 'The previous player\u2019s orders and private reports are now hidden.',
      ' Only the player for ',
      name,
      ' should continue.',
    ),
    button(`I play ${name}: show my turn`, () => store.getState().continueHandoff(), { class: 'primary' }),
  );
  return { el, update: noop };
}
