/** The class protocol refuses every malformed message with one sentence, and reads good ones exactly. */
import { describe, expect, it } from 'vitest';
import { JoinOptionsSchema, firstIssue, parseClientMessage } from '../../src/classroom/index.ts';

describe('parseClientMessage', () => {
  it.each([
    { name: 'an unknown type', type: 'hack', body: {}, error: 'unknown message type "hack"' },
    { name: 'a type that is not a string', type: 7, body: {}, error: 'unknown message type "7"' },
    { name: 'a prototype key as type', type: '__proto__', body: {}, error: 'unknown message type "__proto__"' },
    { name: 'extra fields', type: 'ready', body: { x: 1 }, error: 'ready: Unrecognized key: "x"' },
    {
      name: 'orders that are not orders',
      type: 'submit',
      body: { turn: 1, orders: [{ kind: 'nuke' }] },
      error:
        "submit: orders.0.kind: Invalid discriminator value. Expected 'ship' | 'proposeDeal' | 'acceptDeal' | 'cancelDeal' | 'setPriorities' | 'draft' | 'vote' | 'monitor' | 'launch' | 'nuclearTest' | 'lobby' | 'holdFuel' | 'customs'",
    },
    {
      name: 'turn zero',
      type: 'submit',
      body: { turn: 0, orders: [] },
      error: 'submit: turn: Too small: expected number to be >=1',
    },
    {
      name: 'too many orders',
      type: 'submit',
      body: { turn: 1, orders: Array.from({ length: 49 }, () => ({ kind: 'launch', actor: 'PRK' })) },
      error: 'submit: orders: Too big: expected array to have <=48 items',
    },
    {
      name: 'an empty message',
      type: 'chat',
      body: { to: 'all', text: '   ' },
      error: 'submit: text: is empty'.replace('submit', 'chat'),
    },
    {
      name: 'a message too long',
      type: 'chat',
      body: { to: 'all', text: 'x'.repeat(501) },
      error: 'chat: text: is longer than 500 characters',
    },
    {
      name: 'a bidi override in a message',
      type: 'chat',
      body: { to: 'all', text: 'hi \u202e olleh' },
      error: 'chat: text: contains invisible or control characters',
    },
    { name: 'a message to nobody', type: 'chat', body: { to: 'USA', text: 'hi' }, error: 'chat: to: Invalid input' },
    {
      name: 'a seat in world 9',
      type: 'assign',
      body: { participant: 'p1', seat: { world: 8, actor: 'PRK' } },
      error: 'assign: seat.world: Too big: expected number to be <=7',
    },
    {
      name: 'a deadline of 5 seconds',
      type: 'settings',
      body: { deadlineSeconds: 5 },
      error: 'settings: deadlineSeconds: Too small: expected number to be >=30',
    },
  ])('refuses $name', ({ type, body, error }) => {
    const r = parseClientMessage(type, body);
    expect(r.ok ? 'accepted' : r.error).toBe(error);
  });

  it.each([
    { type: 'ready', body: undefined, expected: { type: 'ready', body: {} } },
    {
      type: 'chat',
      body: { to: 'PRK', text: '  line one\nline two  ' },
      expected: { type: 'chat', body: { to: 'PRK', text: 'line one\nline two' } },
    },
    {
      type: 'inject',
      body: { world: null, card: 'floods' },
      expected: { type: 'inject', body: { world: null, card: 'floods' } },
    },
    {
      type: 'submit',
      body: { turn: 3, orders: [{ kind: 'setPriorities', actor: 'PRK', munitions: 40, labourAbroad: 10 }] },
      expected: {
        type: 'submit',
        body: { turn: 3, orders: [{ kind: 'setPriorities', actor: 'PRK', munitions: 40, labourAbroad: 10 }] },
      },
    },
  ])('reads a good $type message', ({ type, body, expected }) => {
    expect(parseClientMessage(type, body)).toEqual({ ok: true, value: expected });
  });
});

describe('join options', () => {
  it.each([
    { name: 'a student with a name', o: { role: 'student', name: ' Ana ' }, result: 'ok' },
    {
      name: 'a name with a zero-width space',
      o: { role: 'student', name: 'A\u200bna' },
      result: 'name: contains invisible or control characters',
    },
    {
      name: 'a name of 41 characters',
      o: { role: 'student', name: 'x'.repeat(41) },
      result: 'name: is longer than 40 characters',
    },
    {
      name: 'a token too short',
      o: { role: 'student', name: 'Ana', token: 'abc' },
      result: 'token: is not a valid key',
    },
    {
      name: 'an instructor without a key',
      o: { role: 'instructor' },
      result: 'key: Invalid input: expected string, received undefined',
    },
    {
      name: 'no role',
      o: { name: 'Ana' },
      result: "role: Invalid discriminator value. Expected 'student' | 'instructor'",
    },
  ])('$name: $result', ({ o, result }) => {
    const r = JoinOptionsSchema.safeParse(o);
    expect(r.success ? 'ok' : firstIssue(r.error)).toBe(result);
  });
});
