import { el, plural } from './dom.js';

function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

// A bar per year (or per month when the API gives months): choosing one narrows the dates to it.
// Years or months with no match still get a (zero) bar, so the timeline shows gaps in coverage.
function withGaps(buckets, monthly) {
  if (buckets.length < 2) return buckets;
  const counts = new Map(buckets.map(b => [b.value, b.count]));
  const all = [];
  let [y, m] = buckets[0].value.split('-').map(Number);
  const last = buckets[buckets.length - 1].value;
  for (let guard = 0; guard < 2000; guard++) {
    const value = monthly ? `${y}-${String(m).padStart(2, '0')}` : String(y);
    all.push({ value, count: counts.get(value) ?? 0 });
    if (value === last) break;
    if (monthly) { m += 1; if (m > 12) { m = 1; y += 1; } } else { y += 1; }
  }
  return all;
}

export function render(container, facets, navigate) {
  const months = facets.month?.length ? facets.month : null;
  const buckets = withGaps(months ?? facets.year ?? [], Boolean(months));
  if (!buckets.length) {
    container.replaceChildren(el('p', 'No dated articles among the matches.', 'meta'));
    // The axis goes with the bars: a later search draws a new one with its own labels.
    container.parentElement.querySelector('.histogram-axis')?.remove();
    return;
  }
  const max = Math.max(...buckets.map(b => b.count));
  const bars = buckets.map(b => {
    const bar = el('button');
    bar.type = 'button';
    bar.setAttribute('aria-label', `${b.value}: ${plural(b.count, 'article')}`);
    bar.title = `${b.value}: ${plural(b.count, 'article')}`;
    bar.style.setProperty('--h', `${Math.max(4, Math.round((b.count / max) * 100))}%`);
    bar.addEventListener('click', () => {
      if (months) {
        const [y, m] = b.value.split('-').map(Number);
        navigate({ from: `${b.value}-01`, to: lastDay(y, m) });
      } else {
        navigate({ from: `${b.value}-01-01`, to: `${b.value}-12-31` });
      }
    });
    return bar;
  });
  container.replaceChildren(...bars);
  let axis = container.parentElement.querySelector('.histogram-axis');
  if (!axis) {
    axis = el('div', null, 'histogram-axis');
    container.after(axis);
  }
  // A label under every bar when they fit, else under every few: years (or months) along the whole axis.
  const step = Math.max(1, Math.ceil(buckets.length / (months ? 4 : 8)));
  axis.replaceChildren(...buckets.map((b, i) => el('span', i % step === 0 || i === buckets.length - 1 ? b.value : '')));
  axis.setAttribute('aria-hidden', 'true');
}
