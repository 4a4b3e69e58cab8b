/**
 * The forms of the levers added with engine 0.4.0 and 0.5.0: North Korea's launches and nuclear
 * tests (with their odds and what know-how adds), courting an elected seat, and China's fuel
 * and customs. Each states what the order brings and costs from the scenario's design
 * parameters (launch.ts, lobby.ts and levers.ts in the engine). SPECS in kinds.ts lists them.
 */
import { fuelDue, ok } from '../../engine/index.ts';
import { chineseRoutes, electedSeats } from '../../store/index.ts';
import { t } from '../i18n/index.ts';
import { quantity } from '../words.ts';
import type { Ctx, FormSpec } from './spec.ts';

/** What know-how put to use by a launch or a test adds (points, odds), when the scenario has any. */
function knowHowEffect(c: Ctx): string[] {
  const p = c.state.rules.design;
  if (p.knowHowPerLaunch <= 0) return [];
  if (p.knowHowProgramme > 0 && p.knowHowSuccessBp > 0)
    return [
      t('form.effect.knowhowBoth', {
        max: p.knowHowPerLaunch,
        odds: Math.floor(p.knowHowSuccessBp / 100),
        n: p.knowHowProgramme,
      }),
    ];
  return [
    ...(p.knowHowProgramme > 0 ? [t('form.effect.knowhow', { n: p.knowHowProgramme, max: p.knowHowPerLaunch })] : []),
    ...(p.knowHowSuccessBp > 0 ? [t('form.effect.knowhowOdds', { n: Math.floor(p.knowHowSuccessBp / 100) })] : []),
  ];
}

/** The odds that a launch or a test works, when it can fail (basis points as whole percent). */
function oddsEffect(bp: number): string[] {
  return bp < 10_000 ? [t('form.effect.odds', { pct: Math.floor(bp / 100) })] : [];
}

/** Missile launches: how many (one order a turn), and what the order brings and costs. */
export const launch = (c: Ctx): FormSpec[] => {
  const p = c.state.rules.design;
  const max = p.maxLaunchesPerTurn;
  return [
    {
      key: 'launch',
      kind: 'launch',
      label: t('form.launch.label'),
      submit: t('form.launch.submit'),
      fields: [
        {
          kind: 'number',
          name: 'count',
          label: t('form.launch.count'),
          min: 1,
          max,
          value: 1,
          hint: t('form.launch.countHint', { max }),
        },
        { kind: 'note', name: 'intro', text: t('form.launch.intro') },
        {
          kind: 'list',
          name: 'effects',
          items: [
            t('form.effect.programme', { n: p.launchProgramme }),
            ...oddsEffect(p.launchSuccessBp),
            ...knowHowEffect(c),
            t('form.effect.china', { n: p.launchChinaRelation }),
            t('form.effect.council', { n: p.launchUnscRelation }),
            t('form.launch.evidence'),
            t('form.launch.once'),
          ],
        },
        {
          kind: 'note',
          name: 'cost',
          text: (v) => {
            const n = v.int('count');
            const count = Number.isSafeInteger(n) && n >= 1 && n <= max ? n : 1;
            return t('form.launch.cost', {
              count,
              total: quantity('currency', count * p.launchCurrency),
              each: quantity('currency', p.launchCurrency),
            });
          },
        },
      ],
      build: (v) => {
        const count = v.int('count');
        return ok(count === 1 ? { kind: 'launch', actor: c.me } : { kind: 'launch', actor: c.me, count });
      },
      load: (o) => (o.kind !== 'launch' ? null : { count: String(o.count ?? 1) }),
    },
  ];
};

/** A nuclear test: no fields, what it brings and costs. */
export const nuclearTest = (c: Ctx): FormSpec[] => {
  const p = c.state.rules.design;
  return [
    {
      key: 'nuclearTest',
      kind: 'nuclearTest',
      label: t('form.nuclear.label'),
      submit: t('form.nuclear.submit'),
      fields: [
        { kind: 'note', name: 'intro', text: t('form.nuclear.intro') },
        {
          kind: 'list',
          name: 'effects',
          items: [
            t('form.effect.programme', { n: p.nuclearProgramme }),
            ...oddsEffect(p.nuclearSuccessBp),
            ...knowHowEffect(c),
            t('form.effect.cost', { cost: quantity('currency', p.nuclearCurrency) }),
            t('form.effect.china', { n: p.nuclearChinaRelation }),
            t('form.effect.council', { n: p.nuclearUnscRelation }),
            t('form.nuclear.evidence', { n: p.nuclearEvidence }),
            t('form.nuclear.once'),
          ],
        },
      ],
      build: () => ok({ kind: 'nuclearTest', actor: c.me }),
      load: (o) => (o.kind !== 'nuclearTest' ? null : {}),
    },
  ];
};

/** Courting an elected seat (Russia, China): which seat, and what it costs and does. */
export const lobby = (c: Ctx): FormSpec[] => {
  const p = c.state.rules.design;
  const seats = electedSeats(c.state);
  return [
    {
      key: 'lobby',
      kind: 'lobby',
      label: t('form.lobby.label'),
      submit: t('form.lobby.submit'),
      ...(seats.length === 0 ? { unavailable: t('form.lobby.none') } : {}),
      fields: [
        {
          kind: 'select',
          name: 'seat',
          label: t('form.lobby.seat'),
          options: seats.map((x) => ({ value: x.id, label: x.name })),
        },
        {
          kind: 'list',
          name: 'effects',
          items: [
            t('form.lobby.cost', { cost: quantity('currency', p.lobbyCost) }),
            t('form.lobby.effect', { turns: p.lobbyTurns, points: p.lobbyPoints, yesAt: c.state.rules.council.yesAt }),
            t('form.lobby.public'),
            t('form.lobby.once'),
          ],
        },
      ],
      build: (v) => ok({ kind: 'lobby', actor: c.me, seat: v.text('seat') }),
      load: (o) => (o.kind !== 'lobby' ? null : { seat: o.seat }),
    },
  ];
};

/** China's levers: what they gain and cost (levers.ts in the engine). */
function leverEffects(gain: { influence: number; standing: number }, cost: { relation: number; border: number }) {
  return [t('form.lever.gains', gain), t('form.lever.costs', cost)];
}

/** China holds back this turn's fuel under its deals with North Korea. */
export const holdFuel = (c: Ctx): FormSpec[] => {
  const p = c.state.rules.design;
  const due = fuelDue(c.state);
  return [
    {
      key: 'holdFuel',
      kind: 'holdFuel',
      label: t('form.holdFuel.label'),
      submit: t('form.holdFuel.submit'),
      ...(due === 0 ? { unavailable: t('form.holdFuel.none') } : {}),
      fields: [
        ...(due === 0
          ? []
          : [{ kind: 'note' as const, name: 'due', text: t('form.holdFuel.due', { amount: quantity('oil', due) }) }]),
        {
          kind: 'list',
          name: 'effects',
          items: [
            ...leverEffects(
              { influence: p.holdFuelInfluence, standing: p.holdFuelStanding },
              { relation: p.holdFuelRelation, border: p.holdFuelBorder },
            ),
            t('form.holdFuel.shaken'),
            t('form.lever.public'),
          ],
        },
      ],
      build: () => ok({ kind: 'holdFuel', actor: c.me }),
      load: (o) => (o.kind !== 'holdFuel' ? null : {}),
    },
  ];
};

/** China tightens customs on one of its routes for this turn. */
export const customs = (c: Ctx): FormSpec[] => {
  const p = c.state.rules.design;
  const mine = chineseRoutes(c.state);
  return [
    {
      key: 'customs',
      kind: 'customs',
      label: t('form.customs.label'),
      submit: t('form.customs.submit'),
      ...(mine.length === 0 ? { unavailable: t('form.customs.none') } : {}),
      fields: [
        {
          kind: 'select',
          name: 'route',
          label: t('form.customs.route'),
          options: mine.map((r) => ({ value: r.id, label: r.name })),
        },
        {
          kind: 'list',
          name: 'effects',
          items: [
            t('form.customs.odds', { n: Math.round(p.customsBp / 100) }),
            ...leverEffects(
              { influence: p.customsInfluence, standing: p.customsStanding },
              { relation: p.customsRelation, border: p.customsBorder },
            ),
            t('form.lever.public'),
          ],
        },
      ],
      build: (v) => ok({ kind: 'customs', actor: c.me, route: v.text('route') }),
      load: (o) => (o.kind !== 'customs' ? null : { route: o.route }),
    },
  ];
};
