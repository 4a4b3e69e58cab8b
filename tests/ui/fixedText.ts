/**
 * Fixed English in the page's source: a string literal (or the fixed text of a template
 * literal) that reads like words a player would see, in code outside the message catalogue.
 * Every player-facing sentence of src/ui comes from src/ui/i18n (`t(id, values)`), so that a
 * second language is one more catalogue file; this finds the ones that do not.
 *
 * "Reads like words": at least two letters, and either a space (`'Save game'`, `'Checking '`)
 * or one capitalised word (`'Cancel'`). Deny by default: such text is a finding unless it
 * sits where a string is never shown, listed in NOT_SHOWN_* below, each with its reason.
 * Where text is certainly shown (an element's child, a button's label, `textContent`, an
 * `aria-label` or `title`: SHOWN_* below), any word is a finding, even one in lower case.
 */
import { parseAst } from 'vite';

export interface Finding {
  line: number;
  text: string;
}

/** Letters and a space, or one capitalised word. */
export function readsLikeWords(s: string): boolean {
  if (!/[A-Za-z]{2}/.test(s)) return false;
  return /\s/.test(s) || /^[A-Z][a-z]+$/.test(s);
}

/** Calls whose string arguments are never shown: message ids, CSS selectors, event and key
 * names, element names, and messages for developers (console, errors). */
const NOT_SHOWN_CALLS = new Set([
  // message ids of the catalogue (the words themselves are in src/ui/i18n)
  't',
  // CSS selectors and element lookups
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'getElementById',
  'createElement',
  'createElementNS',
  // event names, attribute names, class names, ids
  'addEventListener',
  'removeEventListener',
  'getAttribute',
  'hasAttribute',
  'removeAttribute',
  'classList.add',
  'classList.remove',
  'classList.toggle',
  'classList.contains',
  'uid',
  // comparisons of values that are not shown ('Files' among a drag's types)
  'includes',
  'startsWith',
  'endsWith',
  // for developers, never on screen: the console and thrown errors (a page error is a bug)
  'console.log',
  'console.warn',
  'console.error',
  'console.info',
  'console.debug',
  'Error',
  'TypeError',
  'RangeError',
]);

/** Object keys whose values are never shown: classes, ids, test ids, input types and other
 * attributes that are names, not words. (`aria-label`, `title`, `placeholder`, `alt` are
 * shown, so they are not here.) */
const NOT_SHOWN_KEYS = new Set([
  'class',
  'className',
  'id',
  'for',
  'type',
  'role',
  'name',
  'accept',
  'autocomplete',
  'inputmode',
  'rel',
  'href',
  'target',
  'text-anchor',
]);

/** Assignments whose values are never shown: class names and inline styles. */
const NOT_SHOWN_MEMBERS = new Set(['className', 'style']);

/** Calls whose arguments from `from` on are put on screen as text. */
const SHOWN_CALLS: ReadonlyMap<string, number> = new Map([
  ['h', 2], // h(tag, attributes, ...children)
  ['s', 2], // the SVG twin of h (mapFallback.ts)
  ['button', 0], // button(label, onClick)
  ['append', 0],
  ['prepend', 0],
  ['replaceChildren', 0],
  ['createTextNode', 0],
]);

/** Properties and attributes that are read (or read out) by a player. */
const SHOWN_KEYS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'aria-label', 'ariaLabel']);

type Node = { type: string; start: number; end: number; [k: string]: unknown };

const isNode = (x: unknown): x is Node =>
  typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';

/** The names a call is made by: `t(…)` → [t]; `el.querySelector(…)` → [querySelector,
 * el.querySelector]; `el.classList.add(…)` → [add, classList.add]. */
function calleeNames(n: Node): string[] {
  const c = n.callee;
  if (!isNode(c)) return [];
  if (c.type === 'Identifier') return [String(c.name)];
  const [last, before] = memberNames(c);
  if (last === undefined) return [];
  const o = c.object;
  const owner = before ?? (isNode(o) && o.type === 'Identifier' ? String(o.name) : undefined);
  return owner === undefined ? [last] : [last, `${owner}.${last}`];
}

function keyName(n: Node): string | undefined {
  const k = n.key;
  if (!isNode(k)) return undefined;
  if (k.type === 'Identifier') return String(k.name);
  if (k.type === 'Literal') return String(k.value);
  return undefined;
}

/** The member names along `a.b.c` (for `el.style.color = …`). */
function memberNames(n: Node): string[] {
  const out: string[] = [];
  let m: unknown = n;
  while (isNode(m) && m.type === 'MemberExpression') {
    if (isNode(m.property) && m.property.type === 'Identifier') out.push(String(m.property.name));
    m = m.object;
  }
  return out;
}

/** Whether the text at `node` is certainly shown: a direct argument, property value or
 * assigned value in a SHOWN_* place (through `a ? 'x' : 'y'` and `a ?? 'x'`). */
function shown(node: Node, ancestors: readonly Node[]): boolean {
  let child: Node = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const p = ancestors[i];
    if (p === undefined) return false;
    switch (p.type) {
      case 'ConditionalExpression':
        if (p.test === child) return false;
        break;
      case 'LogicalExpression':
        break;
      case 'CallExpression': {
        const args = Array.isArray(p.arguments) ? p.arguments : [];
        const at = args.indexOf(child);
        const name = calleeNames(p)[0];
        const from = name === undefined ? undefined : SHOWN_CALLS.get(name);
        if (p.callee !== child && from !== undefined && at >= from) return true;
        if (name === 'setAttribute' && at === 1) {
          const a = args[0];
          return isNode(a) && a.type === 'Literal' && SHOWN_KEYS.has(String(a.value));
        }
        return false;
      }
      case 'Property': {
        const k = keyName(p);
        return p.value === child && k !== undefined && SHOWN_KEYS.has(k);
      }
      case 'AssignmentExpression': {
        const [m] = isNode(p.left) ? memberNames(p.left) : [];
        return p.right === child && m !== undefined && SHOWN_KEYS.has(m);
      }
      default:
        return false;
    }
    child = p;
  }
  return false;
}

/** Whether the text at `node`, under these ancestors (nearest last), is never shown. */
function notShown(node: Node, ancestors: readonly Node[]): boolean {
  let child: Node = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const p = ancestors[i];
    if (p === undefined) break;
    switch (p.type) {
      case 'ImportDeclaration':
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
      case 'ImportExpression':
        // module specifiers
        if (p.source === child) return true;
        break;
      case 'CallExpression':
      case 'NewExpression':
        if (p.callee !== child) {
          if (calleeNames(p).some((name) => NOT_SHOWN_CALLS.has(name))) return true;
        }
        break;
      case 'ThrowStatement':
        return true;
      case 'Property':
        // a key is a name; a value is shown unless its key says otherwise
        if (p.key === child && p.computed !== true) return true;
        if (p.value === child) {
          const k = keyName(p);
          if (k !== undefined && (NOT_SHOWN_KEYS.has(k) || k.startsWith('data-'))) return true;
        }
        break;
      case 'BinaryExpression':
        // compared, not shown (`ev.key === 'Escape'`)
        if (['===', '!==', '==', '!='].includes(String(p.operator))) return true;
        break;
      case 'SwitchCase':
        if (p.test === child) return true;
        break;
      case 'AssignmentExpression':
        if (p.right === child && isNode(p.left) && memberNames(p.left).some((m) => NOT_SHOWN_MEMBERS.has(m)))
          return true;
        break;
      default:
        // types: text in a type is never a value
        if (
          p.type.startsWith('TS') &&
          !['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression'].includes(p.type)
        )
          return true;
    }
    child = p;
  }
  return false;
}

/** Every piece of fixed text in `source` (TypeScript) that reads like words and may be shown.
 * `ids` are the catalogue's message ids: an id is not words (`{ title: 'walk.1.title' }`). */
export function fixedText(source: string, ids: ReadonlySet<string> = new Set(), fileName = 'source.ts'): Finding[] {
  const ast = parseAst(source, { lang: 'ts' }, fileName) as unknown as Node;
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: Finding[] = [];
  const ancestors: Node[] = [];
  const visit = (n: Node): void => {
    const texts: { text: string; at: number }[] = [];
    if (n.type === 'Literal' && typeof n.value === 'string') texts.push({ text: n.value, at: n.start });
    if (n.type === 'TemplateLiteral' && Array.isArray(n.quasis))
      for (const q of n.quasis as Node[]) {
        const v = q.value as { cooked?: string | null; raw: string };
        texts.push({ text: v.cooked ?? v.raw, at: q.start });
      }
    const sure = texts.length > 0 && shown(n, ancestors);
    const words = texts.filter((x) => !ids.has(x.text) && (sure ? /[A-Za-z]{2}/.test(x.text) : readsLikeWords(x.text)));
    if (words.length > 0 && (sure || !notShown(n, ancestors)))
      for (const w of words) out.push({ line: lineOf(w.at), text: w.text });
    ancestors.push(n);
    for (const [k, v] of Object.entries(n)) {
      if (k === 'type' || k === 'start' || k === 'end') continue;
      if (Array.isArray(v)) {
        for (const c of v) if (isNode(c)) visit(c);
      } else if (isNode(v)) visit(v);
    }
    ancestors.pop();
  };
  visit(ast);
  return out;
}

/** The message ids a source may use: its string literals, and its template literals that start
 * like an id (`actor.${a}`, `rules.${k}.title`) as patterns, each `${…}` standing for one
 * dot-free part of an id. */
export function idsUsed(source: string, fileName = 'source.ts'): { exact: Set<string>; patterns: RegExp[] } {
  const ast = parseAst(source, { lang: 'ts' }, fileName) as unknown as Node;
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  const quote = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const visit = (n: Node): void => {
    if (n.type === 'Literal' && typeof n.value === 'string') exact.add(n.value);
    if (n.type === 'TemplateLiteral' && Array.isArray(n.quasis)) {
      const parts = (n.quasis as Node[]).map((q) => {
        const v = q.value as { cooked?: string | null; raw: string };
        return v.cooked ?? v.raw;
      });
      if (/^[A-Za-z]+\./.test(parts[0] ?? '')) patterns.push(new RegExp(`^${parts.map(quote).join('[^.]+')}$`));
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === 'type' || k === 'start' || k === 'end') continue;
      if (Array.isArray(v)) {
        for (const c of v) if (isNode(c)) visit(c);
      } else if (isNode(v)) visit(v);
    }
  };
  visit(ast);
  return { exact, patterns };
}
