import * as api from './api.js';
import * as article from './article.js';
import * as compare from './compare.js';
import * as coverage from './coverage.js';
import * as facets from './facets.js';
import * as fields from './fields.js';
import * as results from './results.js';
import * as state from './state.js';
import * as timeline from './timeline.js';

const $ = id => document.getElementById(id);
const PAGE = 20;
// The field catalog comes first: the state in the URL is read by its filter names. Controls used before it arrives wait for it.
let current = null;
let rendered = false;
const ready = fields.load().then(() => { current = state.read(); });
// The words are in the box at once: a control used while the catalog loads keeps them.
$('q').value = new URLSearchParams(location.search).get('q') ?? '';
let cursor = null;
let generation = 0;
// Set when "N copies" opened the article: focus goes to its copies rather than its title.
let focusCopies = false;

// A change to the search (new words, a filter, dates, sort) starts again at page one with no article open.
function navigate(change) {
  go(state.withChange(current, change));
}

function go(next, { replace = false, fromResults = false } = {}) {
  const url = `?${state.write(next)}`;
  if (replace) history.replaceState(null, '', url); else history.pushState({ fromResults }, '', url);
  render(next);
}

// Opening an article from the results remembers that Back should return to them.
function openArticle(id, toCopies = false) {
  focusCopies = toCopies;
  go({ ...current, article: id }, { fromResults: !current.article });
}

function pageParams(s, withFacets) {
  const params = state.selection(s);
  params.set('sort', s.sort);
  params.set('limit', String(PAGE));
  params.set('facets', withFacets ? [...fields.FILTERS, 'year'].join(',') : '');
  if (s.collapse) params.set('collapse', 'copies');
  if (!withFacets) params.set('highlight', 'true');
  return params;
}

async function render(s) {
  current = s;
  const mine = ++generation;
  // The first render leaves alone what was typed while the page was starting, unless the address names a query.
  if (rendered || s.q) $('q').value = s.q;
  rendered = true;
  $('sort').value = s.sort;
  $('collapse').checked = s.collapse;
  $('transliterate').checked = s.transliterate;
  $('from').value = s.from;
  $('to').value = s.to;
  const showingArticle = Boolean(s.article);
  $('article-view').hidden = !showingArticle;
  $('results-view').hidden = showingArticle;
  $('sidebar').hidden = showingArticle;
  $('filters-toggle').hidden = showingArticle;
  if (showingArticle) {
    await article.show(s.article, s.q, openArticle);
    if (mine === generation) $(focusCopies ? 'copies-heading' : 'article-title').focus?.();
    focusCopies = false;
    return;
  }
  await renderResults(s, mine);
}

async function renderResults(s, mine) {
  const main = $('main');
  main.setAttribute('aria-busy', 'true');
  $('status').textContent = 'Searching…';
  $('message').replaceChildren();
  const [first, pivot] = await Promise.all([api.search(pageParams(s, true)), api.pivot(pivotParams(s))]);
  if (mine !== generation) return;
  main.removeAttribute('aria-busy');
  $('sidebar').querySelector('section[aria-labelledby=timeline-heading]').hidden = !first.data;
  if (!first.data) {
    $('results').replaceChildren();
    $('more').hidden = true;
    $('compare').hidden = true;
    if (first.unreachable) {
      $('status').textContent = '';
      results.failure($('message'), 'The search service cannot be reached. Check that it is running, then try again.', () => render(current));
    } else if (first.needsKey) {
      // The key form above says what to do.
      $('status').textContent = '';
      $('message').replaceChildren();
    } else {
      $('status').textContent = '';
      results.syntaxError($('message'), s.q, first.problem ?? {});
    }
    results.chips($('chips'), s, null, navigate);
    return;
  }
  const body = first.data;
  results.status($('status'), s, body);
  results.chips($('chips'), s, body.facets, navigate);
  facets.render($('facets'), body.facets, s, navigate);
  timeline.render($('histogram'), body.facets, navigate);
  compare.render($('compare'), $('pivot'), pivot.data);
  refreshCoverage(s);
  const items = body.hits.map(h => results.hit(h, openArticle));
  cursor = body.nextCursor;
  // Pages loaded earlier (the URL remembers how many) come back in order.
  for (let page = 2; page <= s.pages && cursor; page++) {
    const params = pageParams(s, false);
    params.set('cursor', cursor);
    const more = await api.search(params);
    if (mine !== generation || !more.data) break;
    items.push(...more.data.hits.map(h => results.hit(h, openArticle)));
    cursor = more.data.nextCursor;
  }
  $('results').replaceChildren(...items);
  if (!body.total) results.noResults($('message'), s);
  $('more').hidden = !cursor;
}

// The comparison and the timeline by outlet load only while open: each is a request of its own.
function refreshCoverage(s) {
  if ($('outlets-compare').open) coverage.compare($('outlets-compare-body'), state.selection(s), navigateTo);
  if ($('by-outlet').open) coverage.timeline($('by-outlet-body'), state.selection(s), $('by-outlet-share').checked);
}

// A term of the comparison narrows the current search to that outlet and that term.
function navigateTo(change) {
  const q = change.q ? (current.q ? `(${current.q}) ${change.q}` : change.q) : current.q;
  navigate({ q, filters: { ...current.filters, ...change.filters } });
}

function pivotParams(s) {
  const params = state.selection(s);
  params.set('rows', 'outlet');
  params.set('columns', 'country');
  params.set('size', '8');
  return params;
}

$('search-form').addEventListener('submit', async event => {
  event.preventDefault();
  // What was typed is read now: the first render, once the catalog arrives, fills the box from the URL.
  const change = { q: $('q').value.trim(), sort: $('sort').value };
  await ready;
  navigate(change);
});
$('sort').addEventListener('change', async () => {
  const change = { sort: $('sort').value, q: $('q').value.trim() };
  await ready;
  navigate(change);
});
for (const id of ['outlets-compare', 'by-outlet']) $(id).addEventListener('toggle', () => { if (current) refreshCoverage(current); });
$('by-outlet-share').addEventListener('change', () => { if (current) refreshCoverage(current); });
for (const id of ['collapse', 'transliterate']) {
  $(id).addEventListener('change', async () => {
    const change = { [id]: $(id).checked, q: $('q').value.trim() };
    await ready;
    navigate(change);
  });
}
for (const id of ['from', 'to']) {
  $(id).addEventListener('change', async () => {
    const change = { [id]: $(id).value };
    await ready;
    navigate(change);
  });
}
$('more').addEventListener('click', async () => {
  if (!cursor) return;
  const params = pageParams(current, false);
  params.set('cursor', cursor);
  $('more').disabled = true;
  const more = await api.search(params);
  $('more').disabled = false;
  if (!more.data) {
    results.failure($('message'), more.unreachable ? 'The search service cannot be reached.' : more.problem?.detail ?? 'More results could not be loaded.');
    return;
  }
  const start = $('results').children.length;
  $('results').append(...more.data.hits.map(h => results.hit(h, openArticle)));
  cursor = more.data.nextCursor;
  $('more').hidden = !cursor;
  current = { ...current, pages: current.pages + 1 };
  history.replaceState(null, '', `?${state.write(current)}`);
  $('results').children[start]?.querySelector('a')?.focus();
});
// At phone width the filters fold away behind a button at the top.
$('filters-toggle').addEventListener('click', () => {
  const open = $('filters-toggle').getAttribute('aria-expanded') !== 'true';
  $('filters-toggle').setAttribute('aria-expanded', String(open));
  $('sidebar').classList.toggle('open', open);
});
$('back').addEventListener('click', () => {
  if (history.state?.fromResults) history.back(); else go({ ...current, article: '' });
});
window.addEventListener('popstate', async () => { await ready; render(state.read()); });

$('article-title').tabIndex = -1;
await ready;
render(current);
