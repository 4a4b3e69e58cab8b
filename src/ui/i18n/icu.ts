/**
 * ICU MessageFormat, the part the catalogue uses: arguments (`{name}`, `{n, number}`), plurals
 * with exact matches and `#` (`{n, plural, =0 {none} one {# turn} other {# turns}}`, plural
 * categories from `Intl.PluralRules`), select (`{vote, select, yes {…} other {…}}`), nesting,
 * and ICU quoting (`''` is an apostrophe; `'{` starts quoted text). The same syntax as
 * formatjs's intl-messageformat, which a test holds every message of the catalogue against;
 * kept this small because the page's own JavaScript has a size budget. A message outside the
 * subset fails when it is compiled, not when it is shown.
 */

type Node =
  | string
  | { kind: 'arg'; name: string; number: boolean }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; options: Map<string, Node[]> };

export type Message = readonly Node[];

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  fail(why: string): never {
    throw new Error(`message "${this.src}": ${why} at ${this.i}`);
  }

  /** Text and placeholders up to an unmatched `}` (or the end, at the top level). */
  nodes(inPlural: boolean): Node[] {
    const out: Node[] = [];
    let text = '';
    const s = this.src;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '}') break;
      if (c === '{') {
        if (text !== '') out.push(text);
        text = '';
        out.push(this.placeholder());
        continue;
      }
      if (c === '#' && inPlural) {
        if (text !== '') out.push(text);
        text = '';
        out.push({ kind: 'pound' });
        this.i++;
        continue;
      }
      if (c === "'") {
        const next = s[this.i + 1];
        if (next === "'") {
          text += "'";
          this.i += 2;
          continue;
        }
        if (next === '{' || next === '}' || (next === '#' && inPlural)) {
          const end = s.indexOf("'", this.i + 1);
          if (end < 0) this.fail('unclosed quote');
          text += s.slice(this.i + 1, end);
          this.i = end + 1;
          continue;
        }
      }
      text += c;
      this.i++;
    }
    if (text !== '') out.push(text);
    return out;
  }

  word(): string {
    const m = /^\s*([^\s,{}]+)\s*/.exec(this.src.slice(this.i));
    if (m === null || m[1] === undefined) return this.fail('expected a name');
    this.i += m[0].length;
    return m[1];
  }

  expect(c: string): void {
    while (this.src[this.i] === ' ') this.i++;
    if (this.src[this.i] !== c) this.fail(`expected "${c}"`);
    this.i++;
  }

  placeholder(): Node {
    this.expect('{');
    const name = this.word();
    if (this.src[this.i] === '}') {
      this.i++;
      return { kind: 'arg', name, number: false };
    }
    this.expect(',');
    const type = this.word();
    if (type === 'number') {
      this.expect('}');
      return { kind: 'arg', name, number: true };
    }
    if (type !== 'plural' && type !== 'select') return this.fail(`unsupported type "${type}"`);
    this.expect(',');
    const options = new Map<string, Node[]>();
    while (true) {
      while (/\s/.test(this.src[this.i] ?? '')) this.i++;
      if (this.src[this.i] === '}') break;
      const key = this.word();
      this.expect('{');
      options.set(key, this.nodes(type === 'plural'));
      this.expect('}');
    }
    this.expect('}');
    if (!options.has('other')) this.fail(`${type} without "other"`);
    return { kind: type, name, options };
  }
}

export function compile(src: string): Message {
  const p = new Parser(src);
  const out = p.nodes(false);
  if (p.i !== src.length) p.fail('unmatched "}"');
  return out;
}

export interface Formatters {
  number(n: number): string;
  plural(n: number): string;
}

function render(
  nodes: readonly Node[],
  values: Readonly<Record<string, string | number>>,
  f: Formatters,
  n: number | null,
): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    switch (node.kind) {
      case 'pound':
        out += n === null ? '#' : f.number(n);
        break;
      case 'arg': {
        const v = values[node.name];
        if (v === undefined) throw new Error(`no value for "${node.name}"`);
        // As in ICU: a bare argument is the value as it is; `{n, number}` formats it.
        out += node.number && typeof v === 'number' ? f.number(v) : String(v);
        break;
      }
      case 'plural': {
        const v = Number(values[node.name]);
        const branch = node.options.get(`=${v}`) ?? node.options.get(f.plural(v)) ?? node.options.get('other') ?? [];
        out += render(branch, values, f, v);
        break;
      }
      case 'select': {
        const v = String(values[node.name]);
        out += render(node.options.get(v) ?? node.options.get('other') ?? [], values, f, n);
        break;
      }
    }
  }
  return out;
}

export function format(m: Message, values: Readonly<Record<string, string | number>>, f: Formatters): string {
  return render(m, values, f, null);
}

/** The arguments a message takes, with their kind and (plural, select) option keys. */
export function argumentsOf(
  m: Message,
): { name: string; kind: 'text' | 'number' | 'plural' | 'select'; keys: string[] }[] {
  const out: { name: string; kind: 'text' | 'number' | 'plural' | 'select'; keys: string[] }[] = [];
  const walk = (nodes: readonly Node[]): void => {
    for (const n of nodes) {
      if (typeof n === 'string' || n.kind === 'pound') continue;
      if (n.kind === 'arg') out.push({ name: n.name, kind: n.number ? 'number' : 'text', keys: [] });
      else {
        out.push({ name: n.name, kind: n.kind, keys: [...n.options.keys()] });
        for (const branch of n.options.values()) walk(branch);
      }
    }
  };
  walk(m);
  return out;
}
