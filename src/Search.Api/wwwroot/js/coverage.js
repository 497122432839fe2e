import { el, plural } from './dom.js';
import * as api from './api.js';

// "Compare outlets": what each outlet's matching articles say that the others' do not (distinctive words, phrases,
// people, countries; log-likelihood), side by side; a term searches itself within that outlet.
export async function compare(container, params, navigate) {
  container.replaceChildren(el('p', 'Comparing…', 'meta'));
  const answer = await api.compare(params);
  if (!answer.data) {
    container.replaceChildren(el('p', answer.problem?.detail ?? 'The comparison cannot be shown.', 'meta'));
    return;
  }
  const values = answer.data.values.filter(v => v.articles > 0);
  if (values.length < 2) {
    container.replaceChildren(el('p', 'Fewer than two outlets have matching articles: nothing to compare.', 'meta'));
    return;
  }
  const columns = values.map(v => {
    const column = el('section', null, 'compare-column');
    column.append(el('h3', v.value), el('p', `${plural(v.articles, 'article')}${v.sampled < v.articles ? `, words from ${v.sampled.toLocaleString('en')}` : ''}`, 'meta'));
    for (const [key, label, filter] of [['words', 'Words', null], ['phrases', 'Phrases', null], ['people', 'People', 'person'], ['countries', 'Countries', 'country']]) {
      const terms = v[key];
      if (!terms.length) continue;
      column.append(el('h4', label));
      const list = el('ul', null, 'term-list');
      for (const t of terms) {
        const li = el('li');
        const b = el('button', t.name ?? t.term, 'link');
        b.type = 'button';
        b.title = `${t.count} of this outlet's articles, ${t.otherCount} of the others'; G² ${t.score}`;
        b.addEventListener('click', () => navigate(filter
          ? { filters: { outlet: [v.value], [filter]: [t.term] } }
          : { q: t.term.includes(' ') ? `"${t.term}"` : t.term, filters: { outlet: [v.value] } }));
        li.append(b, el('span', ` ${t.count}/${t.otherCount}`, 'meta'));
        list.append(li);
      }
      column.append(list);
    }
    if (column.children.length === 2) column.append(el('p', 'Nothing stands out.', 'meta'));
    return column;
  });
  const grid = el('div', null, 'compare-grid');
  grid.append(...columns);
  container.replaceChildren(grid);
}

// Attention over time by outlet: one small row of bars per outlet, as counts or as the share of that outlet's output.
export async function timeline(container, params, normalize) {
  params.set('normalize', String(normalize));
  const answer = await api.timeline(params);
  if (!answer.data?.series.length) {
    container.replaceChildren(el('p', answer.data ? 'No dated matches.' : 'The timeline cannot be shown.', 'meta'));
    return;
  }
  const { periods, series } = answer.data;
  const rows = series.map(s => {
    const values = normalize ? s.shares.map(x => x ?? 0) : s.counts;
    const max = Math.max(...values, normalize ? 0.0001 : 1);
    const row = el('div', null, 'multiple');
    row.append(el('span', s.value, 'multiple-name'));
    const bars = el('div', null, 'multiple-bars');
    bars.setAttribute('role', 'img');
    bars.setAttribute('aria-label', `${s.value}: ` + periods.map((p, i) => `${p} ${normalize ? `${Math.round(values[i] * 1000) / 10}%` : values[i]}`).join(', '));
    for (let i = 0; i < periods.length; i++) {
      const bar = el('span');
      bar.style.setProperty('--h', `${Math.round((values[i] / max) * 100)}%`);
      bar.title = normalize ? `${periods[i]}: ${Math.round(values[i] * 1000) / 10}% of ${s.outputs[i]}` : `${periods[i]}: ${values[i]}`;
      bars.append(bar);
    }
    row.append(bars);
    return row;
  });
  container.replaceChildren(...rows, el('p', `${periods[0]} – ${periods[periods.length - 1]}`, 'meta'));
}
