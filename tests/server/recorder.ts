/**
 * Records every byte each client WebSocket of this process receives. Import it before
 * anything that loads the Colyseus SDK: the SDK picks `globalThis.WebSocket` when it loads,
 * and the server's Node-20 fix (`??=`) keeps this class. Sockets the server accepts are made
 * by `ws`'s server, not by this class, so only what clients receive is recorded.
 */
import { WebSocket } from 'ws';

/** Frames received, by the session id in the socket's address (`?sessionId=`). */
export const received = new Map<string, Buffer[]>();
/** The latest socket of each session (to cut a client's connection in a test). */
export const sockets = new Map<string, WebSocket>();

function sessionOf(url: string): string {
  try {
    return new URL(url).searchParams.get('sessionId') ?? url;
  } catch {
    return url;
  }
}

export class RecordingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    const key = sessionOf(String(args[0]));
    sockets.set(key, this);
    this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      let list = received.get(key);
      if (list === undefined) {
        list = [];
        received.set(key, list);
      }
      list.push(buf);
    });
  }
}

(globalThis as { WebSocket?: unknown }).WebSocket = RecordingWebSocket;
