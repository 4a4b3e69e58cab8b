/**
 * A first check of what the server sends, before the page stores it: the right kind of value
 * in the fields the page reads to route and render a message. A message that fails is dropped
 * with one sentence for the page to show; nothing half-read is kept. (The views themselves
 * come from the engine on the server; their inner fields are the engine's types.)
 */
import type { ServerMessageType } from '../classroom/index.ts';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown): boolean => typeof v === 'string';
const nullable = (f: (v: unknown) => boolean) => (v: unknown) => v === null || f(v);

function fields(v: unknown, spec: Record<string, (x: unknown) => boolean>): string | null {
  if (!isObj(v)) return 'not an object';
  for (const [k, f] of Object.entries(spec)) if (!f(v[k])) return `field "${k}"`;
  return null;
}

const worldStatus = (v: unknown): boolean =>
  fields(v, {
    world: num,
    turn: num,
    turns: num,
    humans: Array.isArray,
    submitted: Array.isArray,
    thinking: Array.isArray,
  }) === null;

const view = (v: unknown): boolean =>
  fields(v, { world: num, hash: str, state: isObj, report: nullable(isObj) }) === null &&
  isObj(v) &&
  isObj(v.state) &&
  num(v.state.turn);

/** Null when `body` looks like a `type` message, else what is wrong. */
export function checkServerMessage(type: ServerMessageType, body: unknown): string | null {
  switch (type) {
    case 'welcome':
      return fields(body, {
        role: str,
        code: str,
        title: str,
        worldCount: num,
        scenario: isObj,
        you: nullable(isObj),
        seat: nullable(isObj),
      });
    case 'status':
      return (
        fields(body, { phase: str, paused: (x) => typeof x === 'boolean', worlds: Array.isArray }) ??
        (isObj(body) && Array.isArray(body.worlds) && body.worlds.every(worldStatus) ? null : 'field "worlds"')
      );
    case 'rules':
      return fields(body, { world: num, rules: isObj });
    case 'view':
      return view(body) ? null : 'not a view';
    case 'views':
      return (
        fields(body, { world: num, views: Array.isArray }) ??
        (isObj(body) && Array.isArray(body.views) && body.views.every(view) ? null : 'field "views"')
      );
    case 'submitted':
      return fields(body, { world: num, turn: num, actor: str, count: num, verdicts: Array.isArray });
    case 'chat':
      return fields(body, { world: num, turn: num, from: str, fromName: str, to: str, text: str });
    case 'inject':
      return fields(body, { world: nullable(num), turn: num, title: str, text: str });
    case 'roster':
      return Array.isArray(body) &&
        body.every((x) => fields(x, { id: str, name: str, online: (b) => typeof b === 'boolean' }) === null)
        ? null
        : 'not a list of students';
    case 'debrief':
      return fields(body, { title: str, worlds: Array.isArray, actors: Array.isArray, questions: Array.isArray });
    case 'error':
      return fields(body, { about: str, message: str });
  }
}
