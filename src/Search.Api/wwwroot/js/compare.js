import { el } from './dom.js';

// The outlet × country table of the current matches.
export function render(section, table, pivot) {
  if (!pivot || !pivot.rowValues.length || !pivot.columnValues.length) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  const caption = el('caption', 'Articles per outlet mentioning each country');
  const head = el('tr');
  head.append(el('th', 'Outlet'));
  for (const c of pivot.columnValues) {
    // Countries by name, the code as a tooltip.
    const th = el('th', c.name ?? c.value);
    th.scope = 'col';
    if (c.name) th.title = c.value;
    head.append(th);
  }
  const rows = pivot.rowValues.map(r => {
    const tr = el('tr');
    const th = el('th', r.value);
    th.scope = 'row';
    tr.append(th, ...pivot.columnValues.map(c => el('td', r.counts[c.value] ?? 0)));
    return tr;
  });
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  tbody.append(...rows);
  table.replaceChildren(caption, thead, tbody);
}
