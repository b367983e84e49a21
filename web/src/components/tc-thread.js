// A TelkomCare thread with the verdict and, in each message, the words each criterion found
// marked with <mark> (R-TC-1, C-TC-1..5). Built from text nodes only: a post is shown exactly as
// written, markup and all.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import './tc-thread.css';

export const CRITERIA = ['C-TC-1', 'C-TC-2', 'C-TC-3', 'C-TC-4', 'C-TC-5'];
// C-TC-2's evidence is the message's timestamp: shown in WIB like every other time. An evidence
// index of -1 is the author's profile, -2 a message of another of the customer's threads (R-C-8).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** Splits text into text nodes and <mark> elements around the given excerpts. */
export function highlight(text, items) {
  const ranges = [];
  for (const { excerpt, label } of items) {
    if (!excerpt) continue;
    let at = text.indexOf(excerpt);
    if (at < 0) at = text.toLocaleLowerCase().indexOf(excerpt.toLocaleLowerCase());
    if (at < 0) continue;
    ranges.push({ start: at, end: at + excerpt.length, labels: [label] });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      last.labels.push(...r.labels);
    } else merged.push({ ...r, labels: [...r.labels] });
  }
  const out = [];
  let pos = 0;
  for (const r of merged) {
    if (r.start > pos) out.push(document.createTextNode(text.slice(pos, r.start)));
    out.push(h('mark', { title: [...new Set(r.labels)].join(' · ') }, text.slice(r.start, r.end)));
    pos = r.end;
  }
  if (pos < text.length) out.push(document.createTextNode(text.slice(pos)));
  return out;
}

/** assessment: { hardComplaint, criteriaMet, criteria: { 'C-TC-1': { met, evidence, corrected?, detected? } } } */
export function evidenceByMessage(assessment) {
  const by = new Map();
  for (const id of CRITERIA) {
    for (const e of assessment?.criteria?.[id]?.evidence ?? []) {
      if (!by.has(e.message)) by.set(e.message, []);
      by.get(e.message).push({ excerpt: e.excerpt, label: `${id}${e.note ? `: ${e.note}` : ''}` });
    }
  }
  return by;
}

export function verdict(assessment) {
  const hard = Boolean(assessment?.hardComplaint);
  return h(
    'p',
    { class: `tc-verdict ${hard ? 'tc-verdict--hard' : 'tc-verdict--not'}`, role: 'status' },
    t(hard ? 'tc.hard' : 'tc.notHard', { count: assessment?.criteriaMet ?? 0 }),
  );
}

/** messages: [{ at, text }]; author: { handle, name, bio, followers } | null. */
export function threadView({ messages, author, assessment, criterionActions }) {
  const evidence = evidenceByMessage(assessment);
  const profile = evidence.get(-1) ?? [];
  return h(
    'div',
    { class: 'tc-result' },
    verdict(assessment),
    author
      ? h(
          'section',
          { class: 'tc-message', 'aria-label': t('tc.profile') },
          h('p', { class: 'tc-message__meta' }, t('tc.profile')),
          h(
            'p',
            { class: 'tc-message__text' },
            highlight([author.handle, author.name].filter(Boolean).join(' · '), profile),
            author.followers != null
              ? h('span', null, ' · ', highlight(t('tc.followers', { count: author.followers }), profile))
              : null,
            author.bio ? h('span', { class: 'tc-bio' }, '\n', highlight(author.bio, profile)) : null,
          ),
        )
      : null,
    h('h2', null, t('tc.thread')),
    h(
      'ol',
      { class: 'tc-thread' },
      messages.map((m, i) =>
        h(
          'li',
          { class: 'tc-message', dataset: { index: String(i) } },
          h('p', { class: 'tc-message__meta' }, t('tc.message', { n: i + 1 }), m.at ? ` · ${dateTime(m.at)}` : ''),
          h('p', { class: 'tc-message__text' }, highlight(m.text, evidence.get(i) ?? [])),
        ),
      ),
    ),
    h('h2', null, t('tc.criteria')),
    h(
      'ul',
      { class: 'tc-criteria' },
      CRITERIA.map((id) => {
        const c = assessment?.criteria?.[id] ?? { met: false, evidence: [] };
        return h(
          'li',
          { class: ['tc-criterion', c.met && 'tc-criterion--met'], dataset: { criterion: id } },
          h(
            'div',
            { class: 'tc-criterion__head' },
            h('span', null, `${id} · ${t(`tc.${id}`)}`),
            h('span', null, t(c.met ? 'tc.met' : 'tc.notMet')),
          ),
          c.corrected ? h('p', { class: 'muted' }, t('tc.corrected')) : null,
          c.evidence?.length
            ? h(
                'ul',
                null,
                c.evidence.map((e) =>
                  h(
                    'li',
                    null,
                    e.message === -1
                      ? t('tc.profile')
                      : e.message < 0
                        ? t('tc.otherThread')
                        : t('tc.message', { n: e.message + 1 }),
                    ': ',
                    h('mark', null, ISO_INSTANT.test(e.excerpt ?? '') ? dateTime(e.excerpt) : e.excerpt),
                    e.note ? ` — ${e.note}` : '',
                  ),
                ),
              )
            : null,
          criterionActions ? criterionActions(id, c) : null,
        );
      }),
    ),
  );
}
