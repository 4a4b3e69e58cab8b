/**
 * One form spec per kind of order (spec.ts), and the forms an actor sees this turn: the kinds
 * `orderFormsFor` allows that actor (the Council has no shipments, deals or priorities), with
 * one vote form per draft on the table. A new kind of order is one entry in SPECS.
 */
import type { ActorId, DraftOrder, Order, StateView, VoteOrder } from '../../engine/index.ts';
import {
  ACTORS,
  MEASURE_VALUE,
  REPUTATION,
  RESOURCES,
  VOTES,
  err,
  isGood,
  isMeasure,
  isVotingActor,
  ok,
} from '../../engine/index.ts';
import type { FormKind } from '../../store/index.ts';
import { draftMeasuresFor, draftsOf, orderFormsFor } from '../../store/index.ts';
import { t } from '../i18n/index.ts';
import { actorName, draftTitle, indicatorName, measureName, resourceName, turnDate, unitOf } from '../words.ts';
import { customs, holdFuel, launch, lobby, nuclearTest } from './levers.ts';
import type { Ctx, FormSpec, Option } from './spec.ts';

export const MAX_AMOUNT = 1_000_000_000;

/** Partners for trade: the other countries (the Council holds no goods). */
const partners = (me: ActorId): Option[] =>
  ACTORS.filter((a) => a !== me && a !== 'UNSC').map((a) => ({ value: a, label: actorName(a) }));

const resources = (): Option[] =>
  RESOURCES.map((r) => ({ value: r, label: t('form.resourceOption', { good: resourceName(r), unit: unitOf(r) }) }));

function routes(c: Ctx, none: boolean): Option[] {
  const out = c.state.routes.map((r) => ({
    value: r.id,
    label: r.open ? r.name : t('form.routeClosed', { name: r.name }),
  }));
  return none ? [{ value: '', label: t('form.noRoute') }, ...out] : out;
}

const modes = (): Option[] => [
  { value: 'declared', label: t('form.modeDeclared') },
  { value: 'covert', label: t('form.modeCovert') },
];

/** Measures whose number means something (see MEASURES in the engine's ids.ts). */
const takesValue = (m: string): boolean => isMeasure(m) && MEASURE_VALUE[m].max > 0;

/** What sending know-how does and risks (transfers.ts and launch.ts in the engine). */
function knowHowNote(c: Ctx): string {
  const p = c.state.rules.design;
  const rep = REPUTATION[c.me];
  return t('form.knowhow', {
    points: p.knowHowProgramme,
    seen: rep === undefined ? 0 : 1,
    rep: p.knowHowReputation,
    standing: rep === undefined ? '' : indicatorName(rep),
    china: c.me === 'RUS' && p.knowHowChinaRelation > 0 ? 1 : 0,
    chinaRel: p.knowHowChinaRelation,
  });
}

const ship = (c: Ctx): FormSpec[] => [
  {
    key: 'ship',
    kind: 'ship',
    label: t('form.ship.label'),
    submit: t('form.ship.submit'),
    fields: [
      { kind: 'select', name: 'to', label: t('form.ship.to'), options: partners(c.me) },
      { kind: 'select', name: 'resource', label: t('form.ship.resource'), options: resources() },
      { kind: 'number', name: 'amount', label: t('form.ship.amount'), min: 1, max: MAX_AMOUNT },
      { kind: 'select', name: 'route', label: t('form.route'), options: routes(c, true), hint: t('form.routeHint') },
      { kind: 'choice', name: 'mode', label: t('form.mode'), options: modes() },
      { kind: 'note', name: 'knowhow', text: (v) => (v.text('resource') === 'knowhow' ? knowHowNote(c) : '') },
    ],
    build(v) {
      const resource = v.text('resource');
      if (isGood(resource) && v.text('route') === '')
        return err({ field: 'route', message: t('form.needsRoute', { good: resourceName(resource) }) });
      const o: Order = {
        kind: 'ship',
        actor: c.me,
        to: v.text('to'),
        resource,
        amount: v.int('amount'),
        mode: v.text('mode') === 'covert' ? 'covert' : 'declared',
      };
      if (v.text('route') !== '') o.route = v.text('route');
      return ok(o);
    },
    load: (o) =>
      o.kind !== 'ship'
        ? null
        : { to: o.to, resource: o.resource, amount: String(o.amount), route: o.route ?? '', mode: o.mode },
  },
];

const proposeDeal = (c: Ctx): FormSpec[] => [
  {
    key: 'proposeDeal',
    kind: 'proposeDeal',
    label: t('form.deal.label'),
    submit: t('form.deal.submit'),
    fields: [
      { kind: 'select', name: 'to', label: t('form.deal.to'), options: partners(c.me) },
      { kind: 'select', name: 'give', label: t('form.deal.give'), options: resources() },
      { kind: 'number', name: 'giveAmount', label: t('form.deal.giveAmount'), min: 0, max: MAX_AMOUNT },
      { kind: 'select', name: 'get', label: t('form.deal.get'), options: resources(), value: 'currency' },
      { kind: 'number', name: 'getAmount', label: t('form.deal.getAmount'), min: 0, max: MAX_AMOUNT },
      { kind: 'select', name: 'route', label: t('form.route'), options: routes(c, true), hint: t('form.routeHint') },
      { kind: 'number', name: 'turns', label: t('form.deal.turns'), min: 1, max: 400, value: 4 },
      { kind: 'choice', name: 'mode', label: t('form.mode'), options: modes() },
      { kind: 'note', name: 'how', text: t('form.deal.how') },
      {
        kind: 'note',
        name: 'knowhow',
        text: (v) => (v.text('give') === 'knowhow' ? knowHowNote(c) : ''),
      },
    ],
    build(v) {
      if (v.int('giveAmount') === 0 && v.int('getAmount') === 0)
        return err({ field: 'giveAmount', message: t('form.deal.nothing') });
      const o: Order = {
        kind: 'proposeDeal',
        actor: c.me,
        to: v.text('to'),
        give: { resource: v.text('give'), amount: v.int('giveAmount') },
        get: { resource: v.text('get'), amount: v.int('getAmount') },
        mode: v.text('mode') === 'covert' ? 'covert' : 'declared',
        turns: v.int('turns'),
      };
      if (v.text('route') !== '') o.route = v.text('route');
      return ok(o);
    },
    load: (o) =>
      o.kind !== 'proposeDeal'
        ? null
        : {
            to: o.to,
            give: o.give.resource,
            giveAmount: String(o.give.amount),
            get: o.get.resource,
            getAmount: String(o.get.amount),
            route: o.route ?? '',
            turns: String(o.turns),
            mode: o.mode,
          },
  },
];

const setPriorities = (c: Ctx): FormSpec[] => {
  const p = c.state.actors[c.me]?.priorities ?? { munitions: 0, labourAbroad: 0 };
  return [
    {
      key: 'setPriorities',
      kind: 'setPriorities',
      label: t('form.priorities.label'),
      submit: t('form.priorities.submit'),
      fields: [
        {
          kind: 'number',
          name: 'munitions',
          label: t('form.priorities.munitions'),
          min: 0,
          max: 100,
          value: p.munitions,
          hint: t('form.priorities.munitionsHint'),
        },
        {
          kind: 'number',
          name: 'abroad',
          label: t('form.priorities.abroad'),
          min: 0,
          max: 100,
          value: p.labourAbroad,
          hint: t('form.priorities.abroadHint'),
        },
      ],
      build: (v) =>
        ok({ kind: 'setPriorities', actor: c.me, munitions: v.int('munitions'), labourAbroad: v.int('abroad') }),
      load: (o) =>
        o.kind !== 'setPriorities' ? null : { munitions: String(o.munitions), abroad: String(o.labourAbroad) },
    },
  ];
};

/** A draft resolution: the Council majority's measures, or Russia's and China's relief. */
const draft = (c: Ctx): FormSpec[] => {
  const mine = draftMeasuresFor(c.me);
  const first = mine[0];
  if (first === undefined) return [];
  const council = c.me === 'UNSC';
  const p = c.state.rules.design;
  const rep = REPUTATION[c.me];
  return [
    {
      key: 'draft',
      kind: 'draft',
      label: council ? t('form.draft.label') : t('form.draft.reliefLabel'),
      submit: t('form.draft.submit'),
      fields: [
        {
          kind: 'select',
          name: 'measure',
          label: t('form.draft.measure'),
          options: mine.map((m) => ({ value: m, label: measureName(m) })),
          value: council ? 'renewPanel' : first,
        },
        {
          kind: 'note',
          name: 'help',
          text: (v) => {
            const m = v.text('measure');
            return isMeasure(m) ? t(`form.draft.help.${m}` as const) : '';
          },
        },
        {
          kind: 'number',
          name: 'value',
          label: t('form.draft.value'),
          min: 0,
          max: 1_000_000,
          value: council ? 4 : 0,
          when: (v) => takesValue(v.text('measure')),
        },
        {
          kind: 'note',
          name: 'rule',
          text: council
            ? t('form.draft.rule', { n: c.state.rules.council.maxDraftsPerTurn })
            : t('form.draft.reliefRule', {
                prk: p.reliefPrkRelation,
                rep: p.reliefReputation,
                indicator: rep === undefined ? '' : indicatorName(rep),
              }),
        },
      ],
      build(v) {
        const m = v.text('measure');
        if (!isMeasure(m) || !mine.includes(m)) return err({ field: 'measure', message: t('form.malformed') });
        const o: DraftOrder = { kind: 'draft', actor: c.me, measure: m };
        if (takesValue(m)) {
          const lim = MEASURE_VALUE[m];
          const n = v.int('value');
          if (n < lim.min || n > lim.max)
            return err({ field: 'value', message: t('form.draft.range', { min: lim.min, max: lim.max }) });
          o.value = n;
        }
        return ok(o);
      },
      load: (o) =>
        o.kind !== 'draft'
          ? null
          : { measure: o.measure, ...(o.value === undefined ? {} : { value: String(o.value) }) },
    },
  ];
};

const vote = (c: Ctx): FormSpec[] =>
  draftsOf(c.state).map((d) => {
    const def = isVotingActor(c.me) ? d.defaults[c.me] : 'abstain';
    return {
      key: `vote:${d.id}`,
      kind: 'vote' as const,
      label: t('form.vote.label', { draft: draftTitle(d.measure, d.value) }),
      submit: t('form.vote.submit'),
      fields: [
        { kind: 'note', name: 'when', text: t('form.vote.when', { tabled: turnDate(c.state.rules, d.tabledTurn) }) },
        {
          kind: 'choice',
          name: 'vote',
          label: t('form.vote.choice'),
          options: VOTES.map((x) => ({ value: x, label: t(`form.vote.${x}` as const) })),
          value: def,
        },
        { kind: 'note', name: 'default', text: t('form.vote.default', { vote: def }) },
      ],
      build: (v): ReturnType<FormSpec['build']> => {
        const choice = VOTES.find((x) => x === v.text('vote')) ?? def;
        const o: VoteOrder = { kind: 'vote', actor: c.me, draft: d.id, vote: choice };
        return ok(o);
      },
      load: (o: Order) => (o.kind === 'vote' && o.draft === d.id ? { vote: o.vote } : null),
    };
  });

const monitor = (c: Ctx): FormSpec[] => {
  const p = c.state.regime.panel;
  const active = c.state.turn <= p.mandateEnd;
  const why =
    p.mandateEnd === 0
      ? t('form.monitor.none')
      : active
        ? undefined
        : t('form.monitor.lapsed', { end: turnDate(c.state.rules, p.mandateEnd) });
  return [
    {
      key: 'monitor',
      kind: 'monitor',
      label: t('form.monitor.label'),
      submit: t('form.monitor.submit'),
      ...(why === undefined ? {} : { unavailable: why }),
      fields: [
        ...(active
          ? [
              {
                kind: 'note' as const,
                name: 'status',
                text: t('form.monitor.status', {
                  end: turnDate(c.state.rules, p.mandateEnd),
                  max: p.maxRoutes,
                  bonus: Math.round(p.monitorBonusBp / 100),
                }),
              },
            ]
          : []),
        {
          kind: 'checks',
          name: 'routes',
          label: t('form.monitor.routes'),
          options: routes(c, false),
          value: p.monitored,
        },
        { kind: 'note', name: 'replace', text: t('form.monitor.replace') },
      ],
      build(v) {
        const list = v.list('routes');
        if (list.length > p.maxRoutes)
          return err({ field: 'routes', message: t('form.monitor.tooMany', { max: p.maxRoutes, n: list.length }) });
        return ok({ kind: 'monitor', actor: c.me, routes: list });
      },
      load: (o) => (o.kind !== 'monitor' ? null : { routes: o.routes }),
    },
  ];
};

/** Every kind of order given through a form, and its spec(s) for this turn. */
const SPECS: Readonly<Record<FormKind, (c: Ctx) => FormSpec[]>> = {
  ship,
  proposeDeal,
  setPriorities,
  draft,
  vote,
  monitor,
  launch,
  nuclearTest,
  lobby,
  holdFuel,
  customs,
};

/** The forms `me` can use this turn, in display order. */
export function formsFor(me: ActorId, state: StateView): FormSpec[] {
  return orderFormsFor(me).flatMap((k) => SPECS[k]({ me, state }));
}
