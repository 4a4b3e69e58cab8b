/**
 * A student's commands: submitting the seat's orders for the open turn (the latest submission
 * counts; every team in, the turn resolves at once when the class advances automatically) and
 * sending a message to another country of the same world or to all of it. Each checks its
 * input against the session and throws `Refusal` with one sentence when it cannot be done.
 */
import type { ClientBody, ServerMessages } from '../classroom/index.ts';
import { isOver } from '../engine/index.ts';
import type { Conn } from './audience.ts';
import { chatOut, mayRead, seatOf } from './audience.ts';
import { Refusal } from './refusal.ts';
import type { RoomApi } from './roomApi.ts';
import { verdictsOf } from './views.ts';

/** Most submissions one seat may make in a turn, most messages in a class. */
const MAX_SUBMISSIONS = 20;
const MAX_CHATS = 5000;

export async function submit(r: RoomApi, c: Conn, body: ClientBody<'submit'>): Promise<void> {
  const seat = seatOf(r.session, c);
  if (seat === null || c.participant === null) throw new Refusal('submit: you have no seat yet');
  const s = r.session;
  const world = s.world(seat.world);
  if (world === undefined) throw new Refusal('submit: your world does not exist');
  if (s.phase !== 'playing')
    throw new Refusal(s.phase === 'ended' ? 'submit: the class has ended' : 'submit: the game has not started yet');
  if (isOver(world.state)) throw new Refusal('submit: your game is over');
  if (r.resolving.get(seat.world)?.turn === body.turn)
    throw new Refusal(`submit: the computer players are finishing turn ${body.turn}; orders for it are closed`);
  if (body.turn !== world.state.turn)
    throw new Refusal(`submit: turn ${body.turn} is not open; the current turn is ${world.state.turn}`);
  const stranger = body.orders.findIndex((o) => o.actor !== seat.actor);
  if (stranger >= 0) throw new Refusal(`submit: order ${stranger + 1} is not for your country`);
  if ((world.submissions.get(seat.actor) ?? 0) >= MAX_SUBMISSIONS)
    throw new Refusal(
      `submit: your seat has changed its orders ${MAX_SUBMISSIONS} times this turn; wait for the turn to end`,
    );
  await r.commit([
    {
      kind: 'submitted',
      world: seat.world,
      turn: body.turn,
      actor: seat.actor,
      by: c.participant,
      orders: body.orders,
    },
  ]);
  const by = s.participants.get(c.participant)?.name ?? '';
  const ack: ServerMessages['submitted'] = {
    world: seat.world,
    turn: body.turn,
    actor: seat.actor,
    by,
    count: body.orders.length,
    verdicts: verdictsOf(world, seat.actor, body.orders),
  };
  for (const x of r.ready()) {
    const xs = seatOf(r.session, x);
    if (xs !== null && xs.world === seat.world && xs.actor === seat.actor) r.tell(x, 'submitted', ack);
  }
  r.sendStatus();
  if (s.settings.autoAdvance && !s.paused && s.allSubmitted(seat.world)) await r.resolveWorld(seat.world, body.turn);
}

export async function chat(r: RoomApi, c: Conn, body: ClientBody<'chat'>): Promise<void> {
  const seat = seatOf(r.session, c);
  if (seat === null || c.participant === null) throw new Refusal('chat: you have no seat yet');
  if (body.to === seat.actor) throw new Refusal('chat: that is your own country');
  if (r.session.chats.length >= MAX_CHATS) throw new Refusal('chat: this class has no room for more messages');
  if (!r.chatLimit.take(c.participant, r.now()))
    throw new Refusal('chat: you are sending messages too fast; wait a few seconds');
  const world = r.session.world(seat.world);
  if (world === undefined) throw new Refusal('chat: your world does not exist');
  await r.commit([
    {
      kind: 'chat',
      world: seat.world,
      turn: world.state.turn,
      from: seat.actor,
      by: c.participant,
      to: body.to,
      text: body.text,
    },
  ]);
  const m = r.session.chats.at(-1);
  if (m === undefined) return;
  for (const x of r.ready()) if (mayRead(r.session, x, m)) r.tell(x, 'chat', chatOut(m));
}
