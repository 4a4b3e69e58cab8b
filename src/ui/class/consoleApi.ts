/**
 * The instructor console's HTTP calls (the class server's /api, with the instructor key as a
 * bearer token). Every answer is checked before use; a failure is one sentence to show.
 */
import type { Result } from '../../engine/index.ts';
import { err, ok } from '../../engine/index.ts';
import type { BotLevel } from '../../classroom/index.ts';
import { t } from '../i18n/index.ts';

export interface ScenarioEntry {
  id: string;
  title: string;
  summary: string;
  turns: number;
}

export interface ClassEntry {
  code: string;
  title: string;
  worlds: number;
  ended: boolean;
  createdAt: string;
}

export interface NewClass {
  scenario: { id: string } | { text: string };
  worlds: number;
  sameDice: boolean;
  botLevel: BotLevel;
  deadlineSeconds: number | null;
  autoAdvance: boolean;
}

export class ConsoleApi {
  constructor(
    private readonly origin: string,
    private readonly key: string,
    private readonly fetchFn: typeof fetch = (...a) => fetch(...a),
  ) {}

  private async call(path: string, init: { method?: string; body?: unknown } = {}): Promise<Result<Response, string>> {
    let res: Response;
    try {
      res = await this.fetchFn(`${this.origin}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${this.key}`,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    } catch {
      return err(t('class.unreachable'));
    }
    if (res.ok) return ok(res);
    // The server's own sentence when it gives one (src/server/http.ts), else the status.
    let message = t('class.api.status', { status: String(res.status) });
    try {
      const body: unknown = await res.json();
      if (typeof body === 'object' && body !== null) {
        const b = body as { error?: unknown; problems?: unknown };
        if (typeof b.error === 'string') message = b.error;
        if (Array.isArray(b.problems)) message += ` ${b.problems.filter((p) => typeof p === 'string').join(' ')}`;
      }
    } catch {
      // Not JSON: the status says enough.
    }
    return err(message);
  }

  private async json<T>(
    path: string,
    check: (v: unknown) => v is T,
    init?: { method?: string; body?: unknown },
  ): Promise<Result<T, string>> {
    const r = await this.call(path, init);
    if (!r.ok) return r;
    try {
      const v: unknown = await r.value.json();
      return check(v) ? ok(v) : err(t('class.api.unreadable'));
    } catch {
      return err(t('class.api.unreadable'));
    }
  }

  scenarios(): Promise<Result<ScenarioEntry[], string>> {
    return this.json(
      '/api/scenarios',
      (v): v is ScenarioEntry[] =>
        Array.isArray(v) && v.every((x) => typeof x?.id === 'string' && typeof x?.title === 'string'),
    );
  }

  classes(): Promise<Result<ClassEntry[], string>> {
    return this.json(
      '/api/classes',
      (v): v is ClassEntry[] =>
        Array.isArray(v) && v.every((x) => typeof x?.code === 'string' && typeof x?.title === 'string'),
    );
  }

  create(c: NewClass): Promise<Result<{ code: string }, string>> {
    return this.json(
      '/api/classes',
      (v): v is { code: string } => typeof (v as { code?: unknown })?.code === 'string',
      {
        method: 'POST',
        body: c,
      },
    );
  }

  /** An export's text (a save file or the scores CSV). */
  async text(path: string): Promise<Result<string, string>> {
    const r = await this.call(path);
    if (!r.ok) return r;
    return ok(await r.value.text());
  }
}
