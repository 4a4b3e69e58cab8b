/**
 * The engine's version, recorded in every save. Contract: bump it whenever a change to the
 * rules can give a different state (and so a different hash) for the same scenario, seed and
 * orders. A save from another version still loads if its replay verifies; when it does not,
 * the message names both versions so the player knows why.
 */
export const ENGINE_VERSION = '0.5.0';
