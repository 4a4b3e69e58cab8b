/**
 * Words on screen: one message catalogue per language (ICU MessageFormat, icu.ts: plurals,
 * select, numbers), and numbers, dates and lists through `Intl`.
 * Every player-facing string of src/ui comes from here; a second language is one more file
 * with the same keys (`Catalog`), passed to `setLanguage`.
 *
 * The class pages' messages (`ClassCatalog`, en/class.ts) are a separate part that those
 * pages add at start-up (`addMessages`), so the game's own page does not download them.
 */
import type { TurnReport } from '../../engine/index.ts';

type CalendarDate = TurnReport['date'];
import { en } from './en.ts';
import type { classPages } from './en/class.ts';
import type { Formatters, Message } from './icu.ts';
import { compile, format } from './icu.ts';

/** The keys of the game's page. */
export type PageMessageId = keyof typeof en;
/** The keys of the class pages (join page, student screen, instructor's console). */
export type ClassMessageId = keyof typeof classPages;
export type MessageId = PageMessageId | ClassMessageId;
export type Catalog = Readonly<Record<PageMessageId, string>>;
export type ClassCatalog = Readonly<Record<ClassMessageId, string>>;
export type Values = Readonly<Record<string, string | number>>;

let locale = 'en-GB';
let messages: Readonly<Partial<Record<MessageId, string>>> = en;
const compiled = new Map<MessageId, Message>();
let numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
let signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
let months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
let lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
let plurals = new Intl.PluralRules(locale);
const formatters: Formatters = { number: (n) => numbers.format(n), plural: (n) => plurals.select(n) };

/** Switch language: its BCP 47 locale and its catalogue (the class part, if a class page
 * uses it, is added again with `addMessages`). */
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

/** Add the class pages' part of the current language's catalogue (their entry points do). */
export function addMessages(part: ClassCatalog): void {
  messages = { ...messages, ...part };
}

/** The message `id` with its values (numbers are formatted by the message's own ICU rules). */
export function t(id: MessageId, values?: Values): string {
  let m = compiled.get(id);
  if (m === undefined) {
    const text = messages[id];
    // Only a page that forgot `addMessages` gets here (the class pages' tests load them).
    if (text === undefined) throw new Error(`the message catalogue has no "${id}": was addMessages called?`);
    m = compile(text);
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
