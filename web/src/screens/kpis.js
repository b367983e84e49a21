// The procedure's KPIs for supervisors, managers and QC (SPEC section 5): K-1 identification per
// agent, K-2 response times per TL and day, K-3 on-time follow-up, over a chosen period.
import { h, fill } from '../dom.js';
import { t, locale } from '../i18n.js';
import { get } from '../api.js';
import { day, wibDay } from '../format.js';
import { personLabel, warmNames } from '../state/directory.js';
import { barChart, legend, dataTable } from '../components/chart.js';
import { problemBox } from '../components/problem.js';
import '../components/forms.css';
import './kpis.css';

const period = { from: null, to: null }; // kept while the app is open

export function kpisScreen(container) {
  period.to ??= wibDay(0);
  period.from ??= wibDay(6);
  const from = h('input', { type: 'date', name: 'from', value: period.from, required: true });
  const to = h('input', { type: 'date', name: 'to', value: period.to, required: true });
  const body = h('div', { 'aria-live': 'polite', 'aria-busy': 'false' });
  let stopped = false;
  let request = 0;

  container.append(
    h(
      'div',
      { class: 'page' },
      h('div', { class: 'page__head' }, h('h1', null, t('kpi.title')), h('p', { class: 'lead' }, t('kpi.lead'))),
      h(
        'form',
        {
          class: 'kpi-period',
          on: {
            submit: (e) => {
              e.preventDefault();
              apply();
            },
          },
        },
        h('label', null, t('kpi.from'), from),
        h('label', null, t('kpi.to'), to),
        h('button', { type: 'submit', class: 'btn btn--primary' }, t('kpi.show')),
      ),
      body,
    ),
  );
  warmNames().then(load);
  return () => {
    stopped = true;
  };

  function apply() {
    if (!from.value || !to.value) return;
    period.from = from.value;
    period.to = to.value;
    load();
  }

  async function load() {
    const mine = ++request;
    body.setAttribute('aria-busy', 'true');
    if (!body.firstChild) fill(body, h('p', { class: 'muted' }, t('app.loading')));
    try {
      const kpis = await get(`/kpis?from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`);
      if (stopped || mine !== request) return;
      fill(
        body,
        h('p', { class: 'muted' }, t('kpi.period', { from: day(kpis.from), to: day(kpis.to) })),
        identification(kpis.identification),
        response(kpis.response),
        onTime(kpis.onTime),
        accuracy(kpis.accuracy ?? []),
      );
    } catch (e) {
      if (!stopped && mine === request) fill(body, problemBox(e));
    } finally {
      if (mine === request) body.setAttribute('aria-busy', 'false');
    }
  }
}

const number = (n) => new Intl.NumberFormat(locale()).format(n);
const percent = (share) =>
  share == null ? '—' : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
const seconds = (s) =>
  s == null ? '—' : t('kpi.seconds', { s: new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(s) });
const tlDay = (r) => `${personLabel(r.tl) || '—'} · ${day(r.day)}`;

function section(id, title, lead, ...children) {
  return h(
    'section',
    { class: 'kpi', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('p', { class: 'muted' }, lead),
    children,
  );
}

function identification(rows) {
  const series = [t('kpi.k1.confirmedShare')];
  return section(
    'k1-title',
    t('kpi.k1.title'),
    t('kpi.k1.lead'),
    legend(series),
    barChart({
      title: t('kpi.k1.chart'),
      rows: rows.map((r) => ({ label: personLabel(r.agent), values: [r.confirmedShare] })),
      series,
      max: 1,
      format: percent,
      empty: t('kpi.none'),
    }),
    dataTable({
      caption: t('kpi.k1.table'),
      rows,
      empty: t('kpi.none'),
      columns: [
        { label: t('kpi.agent'), value: (r) => personLabel(r.agent) },
        { label: t('kpi.cluster'), value: (r) => r.clusterId ?? '—' },
        { label: t('kpi.k1.reviewed'), value: (r) => number(r.flagsReviewed) },
        { label: t('kpi.k1.confirmed'), value: (r) => number(r.confirmed) },
        { label: t('kpi.k1.overturned'), value: (r) => number(r.overturned) },
        { label: t('kpi.k1.confirmedShare'), value: (r) => percent(r.confirmedShare) },
        { label: t('kpi.k1.missed'), value: (r) => number(r.missed) },
      ],
    }),
  );
}

function response(rows) {
  const series = [t('kpi.median'), t('kpi.p90')];
  const chart = (title, median, p90) =>
    barChart({
      title,
      rows: rows.map((r) => ({ label: tlDay(r), values: [r[median], r[p90]] })),
      series,
      format: seconds,
      empty: t('kpi.none'),
    });
  return section(
    'k2-title',
    t('kpi.k2.title'),
    t('kpi.k2.lead'),
    legend(series),
    h('h3', null, t('kpi.k2.listening')),
    chart(t('kpi.k2.listeningChart'), 'toListeningMedian', 'toListeningP90'),
    h('h3', null, t('kpi.k2.workstation')),
    chart(t('kpi.k2.workstationChart'), 'toWorkstationMedian', 'toWorkstationP90'),
    dataTable({
      caption: t('kpi.k2.table'),
      rows,
      empty: t('kpi.none'),
      columns: [
        { label: t('kpi.tlDay'), value: tlDay },
        { label: t('kpi.cluster'), value: (r) => r.clusterId ?? '—' },
        { label: t('kpi.k2.shift'), value: (r) => r.shift ?? t('kpi.k2.noShift') },
        { label: t('kpi.k2.hands'), value: (r) => number(r.hands) },
        { label: t('kpi.k2.answered'), value: (r) => number(r.answered) },
        { label: t('kpi.k2.withdrawn'), value: (r) => number(r.withdrawn) },
        { label: t('kpi.k2.listenMedian'), value: (r) => seconds(r.toListeningMedian) },
        { label: t('kpi.k2.listenP90'), value: (r) => seconds(r.toListeningP90) },
        { label: t('kpi.k2.deskMedian'), value: (r) => seconds(r.toWorkstationMedian) },
        { label: t('kpi.k2.deskP90'), value: (r) => seconds(r.toWorkstationP90) },
      ],
    }),
  );
}

function onTime(rows) {
  const series = [t('kpi.k3.checks'), t('kpi.k3.callBacks')];
  return section(
    'k3-title',
    t('kpi.k3.title'),
    t('kpi.k3.lead'),
    legend(series),
    barChart({
      title: t('kpi.k3.chart'),
      rows: rows.map((r) => ({ label: tlDay(r), values: [r.progressChecksOnTimeShare, r.callBacksOnTimeShare] })),
      series,
      max: 1,
      format: percent,
      empty: t('kpi.none'),
    }),
    dataTable({
      caption: t('kpi.k3.table'),
      rows,
      empty: t('kpi.none'),
      columns: [
        { label: t('kpi.tlDay'), value: tlDay },
        { label: t('kpi.cluster'), value: (r) => r.clusterId ?? '—' },
        { label: t('kpi.k3.checksDone'), value: (r) => number(r.progressChecks) },
        { label: t('kpi.k3.checksOverdue'), value: (r) => number(r.progressChecksOverdue) },
        { label: t('kpi.k3.checks'), value: (r) => percent(r.progressChecksOnTimeShare) },
        { label: t('kpi.k3.callBacksDone'), value: (r) => number(r.callBacks) },
        { label: t('kpi.k3.callBacksOverdue'), value: (r) => number(r.callBacksOverdue) },
        { label: t('kpi.k3.callBacks'), value: (r) => percent(r.callBacksOnTimeShare) },
      ],
    }),
  );
}

/** K-4: per TL, how often the problem they identified while listening held at closing. */
function accuracy(rows) {
  const series = [t('kpi.k4.held')];
  return section(
    'k4-title',
    t('kpi.k4.title'),
    t('kpi.k4.lead'),
    legend(series),
    barChart({
      title: t('kpi.k4.chart'),
      rows: rows.map((r) => ({ label: personLabel(r.tl), values: [r.heldShare] })),
      series,
      max: 1,
      format: percent,
      empty: t('kpi.none'),
    }),
    dataTable({
      caption: t('kpi.k4.table'),
      rows,
      empty: t('kpi.none'),
      columns: [
        { label: t('kpi.tl'), value: (r) => personLabel(r.tl) },
        { label: t('kpi.cluster'), value: (r) => r.clusterId ?? '—' },
        { label: t('kpi.k4.identified'), value: (r) => number(r.identified) },
        { label: t('kpi.k4.heldCount'), value: (r) => number(r.held) },
        { label: t('kpi.k4.held'), value: (r) => percent(r.heldShare) },
      ],
    }),
  );
}
