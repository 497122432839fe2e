// Calls to the search API. Errors come back as { problem } (the API's problem details) or { unreachable: true }.
import { el } from './dom.js';

// A private archive answers 401 to a request without a valid API key: the page asks for one and keeps it for this tab.
const KEY = 'news-search-api-key';
const KEY_PROBLEMS = ['unauthorized', 'invalid_key', 'key_revoked'];

export function authorization() {
  const key = sessionStorage.getItem(KEY);
  return key ? { Authorization: `Bearer ${key}` } : {};
}

// Asks for a key when the answer says one is needed; true when it did.
export function askForKeyIf(status, problem) {
  if (status !== 401 || !KEY_PROBLEMS.includes(problem?.code)) return false;
  if (document.getElementById('key-form')) return true;
  const form = el('form', null, 'key-form');
  form.id = 'key-form';
  form.setAttribute('aria-labelledby', 'key-heading');
  const heading = el('h2', 'This archive is private');
  heading.id = 'key-heading';
  const label = el('label', 'API key');
  label.htmlFor = 'key-input';
  const input = el('input');
  Object.assign(input, { id: 'key-input', type: 'password', autocomplete: 'off', required: true, spellcheck: false });
  const said = problem.code === 'unauthorized' ? 'Enter your API key to search it. The page keeps it until you close this tab.' : problem.detail;
  form.append(heading, el('p', said), label, input, el('button', 'Use this key'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    sessionStorage.setItem(KEY, input.value.trim());
    location.reload();
  });
  const header = document.querySelector('header');
  if (header) header.after(form); else document.body.prepend(form);
  input.focus();
  return true;
}

async function call(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', ...authorization() } });
  } catch {
    return { unreachable: true };
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    return response.ok ? { unreachable: true } : { problem: { detail: `The service answered ${response.status}.` } };
  }
  if (response.ok) return { data: body };
  return { problem: body, needsKey: askForKeyIf(response.status, body) };
}

export const fields = () => call('/api/fields');
export const search = params => call(`/api/search?${params}`);
export const facetValues = (field, params) => call(`/api/facets/${encodeURIComponent(field)}?${params}`);
export const pivot = params => call(`/api/pivot?${params}`);
export const article = (id, q) => call(`/api/articles/${encodeURIComponent(id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`);
export const similar = id => call(`/api/articles/${encodeURIComponent(id)}/similar?limit=5`);
export const copies = id => call(`/api/articles/${encodeURIComponent(id)}/copies`);
export const compare = params => call(`/api/compare?${params}`);
export const timeline = params => call(`/api/timeline?${params}`);
