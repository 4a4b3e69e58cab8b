/**
 * Colyseus 0.18 declares Node >= 22 and reads the global `WebSocket` when a client reconnects
 * (`client.readyState !== WebSocket.OPEN` in Room._onJoin). Node 20 has no global WebSocket,
 * so every reconnection would fail with "WebSocket is not defined". This gives Node 20 the `ws`
 * package's class under that name before any room runs; on Node 22 it changes nothing.
 */
import { WebSocket } from 'ws';

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
