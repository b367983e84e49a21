// Horizontal bar charts drawn by hand in SVG with DOM calls (createElementNS, textContent): one
// row per label, one bar per series. The chart is a picture for the eye; the table under it
// carries the same numbers for everyone else.
import { h } from '../dom.js';
import './chart.css';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const LABEL_W = 215;
const VALUE_W = 64;
const BAR_H = 14;
const BAR_GAP = 3;
const ROW_GAP = 12;
const TOP = 8;

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  if (text != null) el.textContent = text;
  return el;
}

/**
 * rows: [{ label, values: [number|null, ...] }]; series: [name, ...] (at most two);
 * max: the scale's end (e.g. 1 for shares); format(value) for the numbers at the bars' ends.
 */
export function barChart({ title, rows, series, max, format, empty }) {
  const perRow = series.length * (BAR_H + BAR_GAP) - BAR_GAP;
  const height = TOP * 2 + Math.max(1, rows.length) * (perRow + ROW_GAP);
  const top = max ?? Math.max(1, ...rows.flatMap((r) => r.values.filter((v) => v != null)));
  const plot = WIDTH - LABEL_W - VALUE_W;
  const titleId = `chart-${Math.random().toString(36).slice(2, 9)}`;
  const root = svg('svg', {
    class: 'chart',
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-labelledby': titleId,
    preserveAspectRatio: 'xMinYMin meet',
  });
  root.append(svg('title', { id: titleId }, title));
  root.append(svg('line', { class: 'chart__axis', x1: LABEL_W, x2: LABEL_W, y1: 0, y2: height }));
  if (!rows.length) {
    root.append(svg('text', { x: LABEL_W + 8, y: TOP + 14 }, empty));
  }
  rows.forEach((row, i) => {
    const y = TOP + i * (perRow + ROW_GAP);
    root.append(svg('text', { x: LABEL_W - 8, y: y + perRow / 2 + 4, 'text-anchor': 'end' }, clip(row.label)));
    row.values.forEach((value, s) => {
      const by = y + s * (BAR_H + BAR_GAP);
      const w = value == null ? 0 : Math.max(value > 0 ? 2 : 0, (Math.min(value, top) / top) * plot);
      const bar = svg('rect', {
        class: `chart__bar chart__bar--${s}`,
        x: LABEL_W,
        y: by,
        width: w.toFixed(1),
        height: BAR_H,
        rx: 3,
      });
      bar.append(svg('title', {}, `${row.label} · ${series[s]}: ${value == null ? '—' : format(value)}`));
      root.append(bar);
      root.append(
        svg(
          'text',
          { class: 'chart__value', x: LABEL_W + w + 6, y: by + BAR_H - 3 },
          value == null ? '—' : format(value),
        ),
      );
    });
  });
  return root;
}

function clip(text) {
  return text.length > 27 ? `${text.slice(0, 26)}…` : text;
}

export function legend(series) {
  return h(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    series.map((name, i) => h('li', null, h('span', { class: `legend__swatch legend__swatch--${i}` }), name)),
  );
}

/** columns: [{ label, value(row) }]; the first column heads each row. */
export function dataTable({ caption, columns, rows, empty }) {
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'data-table' },
      h('caption', null, caption),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          columns.map((c) => h('th', { scope: 'col' }, c.label)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.length
          ? rows.map((r) =>
              h(
                'tr',
                null,
                columns.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c.value(r)) : h('td', null, c.value(r)))),
              ),
            )
          : h('tr', null, h('td', { colspan: String(columns.length) }, empty)),
      ),
    ),
  );
}
