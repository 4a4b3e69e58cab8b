/**
 * Browser entry. Until the map and panels land (issue 4) it shows the shipped scenario's
 * opening state, resolved by the same engine the command line uses, with its fingerprint.
 */
import { hashState, fingerprint, INDICATORS, INDICATOR_LABEL } from './engine/index.ts';
import { initialState, loadScenarioText } from './scenario/index.ts';
import scenarioText from '../scenarios/summit-2023.json?raw';

function render(root: HTMLElement): void {
  const h1 = document.createElement('h1');
  h1.textContent = 'Veto';
  root.append(h1);
  const r = loadScenarioText(scenarioText);
  if (!r.ok) {
    const p = document.createElement('p');
    p.textContent = `The shipped scenario is invalid: ${r.problems.map((x) => `${x.path}: ${x.message}`).join('; ')}`;
    root.append(p);
    return;
  }
  const s = initialState(r.value);
  const title = document.createElement('h2');
  title.textContent = r.value.title;
  const summary = document.createElement('p');
  summary.textContent = r.value.summary;
  const list = document.createElement('ul');
  for (const i of INDICATORS) {
    const li = document.createElement('li');
    li.textContent = `${INDICATOR_LABEL[i]}: ${s.indicators[i]}`;
    list.append(li);
  }
  const hash = hashState(s);
  const status = document.createElement('p');
  status.id = 'status';
  status.dataset.stateHash = hash;
  status.textContent = `State fingerprint ${fingerprint(hash)}`;
  root.append(title, summary, list, status);
}

render(document.getElementById('app')!);
