// Batch search: sends the list to POST /api/batch and fills a table as each query's line arrives (NDJSON).
import { authorization, askForKeyIf } from './api.js';
import { el } from './dom.js';

const $ = id => document.getElementById(id);
let rows = [];
let sort = { key: 'index', descending: false };

const COLUMNS = [
  ['index', '#'],
  ['name', 'Name'],
  ['q', 'Query'],
  ['total', 'Matches'],
  ['counts', 'Counts'],
];

function countsText(counts) {
  return counts ? Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([v, n]) => `${v}: ${n}`).join('; ') : '';
}

function renderHead() {
  $('batch-head').replaceChildren(...COLUMNS.map(([key, label]) => {
    const th = el('th');
    th.scope = 'col';
    const button = el('button', label, 'link');
    button.type = 'button';
    button.addEventListener('click', () => {
      sort = { key, descending: sort.key === key ? !sort.descending : key === 'total' };
      renderBody();
    });
    th.append(button);
    if (sort.key === key) th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
    return th;
  }));
}

function compare(a, b) {
  const x = a[sort.key] ?? -1;
  const y = b[sort.key] ?? -1;
  const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  return sort.descending ? -order : order;
}

function renderBody() {
  renderHead();
  $('batch-body').replaceChildren(...[...rows].sort(compare).map(r => {
    const tr = el('tr');
    const name = el('td');
    if (r.search) {
      const link = el('a', r.name);
      link.href = r.search;
      name.append(link);
    } else {
      name.textContent = r.name;
    }
    const total = el('td', r.error ? `error: ${r.error.detail}` : String(r.total));
    if (r.error) total.className = 'error';
    tr.append(el('td', String(r.index + 1)), name, el('td', r.q), total, el('td', countsText(r.counts)));
    return tr;
  }));
  $('batch-table').hidden = rows.length === 0;
}

// Cells a spreadsheet would run as formulas get an apostrophe, as the service's own CSV does.
function csvCell(value) {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function offerDownload() {
  const lines = [['name', 'q', 'total', 'error', 'counts'].join(',')]
    .concat([...rows].sort(compare).map(r => [r.name, r.q, r.total, r.error?.detail, countsText(r.counts)].map(csvCell).join(',')));
  const link = $('batch-download');
  if (link.href) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv' }));
  link.hidden = false;
}

async function run(event) {
  event.preventDefault();
  const file = $('csv').files[0];
  const breakdown = $('breakdown').value;
  let request;
  let expected;
  if (file) {
    const text = await file.text();
    expected = Math.max(1, text.split('\n').filter(l => l.trim()).length - 1);
    request = { body: text, headers: { 'Content-Type': 'text/csv' }, url: `/api/batch${breakdown ? `?breakdown=${encodeURIComponent(breakdown)}` : ''}` };
  } else {
    const queries = $('queries').value.split('\n').map(l => l.trim()).filter(Boolean).map(q => ({ name: q, q }));
    if (!queries.length) {
      $('batch-message').replaceChildren(el('p', 'Type some queries, one a line, or choose a CSV file.'));
      return;
    }
    expected = queries.length;
    request = { body: JSON.stringify({ queries, breakdown: breakdown || null }), headers: { 'Content-Type': 'application/json' }, url: '/api/batch' };
  }
  rows = [];
  renderBody();
  $('batch-message').replaceChildren();
  $('batch-download').hidden = true;
  const progress = $('batch-progress');
  progress.max = expected;
  progress.value = 0;
  progress.hidden = false;
  $('batch-status').textContent = `Running ${expected} queries…`;
  let response;
  try {
    response = await fetch(request.url, { method: 'POST', body: request.body, headers: { ...request.headers, ...authorization(), Accept: 'application/x-ndjson' } });
  } catch {
    $('batch-message').replaceChildren(el('p', 'The search service cannot be reached.', 'error'));
    progress.hidden = true;
    return;
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    askForKeyIf(response.status, problem);
    $('batch-message').replaceChildren(el('p', `The batch cannot run: ${problem.detail ?? response.status}`, 'error'));
    $('batch-status').textContent = '';
    progress.hidden = true;
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines.filter(l => l.trim())) rows.push(JSON.parse(line));
    progress.value = rows.length;
    $('batch-status').textContent = `${rows.length} of ${expected} queries answered`;
    renderBody();
  }
  $('batch-status').textContent = `${rows.length} queries answered.`;
  offerDownload();
}

$('batch-form').addEventListener('submit', run);
renderBody();
