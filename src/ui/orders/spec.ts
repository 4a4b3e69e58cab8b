/**
 * An order form as data: its fields, how it builds an order from what was entered, and how it
 * loads an order back for editing. formKit.ts renders any spec (labels, hints, errors, edit
 * mode); kinds.ts holds one spec per kind of order (levers.ts those of launches, tests,
 * courting and China's levers), so a new kind of order is a few lines there. A form checks only what the browser can know on its own (a whole number in range, a
 * choice made); whether the order can be carried out is the engine's to say, and its verdict
 * shows in the pending list.
 */
import type { ActorId, Order, Result, StateView } from '../../engine/index.ts';
import type { FormKind } from '../../store/index.ts';

/** Who is giving orders, and the state they see: what every spec is built from. */
export interface Ctx {
  me: ActorId;
  state: StateView;
}

export interface Option {
  value: string;
  label: string;
}

export type FieldSpec =
  | { kind: 'select'; name: string; label: string; options: readonly Option[]; value?: string; hint?: string }
  | {
      kind: 'number';
      name: string;
      label: string;
      min: number;
      max: number;
      value?: number;
      hint?: string;
      /** Shown only when this returns true for the form's current values. */
      when?: (v: FormValues) => boolean;
    }
  | { kind: 'choice'; name: string; label: string; options: readonly Option[]; value?: string }
  | { kind: 'checks'; name: string; label: string; options: readonly Option[]; value?: readonly string[] }
  /** A sentence beside the fields; `text` may follow the values (read out when it changes). */
  | { kind: 'note'; name: string; text: string | ((v: FormValues) => string); tone?: 'warn' }
  | { kind: 'list'; name: string; items: readonly string[] };

/** What was entered, read by field name (numbers are already checked against min and max). */
export interface FormValues {
  text(name: string): string;
  int(name: string): number;
  list(name: string): string[];
}

/** A refusal by the form itself: the field to mark (or none) and the sentence to show. */
export interface FormError {
  field: string | null;
  message: string;
}

export interface FormSpec {
  /** Unique among the forms on screen (one vote form per draft: 'vote:R1-1'). */
  key: string;
  kind: FormKind;
  /** The chooser's button ("Ship goods") and the form's legend. */
  label: string;
  /** The submit button ("Add shipment"). */
  submit: string;
  fields: readonly FieldSpec[];
  build(v: FormValues): Result<Order, FormError>;
  /** The values that show `order` for editing, or null when this form does not edit it. */
  load?(order: Order): Record<string, string | readonly string[]> | null;
  /** Why the form cannot be used this turn (then its fields and button are disabled). */
  unavailable?: string;
}
