/**
 * Renders an order form from its spec (spec.ts): labelled fields with hints and inline errors
 * (aria-describedby, aria-invalid), an error summary, and edit mode (the submit button saves
 * over the order being edited; Cancel leaves edit mode). Every order passes the engine's wire
 * schema before it reaches the pending list; after a submit the form clears.
 */
import type { Order } from '../../engine/index.ts';
import { OrderSchema } from '../../engine/index.ts';
import { h, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { FieldSpec, FormSpec, FormValues } from './spec.ts';

export interface OrderForm {
  spec: FormSpec;
  el: HTMLFormElement;
  /** Load an order for editing (the submit button then saves over pending order `index`). */
  edit(order: Order, index: number): void;
  focusFirst(): void;
  /** The map's route-picking intent: preselect this route where the form has one. */
  selectRoute(id: string): void;
}

export type Submit = (order: Order, editing: number | null) => void;

interface Control {
  spec: FieldSpec;
  wrap: HTMLElement;
  focusable(): HTMLElement | null;
  read(): string | string[];
  write(v: string | readonly string[]): void;
  reset(): void;
  setError(message: string | null): void;
  refresh(v: FormValues): void;
}

function fieldWrap(label: string, input: HTMLInputElement | HTMLSelectElement, hint: string | undefined) {
  const id = uid('f');
  input.id = id;
  const error = h('span', { class: 'field-error', id: `${id}-err` });
  const hintEl = hint === undefined ? null : h('span', { class: 'hint', id: `${id}-hint` }, hint);
  input.setAttribute('aria-describedby', [hintEl === null ? '' : `${id}-hint`, `${id}-err`].join(' ').trim());
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), input, hintEl, error);
  const setError = (message: string | null): void => {
    error.textContent = message ?? '';
    if (message === null) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  };
  return { wrap, setError };
}

function control(f: FieldSpec): Control {
  const none = (): void => undefined;
  switch (f.kind) {
    case 'select': {
      const input = h('select', {}, ...f.options.map((o) => h('option', { value: o.value }, o.label)));
      const reset = (): void => {
        input.value = f.value ?? f.options[0]?.value ?? '';
      };
      reset();
      const { wrap, setError } = fieldWrap(f.label, input, f.hint);
      return {
        spec: f,
        wrap,
        focusable: () => input,
        read: () => input.value,
        write: (v) => {
          input.value = String(v);
        },
        reset,
        setError,
        refresh: none,
      };
    }
    case 'number': {
      const input = h('input', { type: 'number', min: f.min, max: f.max, step: 1, inputmode: 'numeric' });
      const reset = (): void => {
        input.value = f.value === undefined ? '' : String(f.value);
      };
      reset();
      const { wrap, setError } = fieldWrap(f.label, input, f.hint);
      return {
        spec: f,
        wrap,
        focusable: () => input,
        read: () => input.value.trim(),
        write: (v) => {
          input.value = String(v);
        },
        reset,
        setError,
        refresh: (v) => {
          wrap.hidden = f.when !== undefined && !f.when(v);
        },
      };
    }
    case 'choice':
    case 'checks': {
      const type = f.kind === 'choice' ? 'radio' : 'checkbox';
      const name = uid(f.name);
      const inputs = f.options.map((o) => h('input', { type, name, value: o.value }));
      const wrap = h(
        'fieldset',
        { class: 'radios' },
        h('legend', {}, f.label),
        ...f.options.map((o, i) => {
          const input = inputs[i] as HTMLInputElement;
          input.id = uid(`${f.name}-${o.value}`);
          return h('label', { for: input.id, class: 'radio' }, input, ` ${o.label}`);
        }),
      );
      const write = (v: string | readonly string[]): void => {
        for (const x of inputs) x.checked = typeof v === 'string' ? x.value === v : v.includes(x.value);
      };
      const reset = (): void => write(f.kind === 'choice' ? (f.value ?? f.options[0]?.value ?? '') : (f.value ?? []));
      reset();
      const error = h('p', { class: 'field-error' });
      wrap.append(error);
      return {
        spec: f,
        wrap,
        focusable: () => inputs.find((x) => x.checked) ?? inputs[0] ?? null,
        read: () =>
          f.kind === 'choice'
            ? (inputs.find((x) => x.checked)?.value ?? '')
            : inputs.filter((x) => x.checked).map((x) => x.value),
        write,
        reset,
        setError: (m) => {
          error.textContent = m ?? '';
        },
        refresh: none,
      };
    }
    case 'note':
    case 'list': {
      const wrap =
        f.kind === 'list'
          ? h('ul', { class: 'effects' }, ...f.items.map((x) => h('li', {}, x)))
          : h(
              'p',
              {
                class: f.tone === 'warn' ? 'hint warn' : 'hint',
                'aria-live': typeof f.text === 'function' ? 'polite' : null,
              },
              typeof f.text === 'string' ? f.text : '',
            );
      return {
        spec: f,
        wrap,
        focusable: () => null,
        read: () => '',
        write: none,
        reset: none,
        setError: none,
        refresh: (v) => {
          if (f.kind === 'note' && typeof f.text === 'function') wrap.textContent = f.text(v);
        },
      };
    }
  }
}

export function renderForm(spec: FormSpec, submit: Submit): OrderForm {
  const controls = spec.fields.map(control);
  const byName = (name: string): Control | undefined => controls.find((c) => c.spec.name === name);
  const values: FormValues = {
    text: (name) => String(byName(name)?.read() ?? ''),
    int: (name) => Number(byName(name)?.read() ?? 0),
    list: (name) => {
      const v = byName(name)?.read();
      return Array.isArray(v) ? v : [];
    },
  };
  const summary = h('p', { class: 'form-error', role: 'alert' });
  const submitButton = h('button', { type: 'submit', class: 'primary' }, spec.submit);
  const cancel = h('button', { type: 'button', hidden: true }, t('form.cancelEdit'));
  const legend = h('legend', {}, spec.label);
  const fieldset = h(
    'fieldset',
    { disabled: spec.unavailable !== undefined },
    legend,
    spec.unavailable === undefined ? null : h('p', { class: 'hint warn' }, spec.unavailable),
    ...controls.map((c) => c.wrap),
    summary,
    h('div', { class: 'actions' }, submitButton, cancel),
  );
  const el = h('form', { class: 'order-form', novalidate: true, 'data-form': spec.key }, fieldset);
  let editing: number | null = null;
  const refresh = (): void => {
    for (const c of controls) c.refresh(values);
  };
  const setEditing = (i: number | null): void => {
    editing = i;
    submitButton.textContent = i === null ? spec.submit : t('form.save', { n: i + 1 });
    legend.textContent = i === null ? spec.label : t('form.editing', { label: spec.label, n: i + 1 });
    cancel.hidden = i === null;
  };
  const clearErrors = (): void => {
    for (const c of controls) c.setError(null);
    summary.textContent = '';
  };
  const reset = (): void => {
    for (const c of controls) c.reset();
    clearErrors();
    setEditing(null);
    refresh();
  };
  el.addEventListener('input', refresh);
  el.addEventListener('change', refresh);
  el.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearErrors();
    for (const c of controls) {
      const f = c.spec;
      if (f.kind !== 'number' || c.wrap.hidden) continue;
      const raw = String(c.read());
      const n = Number(raw);
      const bad =
        raw === ''
          ? t('form.enterNumber', { label: f.label })
          : !Number.isSafeInteger(n)
            ? t('form.wholeNumber', { label: f.label })
            : n < f.min || n > f.max
              ? t('form.between', { label: f.label, min: f.min, max: f.max })
              : null;
      if (bad !== null) {
        c.setError(bad);
        (c.focusable() as HTMLElement | null)?.focus();
        return;
      }
    }
    const r = spec.build(values);
    if (!r.ok) {
      const c = r.error.field === null ? undefined : byName(r.error.field);
      if (c === undefined) summary.textContent = r.error.message;
      else {
        c.setError(r.error.message);
        c.focusable()?.focus();
      }
      return;
    }
    if (!OrderSchema.safeParse(r.value).success) {
      summary.textContent = t('form.malformed');
      return;
    }
    const at = editing;
    reset();
    submit(r.value, at);
  });
  cancel.addEventListener('click', reset);
  refresh();
  return {
    spec,
    el,
    edit(order, index) {
      const v = spec.load?.(order);
      if (v === null || v === undefined) return;
      reset();
      for (const [name, value] of Object.entries(v)) byName(name)?.write(value);
      setEditing(index);
      refresh();
    },
    focusFirst() {
      controls
        .find((c) => c.focusable() !== null && !c.wrap.hidden)
        ?.focusable()
        ?.focus();
    },
    selectRoute(id) {
      const route = byName('route');
      if (route?.spec.kind === 'select' && route.spec.options.some((o) => o.value === id)) route.write(id);
      const routes = byName('routes');
      if (routes?.spec.kind === 'checks' && routes.spec.options.some((o) => o.value === id))
        routes.write([...new Set([...values.list('routes'), id])]);
      refresh();
    },
  };
}
