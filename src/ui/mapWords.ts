/**
 * The Phaser map's words (src/map/words.ts `MapWords`) from the UI's message catalogue, so
 * the map speaks the page's language: main.ts passes `mapWords()` to `createMap`. Built when
 * called (after `setLanguage`); a type-only import keeps Phaser out of the page's bundle.
 */
import type { ActorId, Good, RouteKind } from '../engine/index.ts';
import type { MapWords } from '../map/index.ts';
import { list, t } from './i18n/index.ts';
import { actorTitle, quantity, resourceName } from './words.ts';

export function mapWords(): MapWords {
  const actor = (a: ActorId): string => actorTitle(a);
  const kind = (k: RouteKind): string => t(`mapCanvas.kind.${k}` as const);
  const good = (g: Good): string => resourceName(g);
  return {
    canvasLabel: t('mapCanvas.label'),
    actor: { RUS: actor('RUS'), PRK: actor('PRK'), CHN: actor('CHN'), UNSC: actor('UNSC') },
    good: { oil: good('oil'), food: good('food'), munitions: good('munitions'), labour: good('labour') },
    kind: { rail: kind('rail'), sea: kind('sea'), road: kind('road'), bridge: kind('bridge'), air: kind('air') },
    routeHead: (name, k, open) => t('mapCanvas.routeHead', { name, kind: kind(k), open: open ? 'yes' : 'no' }),
    carriesNothing: t('mapCanvas.carriesNothing'),
    capacityHead: t('mapCanvas.capacityHead'),
    flowHead: (turn) => t('mapCanvas.flowHead', { turn }),
    capacityLine: (g, n) => t(`mapCanvas.capacityLine.${g}` as const, { n }),
    flowLine: (g, moved, n) => t(`mapCanvas.flowLine.${g}` as const, { moved, n }),
    spotted: (n) => t('mapCanvas.spotted', { n }),
    placeHead: (name, a) => (a === null ? name : t('mapCanvas.placeHead', { name, actor: actor(a) })),
    offMap: (note) => (note === '' ? t('mapCanvas.offMap') : t('mapCanvas.offMapNote', { note })),
    distance: (km, place) => t('mapCanvas.distance', { km, place }),
    councilSeat: t('mapCanvas.councilSeat'),
    routes: (names) => t('mapCanvas.routes', { list: list(names) }),
    shipment: (s) =>
      t(s.detected ? 'mapCanvas.shipmentSpotted' : 'mapCanvas.shipment', {
        amount: quantity(s.resource, s.amount),
        secret: s.mode === 'covert' ? 'yes' : 'no',
      }),
    legend: {
      title: t('mapCanvas.legend.title'),
      rail: t('mapCanvas.legend.rail'),
      sea: t('mapCanvas.legend.sea'),
      bridge: t('mapCanvas.legend.bridge'),
      closed: t('mapCanvas.legend.closed'),
      thicker: t('mapCanvas.legend.thicker'),
      open: t('mapCanvas.legend.open'),
      secret: t('mapCanvas.legend.secret'),
      spotted: t('mapCanvas.legend.spotted'),
      size: t('mapCanvas.legend.size'),
    },
    inset: {
      council: t('mapCanvas.inset.council'),
      seats: t('mapCanvas.inset.seats'),
      permanent: t('mapCanvas.inset.permanent'),
      elected: t('mapCanvas.inset.elected'),
    },
  };
}
