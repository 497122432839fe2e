import { el } from './dom.js';
import * as api from './api.js';
import { selection } from './state.js';
import { FILTERS, LABELS } from './fields.js';

function option(field, value, state, navigate) {
  const label = el('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = state.filters[field].includes(value.value);
  box.addEventListener('change', () => {
    const current = state.filters[field];
    const next = box.checked ? [...current, value.value] : current.filter(v => v !== value.value);
    navigate({ filters: { ...state.filters, [field]: next } });
  });
  label.append(box, document.createTextNode(` ${value.name ?? value.value} `), el('span', `(${value.count})`, 'count'));
  return label;
}

export function render(container, facets, state, navigate) {
  const sets = [];
  for (const field of FILTERS) {
    const title = LABELS[field];
    const values = facets[field] ?? [];
    const fieldset = el('fieldset');
    fieldset.append(el('legend', title));
    if (field === 'person') {
      const id = 'person-filter';
      const label = el('label', 'Find a person');
      label.htmlFor = id;
      label.className = 'visually-plain';
      const input = document.createElement('input');
      input.id = id;
      input.type = 'search';
      input.className = 'facet-filter';
      input.placeholder = 'e.g. Net';
      const list = el('div');
      list.append(...values.map(v => option(field, v, state, navigate)));
      let timer;
      input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const params = selection(state);
          params.delete('person');
          if (input.value.trim()) params.set('prefix', input.value.trim());
          params.set('limit', '20');
          const answer = await api.facetValues('person', params);
          if (answer.data) {
            const shown = answer.data.length ? answer.data.map(v => option(field, { ...v, selected: state.filters.person.includes(v.value) }, state, navigate)) : [el('p', 'No one by that name.', 'meta')];
            list.replaceChildren(...shown);
          }
        }, 200);
      });
      fieldset.append(label, input, list);
    } else {
      if (!values.length) fieldset.append(el('p', 'None among the matches.', 'meta'));
      fieldset.append(...values.map(v => option(field, v, state, navigate)));
    }
    sets.push(fieldset);
  }
  container.replaceChildren(...sets);
}
