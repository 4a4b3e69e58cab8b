/**
 * The class's network client (browser and Node): join by code, stay in the seat across drops,
 * reloads and server restarts, deliver each turn's view, send orders, messages and the
 * instructor's commands. No DOM: the pages (src/ui/class) render what it delivers.
 */
export { ClassClient, JoinRefused, memoryTokens } from './classClient.ts';
export type { ClassClientOptions, ClassSnapshot, Connection, Identity, TokenStore, TurnView } from './classClient.ts';
export { checkServerMessage } from './check.ts';
