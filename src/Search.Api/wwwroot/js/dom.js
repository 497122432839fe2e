// Small DOM helpers. Text from the API always goes in as text; html() is only for the API's highlight fields,
// which the server has already escaped and marked with <mark>.
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

export function html(tag, highlightHtml, className) {
  const node = el(tag, null, className);
  node.innerHTML = highlightHtml;
  return node;
}

export function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function plural(n, word, many = `${word}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}
