import { el, html, plural } from './dom.js';
import { FILTERS, HIT_LABELS, LABELS } from './fields.js';

export function hit(h, open) {
  const li = el('li');
  const heading = el('h3');
  const link = el('a');
  link.href = `?article=${encodeURIComponent(h.id)}`;
  if (h.highlights?.title) link.innerHTML = h.highlights.title; else link.textContent = h.title ?? h.id;
  link.addEventListener('click', event => { event.preventDefault(); open(h.id); });
  heading.append(link);
  li.append(heading);
  const labels = HIT_LABELS.filter(name => typeof h[name] === 'string').map(name => `${LABELS[name]}: ${h[name]}`);
  const meta = [h.outlet, h.site && h.site !== h.outlet ? `via ${h.site}` : null, h.published, h.authors.join(', '), ...labels].filter(Boolean).join(' · ');
  li.append(el('p', meta || 'Outlet and date unknown', 'meta'));
  if (h.copies > 0) li.append(copiesLine(h, open));
  if (h.countries.length) {
    const chips = el('ul', null, 'country-chips');
    chips.setAttribute('aria-label', 'Countries mentioned');
    for (const c of h.countries.slice(0, 8)) chips.append(el('li', c.name ?? c.code));
    li.append(chips);
  }
  for (const passage of h.highlights?.body ?? []) li.append(html('p', passage, 'passage'));
  return li;
}

// "3 copies" opens the story's copies in the article view; a copy also names its original, a collapsed hit the other outlets.
function copiesLine(h, open) {
  const p = el('p', null, 'copies');
  const b = el('button', plural(h.copies, 'copy', 'copies'), 'link');
  b.type = 'button';
  b.setAttribute('aria-label', `${plural(h.copies, 'copy', 'copies')} of this story elsewhere: compare them`);
  b.addEventListener('click', () => open(h.id, true));
  p.append(b);
  if (h.original) p.append(el('span', ` · a copy of ${[h.original.outlet, h.original.published].filter(Boolean).join(', ')}`));
  if (h.copyOutlets?.length) p.append(el('span', ` · also in ${h.copyOutlets.slice(0, 6).join(', ')}${h.copyOutlets.length > 6 ? '…' : ''}`));
  return p;
}

export function chips(container, state, facets, navigate) {
  const buttons = [];
  for (const field of FILTERS) {
    for (const value of state.filters[field]) {
      const name = facets?.[field]?.find(c => c.value === value)?.name ?? value;
      const b = el('button', `${LABELS[field]}: ${name} ✕`);
      b.type = 'button';
      b.setAttribute('aria-label', `Remove filter ${LABELS[field]}: ${name}`);
      b.addEventListener('click', () => navigate({ filters: { ...state.filters, [field]: state.filters[field].filter(v => v !== value) } }));
      buttons.push(b);
    }
  }
  for (const [key, label] of [['from', 'From'], ['to', 'To']]) {
    if (!state[key]) continue;
    const b = el('button', `${label}: ${state[key]} ✕`);
    b.type = 'button';
    b.setAttribute('aria-label', `Remove filter ${label}: ${state[key]}`);
    b.addEventListener('click', () => navigate({ [key]: '' }));
    buttons.push(b);
  }
  if (buttons.length) {
    const clear = el('button', 'Clear all filters', 'clear');
    clear.type = 'button';
    clear.addEventListener('click', () => navigate({ filters: Object.fromEntries(FILTERS.map(f => [f, []])), from: '', to: '' }));
    buttons.push(clear);
  }
  container.replaceChildren(...buttons);
}

export function status(node, state, body) {
  const what = body.stories !== undefined && body.stories !== null
    ? `${plural(body.stories, 'story', 'stories')} (${plural(body.total, 'article')})`
    : plural(body.total, 'article');
  node.textContent = state.q ? `${what} found (${body.processingTimeMs} ms)` : `All ${what} (${body.processingTimeMs} ms). Type words above to search.`;
}

export function noResults(node, state) {
  node.className = 'message';
  const hints = el('ul');
  const anyFilter = Object.values(state.filters).some(v => v.length) || state.from || state.to;
  if (anyFilter) hints.append(el('li', 'Remove a filter: the chips above show the ones in force.'));
  hints.append(el('li', 'Check the spelling, or add ~ for spelling variants (Soleimani~).'));
  hints.append(el('li', 'Use fewer words, or OR between alternatives: all words are required.'));
  node.replaceChildren(el('p', 'No articles match.'), hints);
}

export function syntaxError(node, query, problem) {
  node.className = 'message error';
  const parts = [el('p', `The query cannot be read: ${problem.detail}`)];
  if (problem.parameter === 'q' && Number.isInteger(problem.position) && problem.position > 0) {
    parts.push(el('pre', `${query}\n${' '.repeat(problem.position - 1)}^`));
  }
  node.replaceChildren(...parts);
}

export function failure(node, text, retry) {
  node.className = 'message error';
  const parts = [el('p', text)];
  if (retry) {
    const b = el('button', 'Try again');
    b.type = 'button';
    b.addEventListener('click', retry);
    parts.push(b);
  }
  node.replaceChildren(...parts);
}
