/**
 * zod builds fast parsers with `new Function` unless told not to, and probes for it when a
 * schema is built; a page with a strict Content-Security-Policy (no 'unsafe-eval') refuses
 * that and reports a violation. Veto's schemas run without it everywhere (it costs about two
 * milliseconds a scenario). index.ts imports this first, so it runs before any schema is built
 * (a module's imports are evaluated before its body, and every schema module imports the
 * engine).
 */
import { z } from 'zod';

z.config({ jitless: true });
