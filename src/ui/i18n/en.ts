/**
 * The English catalogue: every player-facing string of the game's page, as ICU messages. A
 * second language is one file like this one typed as `Catalog` (i18n/index.ts), with the same
 * keys. The class pages' messages are a catalogue of their own (en/class.ts, `ClassCatalog`),
 * added by those pages only, so the game's page does not carry them.
 */
import { base } from './en/base.ts';
import { causes } from './en/causes.ts';
import { council } from './en/council.ts';
import { forms } from './en/forms.ts';
import { help } from './en/help.ts';
import { mapCanvas } from './en/map.ts';
import { orders, ordersPanel } from './en/orders.ts';
import { announce, mapText, play, playScreenText, you } from './en/play.ts';
import { replay } from './en/replay.ts';
import { report } from './en/report.ts';
import { saves } from './en/saves.ts';
import { screens } from './en/screens.ts';

export const en = {
  ...base,
  ...causes,
  ...orders,
  ...ordersPanel,
  ...forms,
  ...council,
  ...report,
  ...play,
  ...you,
  ...playScreenText,
  ...mapText,
  ...mapCanvas,
  ...announce,
  ...help,
  ...screens,
  ...replay,
  ...saves,
} as const;
