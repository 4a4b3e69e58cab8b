/**
 * Entry of console.html: the instructor's console. The address carries the server's
 * instructor key in its fragment (`#key=…`, never sent in a request line or a referrer);
 * `&class=CODE` opens that class session directly.
 */
// First: the class pages' messages (see messages.ts).
import './messages.ts';
import '../styles.css';
import './class.css';
import { ClassClient, memoryTokens } from '../../net/index.ts';
import { isCode } from '../../classroom/index.ts';
import { clear, h } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { ConsoleApi } from './consoleApi.ts';
import { consoleHome } from './consoleHome.ts';
import { mountConsoleSession } from './consoleSession.ts';

const root = document.getElementById('app');
if (root === null) throw new Error('console.html has no #app element');
const params = new URLSearchParams(window.location.hash.slice(1));
const key = params.get('key') ?? '';
const origin = window.location.origin;

function refuse(message: string): void {
  if (root === null) return;
  clear(root);
  root.append(
    h(
      'main',
      { class: 'screen' },
      h('h1', {}, t('class.console.home')),
      h('p', { role: 'alert', class: 'form-error' }, message),
    ),
  );
}

async function openClass(code: string): Promise<void> {
  if (root === null) return;
  params.set('class', code);
  window.history.replaceState(null, '', `#${params.toString()}`);
  const client = new ClassClient({
    endpoints: [origin],
    code,
    identity: { role: 'instructor', key },
    tokens: memoryTokens(),
  });
  try {
    await client.connect();
  } catch (e) {
    refuse(
      t('class.console.cannotOpen', {
        code,
        why: e instanceof Error && e.message !== '' ? e.message : t('class.unreachable'),
      }),
    );
    return;
  }
  document.title = t('class.console.pageTitle', { code });
  mountConsoleSession(root, client, new ConsoleApi(origin, key), origin);
}

if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) {
  refuse(t('class.console.noKey'));
} else {
  document.title = t('class.console.homeTitle');
  const api = new ConsoleApi(origin, key);
  const wanted = params.get('class');
  if (wanted !== null && isCode(wanted)) void openClass(wanted);
  else {
    clear(root);
    root.append(consoleHome(api, (code) => void openClass(code)));
    root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }
}
