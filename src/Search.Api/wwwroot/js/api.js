// Calls to the search API. Errors come back as { problem } (the API's problem details) or { unreachable: true }.
async function call(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    return { unreachable: true };
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    return response.ok ? { unreachable: true } : { problem: { detail: `The service answered ${response.status}.` } };
  }
  return response.ok ? { data: body } : { problem: body };
}

export const fields = () => call('/api/fields');
export const search = params => call(`/api/search?${params}`);
export const facetValues = (field, params) => call(`/api/facets/${encodeURIComponent(field)}?${params}`);
export const pivot = params => call(`/api/pivot?${params}`);
export const article = (id, q) => call(`/api/articles/${encodeURIComponent(id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`);
export const similar = id => call(`/api/articles/${encodeURIComponent(id)}/similar?limit=5`);
export const copies = id => call(`/api/articles/${encodeURIComponent(id)}/copies`);
export const compare = params => call(`/api/compare?${params}`);
export const timeline = params => call(`/api/timeline?${params}`);
