// The field catalog, read once from the service (GET /api/fields): which filters and facets exist and what they are
// called. Nothing here names a field: a facet added to the service's catalog shows up on the page by itself.
import * as api from './api.js';

export let FILTERS = [];
export let LABELS = {};
// One-valued keywords hits carry under their own name (language, …): shown on each hit as "Label: value".
export let HIT_LABELS = [];

export async function load() {
  const answer = await api.fields();
  if (!answer.data) return;
  FILTERS = answer.data.filter(f => f.filter && f.facet).map(f => f.name);
  LABELS = Object.fromEntries(answer.data.map(f => [f.name, f.label]));
  HIT_LABELS = answer.data.filter(f => f.isLabel).map(f => f.name);
}
