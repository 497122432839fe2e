// The whole view lives in the URL: query, filters, dates, sort, collapsed copies, names across scripts (on unless
// turned off), pages loaded and the open article.
import { FILTERS } from './fields.js';

export function read(search = location.search) {
  const p = new URLSearchParams(search);
  return {
    q: p.get('q') ?? '',
    sort: p.get('sort') ?? 'relevance',
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    pages: Math.max(1, Math.min(50, Number.parseInt(p.get('pages') ?? '1', 10) || 1)),
    article: p.get('article') ?? '',
    collapse: p.get('collapse') === 'copies',
    transliterate: p.get('transliterate') !== 'false',
    filters: Object.fromEntries(FILTERS.map(f => [f, p.getAll(f)])),
  };
}

export function write(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
  for (const f of FILTERS) for (const v of state.filters[f] ?? []) p.append(f, v);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.collapse) p.set('collapse', 'copies');
  if (state.transliterate === false) p.set('transliterate', 'false');
  if (state.pages > 1) p.set('pages', String(state.pages));
  if (state.article) p.set('article', state.article);
  return p;
}

// The API parameters that select matches (no paging, no open article, no collapsing).
export function selection(state) {
  const p = write({ ...state, pages: 1, article: '' });
  p.delete('sort');
  p.delete('collapse');
  return p;
}

export function withChange(state, change) {
  return { ...structuredClone(state), pages: 1, article: '', ...change };
}
