import { el, html, safeUrl } from './dom.js';
import * as api from './api.js';

const $ = id => document.getElementById(id);

// The article view: full text with every match marked, metadata, the original link (http and https only), similar articles.
export async function show(id, query, open) {
  const answer = await api.article(id, query);
  const title = $('article-title');
  if (!answer.data) {
    title.textContent = answer.unreachable ? 'The search service cannot be reached.' : (answer.problem?.detail ?? 'This article cannot be shown.');
    for (const part of ['article-meta', 'article-people', 'article-link', 'article-text', 'article-countries', 'article-cites', 'similar']) $(part).replaceChildren();
    return;
  }
  const a = answer.data;
  if (a.highlights?.title) title.innerHTML = a.highlights.title; else title.textContent = a.title ?? a.id;
  $('article-meta').textContent = [a.outlet, a.site && a.site !== a.outlet ? `via ${a.site}` : null, a.published ?? 'date unknown',
    a.authors.length ? `by ${a.authors.join(', ')}` : null].filter(Boolean).join(' · ');
  const list = (id, items) => $(id).replaceChildren(...(items.length ? items : [el('li', 'None found.', 'meta')]));
  list('article-people', a.people.map(p => el('li', `${p.name} (${p.mentions})`)));
  list('article-countries', a.countries.map(c => el('li', `${c.name} (${c.mentions})`)));
  list('article-cites', a.cites.map(c => el('li', c)));
  const link = $('article-link');
  const url = safeUrl(a.url);
  if (url) {
    const anchor = el('a', 'Read the original');
    anchor.href = url;
    anchor.rel = 'noopener noreferrer';
    link.replaceChildren(anchor);
  } else {
    link.replaceChildren(a.url ? el('span', `Original address: ${a.url}`, 'meta') : el('span', `Source file: ${a.source ?? a.id}`, 'meta'));
  }
  const text = $('article-text');
  if (a.highlights?.text) text.replaceChildren(html('div', a.highlights.text)); else text.textContent = a.text;

  const similar = await api.similar(id);
  $('similar').replaceChildren(...(similar.data ?? []).map(s => {
    const li = el('li');
    const b = el('button', s.title ?? s.id, 'link');
    b.type = 'button';
    b.addEventListener('click', () => open(s.id));
    li.append(b, el('span', ` ${[s.outlet, s.published].filter(Boolean).join(' · ')}`, 'meta'));
    return li;
  }));
  if (!similar.data?.length) $('similar').replaceChildren(el('li', 'None found.', 'meta'));
}
