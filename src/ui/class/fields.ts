/** Labelled form fields with inline error slots (aria-describedby, aria-invalid). */
import { err, ok, type Result } from '../../engine/index.ts';
import { h, uid } from '../dom.ts';

export interface Field<E extends HTMLInputElement | HTMLSelectElement> {
  wrap: HTMLElement;
  input: E;
  error: HTMLElement;
  setError(msg: string | null): void;
}

function withError<E extends HTMLInputElement | HTMLSelectElement>(label: string, input: E, hint?: string): Field<E> {
  const id = input.id || uid('f');
  input.id = id;
  const error = h('span', { class: 'field-error', id: `${id}-err` });
  const hintEl = hint === undefined ? null : h('span', { class: 'hint', id: `${id}-hint` }, hint);
  input.setAttribute('aria-describedby', [hintEl ? `${id}-hint` : '', `${id}-err`].filter(Boolean).join(' '));
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), input, hintEl, error);
  return {
    wrap,
    input,
    error,
    setError(msg) {
      error.textContent = msg ?? '';
      if (msg === null) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    },
  };
}

export function selectField(
  label: string,
  options: readonly { value: string; label: string }[],
  hint?: string,
): Field<HTMLSelectElement> {
  const sel = h('select', {});
  for (const o of options) sel.append(h('option', { value: o.value }, o.label));
  return withError(label, sel, hint);
}

export function numberField(
  label: string,
  attrs: { min: number; max?: number; value?: number },
  hint?: string,
): Field<HTMLInputElement> {
  const input = h('input', {
    type: 'number',
    min: attrs.min,
    max: attrs.max,
    step: 1,
    inputmode: 'numeric',
    required: true,
  });
  if (attrs.value !== undefined) input.value = String(attrs.value);
  return withError(label, input, hint);
}

/** A radio group as a fieldset; returns the group and a getter/setter for its value. */
export function radioGroup(
  legend: string,
  name: string,
  options: readonly { value: string; label: string }[],
): {
  el: HTMLFieldSetElement;
  get(): string;
  set(v: string): void;
} {
  const el = h('fieldset', { class: 'radios' }, h('legend', {}, legend));
  const inputs: HTMLInputElement[] = [];
  options.forEach((o, i) => {
    const id = uid(name);
    const input = h('input', { type: 'radio', name, id, value: o.value });
    input.checked = i === 0;
    inputs.push(input);
    el.append(h('label', { for: id, class: 'radio' }, input, ` ${o.label}`));
  });
  return {
    el,
    get: () => inputs.find((x) => x.checked)?.value ?? options[0]?.value ?? '',
    set(v) {
      for (const x of inputs) x.checked = x.value === v;
    },
  };
}

/** Reads a whole number from an input, or an error sentence naming the field. */
export function readInt(input: HTMLInputElement, what: string, min: number, max: number): Result<number, string> {
  const raw = input.value.trim();
  if (raw === '') return err(`Enter ${what}.`);
  const n = Number(raw);
  const What = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  if (!Number.isSafeInteger(n)) return err(`${What} must be a whole number.`);
  if (n < min || n > max) return err(`${What} must be between ${min} and ${max}.`);
  return ok(n);
}
