/**
 * The students' join page: a class code and a display name, no account, no e-mail. The seat
 * token the server gives is kept in this browser (localStorage), with the last class joined,
 * so a reload, a lost connection or a server restart puts the student back into the same seat
 * without typing anything.
 */
import { CODE_LENGTH, MAX_NAME_CHARS, NameSchema, formatCode, normalizeCode } from '../../classroom/index.ts';
import type { TokenStore } from '../../net/index.ts';
import { ClassClient } from '../../net/index.ts';
import { clear, h, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { mountStudentScreen } from './studentScreen.ts';

const LAST = 'veto-class-last';
const TOKEN = 'veto-class-token:';

/** Seat tokens in localStorage (nothing is kept when the browser refuses storage). */
export function browserTokens(storage: Storage | null): TokenStore {
  return {
    get(code) {
      try {
        return storage?.getItem(TOKEN + code) ?? null;
      } catch {
        return null;
      }
    },
    set(code, token) {
      try {
        storage?.setItem(TOKEN + code, token);
      } catch {
        // Private browsing without storage: the seat still works until the page is closed.
      }
    },
  };
}

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

function lastJoin(storage: Storage | null): { code: string; name: string } | null {
  try {
    const v: unknown = JSON.parse(storage?.getItem(LAST) ?? 'null');
    if (typeof v === 'object' && v !== null && 'code' in v && 'name' in v) {
      const { code, name } = v as { code: unknown; name: unknown };
      if (typeof code === 'string' && typeof name === 'string') return { code, name };
    }
  } catch {
    // A broken entry is as good as none.
  }
  return null;
}

/** Why a typed code is not a class code (normalizeCode's two cases, in the catalogue's words). */
function codeProblem(typed: string): string {
  return typed.replace(/[\s-]/g, '').length === CODE_LENGTH
    ? t('class.join.codeBad')
    : t('class.join.codeLength', { n: CODE_LENGTH });
}

/** Why a typed name is refused (NameSchema: empty, too long, or invisible characters). */
function nameProblem(issue: string | undefined): string {
  switch (issue) {
    case 'too_small':
      return t('class.join.nameEmpty');
    case 'too_big':
      return t('class.join.nameLong', { n: MAX_NAME_CHARS });
    default:
      return t('class.join.nameHidden');
  }
}

export function mountJoinPage(root: HTMLElement, win: Window): void {
  const storage = storageOf(win);
  const tokens = browserTokens(storage);
  const codeId = uid('code');
  const nameId = uid('name');
  const fromLink = /(?:^#|&)code=([A-Za-z0-9-]{1,12})/.exec(win.location.hash)?.[1] ?? '';
  const code = h('input', {
    id: codeId,
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    'aria-describedby': `${codeId}-hint`,
  });
  const fromLinkCode = normalizeCode(fromLink);
  code.value = fromLinkCode.ok ? formatCode(fromLinkCode.value) : fromLink;
  const name = h('input', {
    id: nameId,
    name: 'name',
    autocomplete: 'nickname',
    maxlength: 40,
    'aria-describedby': `${nameId}-hint`,
  });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const join = h('button', { type: 'submit', class: 'primary' }, t('class.join.button'));
  const form = h(
    'form',
    { class: 'join-form', novalidate: true },
    h(
      'div',
      { class: 'field' },
      h('label', { for: codeId }, t('class.join.code')),
      code,
      h('span', { class: 'hint', id: `${codeId}-hint` }, t('class.join.codeHint', { n: CODE_LENGTH })),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: nameId }, t('class.join.name')),
      name,
      h('span', { class: 'hint', id: `${nameId}-hint` }, t('class.join.nameHint')),
    ),
    error,
    join,
  );
  const main = h(
    'main',
    { class: 'screen join-page' },
    h('h1', {}, t('class.join.title')),
    h('p', { class: 'lead' }, t('class.join.lead')),
    form,
  );
  clear(root);
  root.append(main);
  win.document.title = t('class.join.pageTitle');

  const enter = async (c: string, n: string): Promise<void> => {
    join.disabled = true;
    error.textContent = '';
    const client = new ClassClient({
      endpoints: [win.location.origin],
      code: c,
      identity: { role: 'student', name: n },
      tokens,
    });
    try {
      await client.connect();
    } catch (e) {
      join.disabled = false;
      // The server's own sentence (no class has this code, the class is full…) or the network's.
      error.textContent = e instanceof Error && e.message !== '' ? e.message : t('class.unreachable');
      return;
    }
    try {
      storage?.setItem(LAST, JSON.stringify({ code: c, name: n }));
    } catch {
      // See browserTokens.
    }
    win.document.title = t('class.pageTitle', { code: formatCode(c) });
    mountStudentScreen(root, client);
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const c = normalizeCode(code.value);
    if (!c.ok) {
      error.textContent = codeProblem(code.value);
      code.focus();
      return;
    }
    const n = NameSchema.safeParse(name.value);
    if (!n.success) {
      error.textContent = nameProblem(n.error.issues[0]?.code);
      name.focus();
      return;
    }
    void enter(c.value, n.data);
  });

  // Back into the same seat after a reload: the last class joined, if this browser holds its token.
  const last = lastJoin(storage);
  if (last !== null && tokens.get(last.code) !== null && (!fromLinkCode.ok || fromLinkCode.value === last.code)) {
    code.value = formatCode(last.code);
    name.value = last.name;
    void enter(last.code, last.name);
  } else (fromLink === '' ? code : name).focus();
}
