/**
 * Words on screen: one message catalogue per language (ICU MessageFormat, icu.ts: plurals,
 * select, numbers), and numbers, dates and lists through `Intl`.
 * Every player-facing string of src/ui comes from here; a second language is one more file
 * with the same keys (`Catalog`), passed to `setLanguage`.
 */
import type { TurnReport } from '../../engine/index.ts';

type CalendarDate = TurnReport['date'];
import { en } from './en.ts';
import type { Formatters, Message } from './icu.ts';
import { compile, format } from './icu.ts';

export type MessageId = keyof typeof en;
export type Catalog = Readonly<Record<MessageId, string>>;
export type Values = Readonly<Record<string, string | number>>;

let locale = 'en-GB';
let messages: Catalog = en;
const compiled = new Map<MessageId, Message>();
let numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
let signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
let months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
let lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
let plurals = new Intl.PluralRules(locale);
const formatters: Formatters = { number: (n) => numbers.format(n), plural: (n) => plurals.select(n) };

/** Switch language: its BCP 47 locale and its catalogue. */
export function setLanguage(tag: string, catalog: Catalog): void {
  locale = tag;
  messages = catalog;
  compiled.clear();
  numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  plurals = new Intl.PluralRules(locale);
}

export function language(): string {
  return locale;
}

/** The message `id` with its values (numbers are formatted by the message's own ICU rules). */
export function t(id: MessageId, values?: Values): string {
  let m = compiled.get(id);
  if (m === undefined) {
    m = compile(messages[id]);
    compiled.set(id, m);
  }
  return format(m, values ?? {}, formatters);
}

/** 12,345 */
export function num(n: number): string {
  return numbers.format(n);
}

/** +3, −3, 0 (with a real minus sign) */
export function signedNum(n: number): string {
  return signed.format(n).replace('-', '\u2212');
}

/** "Oct 2023" */
export function monthYear(d: CalendarDate): string {
  return months.format(Date.UTC(d.year, d.month - 1, 1));
}

/** "oil, food and munitions" */
export function list(items: readonly string[]): string {
  return lists.format(items);
}
