/**
 * Labelled form fields of the instructor's console, with inline error slots
 * (aria-describedby, aria-invalid), and whole numbers read from them with the order forms'
 * own sentences (form.enterNumber, form.wholeNumber, form.between).
 */
import { err, ok, type Result } from '../../engine/index.ts';
import { h, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';

export interface Field<E extends HTMLInputElement | HTMLSelectElement> {
  label: string;
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
    label,
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

/** A whole number from `min` to `max` read from a number field, or the sentence naming the
 * field and what is wrong (also shown in the field's own error slot). */
export function readInt(field: Field<HTMLInputElement>, min: number, max: number): Result<number, string> {
  const raw = field.input.value.trim();
  const n = Number(raw);
  const problem =
    raw === ''
      ? t('form.enterNumber', { label: field.label })
      : !Number.isSafeInteger(n)
        ? t('form.wholeNumber', { label: field.label })
        : n < min || n > max
          ? t('form.between', { label: field.label, min, max })
          : null;
  field.setError(problem);
  return problem === null ? ok(n) : err(problem);
}
