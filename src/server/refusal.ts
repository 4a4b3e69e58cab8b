/** Refused input: the client gets this sentence back (an `error` message) and nothing changes. */
export class Refusal extends Error {}
