import { el, html, safeUrl } from './dom.js';
import * as api from './api.js';

const $ = id => document.getElementById(id);

// The article view: full text with every match marked, metadata, the original link (http and https only), the story's
// copies, similar articles.
export async function show(id, query, open) {
  const answer = await api.article(id, query);
  const title = $('article-title');
  if (!answer.data) {
    title.textContent = answer.unreachable ? 'The search service cannot be reached.' : (answer.problem?.detail ?? 'This article cannot be shown.');
    for (const part of ['article-meta', 'article-people', 'article-link', 'article-text', 'article-countries', 'article-cites', 'copies', 'similar']) $(part).replaceChildren();
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

  await showCopies(id, open);
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

// The story's copies: who published first (and by which rule), who copied it, and what each copy adds (<ins>) or
// leaves out (<del>) — the diff's HTML comes escaped from the API.
async function showCopies(id, open) {
  const answer = await api.copies(id);
  const box = $('copies');
  const story = answer.data;
  if (!story?.copies?.length) {
    box.replaceChildren(el('p', answer.data ? 'No copies found.' : 'Copies cannot be shown.', 'meta'));
    return;
  }
  const rule = story.rule === 'named-source' ? 'a copy names it as the source' : 'published first';
  const list = el('ol', null, 'copy-list');
  for (const c of story.copies) {
    const li = el('li');
    const name = el('button', [c.site ?? c.outlet ?? c.id, c.published].filter(Boolean).join(' · '), 'link');
    name.type = 'button';
    name.addEventListener('click', () => open(c.id));
    li.append(name);
    if (c.isOriginal) {
      li.append(el('span', ` — original (${rule})`, 'meta'));
    } else {
      li.append(el('span', ` — ${c.added} paragraphs added, ${c.removed} left out${c.credits ? `; credits ${c.credits}` : ''}${c.id === id ? ' (this article)' : ''}`, 'meta'));
      const details = el('details', null, 'diff');
      details.append(el('summary', 'Differences from the original'), html('div', c.html));
      li.append(details);
    }
    list.append(li);
  }
  box.replaceChildren(list);
}
