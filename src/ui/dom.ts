/**
 * A tiny DOM builder. Every string child becomes a Text node and every attribute is set with
 * setAttribute, so text from scenario files can never be parsed as HTML (no HTML-parsing sink here or
 * anywhere in src/ui).
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Node): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

let idCounter = 0;
/** A fresh id for label/aria wiring (unique within the page). */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A heading that takes focus when its screen appears (focus management on mode changes). */
export function focusHeading<K extends 'h1' | 'h2'>(tag: K, text: string, attrs: Attrs = {}): HTMLElementTagNameMap[K] {
  return h(tag, { tabindex: -1, 'data-autofocus': true, ...attrs }, text);
}

/**
 * A message around one piece of text from a file (a title, a name), as nodes: that text in its
 * own `<bdi>`, so a right-to-left override in it cannot reorder the words around it. `say`
 * words the message with a marker where the text goes (bidi.ts does the same in plain strings).
 */
export function withUserText(say: (marker: string) => string, text: string): Child[] {
  const marker = '\u0000';
  const [before = '', ...rest] = say(marker).split(marker);
  return [before, h('bdi', {}, text), rest.join('')];
}
