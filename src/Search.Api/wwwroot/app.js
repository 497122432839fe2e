// The search page. Article text from the API is always inserted as text; only the API's highlight fields
// (escaped by the server, with <mark> added) are inserted as HTML.
const form = document.getElementById('search-form');
const qInput = document.getElementById('q');
const sortInput = document.getElementById('sort');
const statusEl = document.getElementById('status');
const resultsEl = document.getElementById('results');
const facetsEl = document.getElementById('facets');
const FILTERS = ['outlet', 'country', 'person', 'cites'];

function stateFromUrl() {
  const p = new URLSearchParams(location.search);
  return { q: p.get('q') ?? '', sort: p.get('sort') ?? 'relevance', filters: Object.fromEntries(FILTERS.map(f => [f, p.getAll(f)])) };
}

function urlFor(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  for (const f of FILTERS) for (const v of state.filters[f]) p.append(f, v);
  return p;
}

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

async function run(state) {
  qInput.value = state.q;
  sortInput.value = state.sort;
  statusEl.textContent = 'Searching…';
  const params = urlFor(state);
  params.set('facets', 'outlet,country,person,cites,year');
  let body;
  try {
    const res = await fetch(`/api/search?${params}`);
    body = await res.json();
    if (!res.ok) { statusEl.textContent = body.detail ?? 'The search failed.'; statusEl.className = 'error'; resultsEl.replaceChildren(); return; }
  } catch {
    statusEl.textContent = 'The search service cannot be reached.'; statusEl.className = 'error'; return;
  }
  statusEl.className = '';
  statusEl.textContent = `${body.total} article${body.total === 1 ? '' : 's'} (${body.processingTimeMs} ms)`;
  resultsEl.replaceChildren(...body.hits.map(renderHit));
  renderFacets(body.facets, state);
}

function renderHit(hit) {
  const li = el('li');
  const h = el('h2');
  if (hit.highlights?.title) h.innerHTML = hit.highlights.title; else h.textContent = hit.title ?? hit.id;
  li.append(h);
  const meta = [hit.outlet, hit.published, hit.authors.join(', '), hit.countries.map(c => c.name).join(', ')].filter(Boolean).join(' · ');
  li.append(el('p', meta, 'meta'));
  for (const passage of hit.highlights?.body ?? []) {
    const p = el('p');
    p.innerHTML = passage;
    li.append(p);
  }
  return li;
}

function renderFacets(facets, state) {
  const sets = [];
  for (const name of FILTERS) {
    const values = facets[name] ?? [];
    if (values.length === 0) continue;
    const fs = el('fieldset');
    fs.append(el('legend', name[0].toUpperCase() + name.slice(1)));
    for (const v of values) {
      const label = el('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = v.selected;
      box.addEventListener('change', () => {
        const next = structuredClone(state);
        next.filters[name] = box.checked ? [...next.filters[name], v.value] : next.filters[name].filter(x => x !== v.value);
        navigate(next);
      });
      label.append(box, document.createTextNode(` ${v.name ?? v.value} (${v.count})`));
      fs.append(label);
    }
    sets.push(fs);
  }
  facetsEl.replaceChildren(...sets);
}

function navigate(state) {
  history.pushState(null, '', `?${urlFor(state)}`);
  run(state);
}

form.addEventListener('submit', e => {
  e.preventDefault();
  navigate({ ...stateFromUrl(), q: qInput.value.trim(), sort: sortInput.value });
});
window.addEventListener('popstate', () => run(stateFromUrl()));
run(stateFromUrl());
