// "Pengaturan lantai" for admins (R-F-1): clusters, desks, people, each cluster's weekly roster,
// and a CSV import whose refused rows are listed one by one.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { api, get, post, put } from '../api.js';
import { field, textInput, textArea, select, checkbox, button, busy } from '../components/forms.js';
import { problemBox, problemSlot } from '../components/problem.js';
import { toast } from '../components/toast.js';
import './setup.css';

const KINDS = ['CLUSTER_DESK', 'TL_EXTENSION', 'WORKSTATION'];
const ROLES = ['AGENT', 'TEAM_LEADER', 'SUPERVISOR', 'MANAGER', 'QC', 'PIC_TICKET', 'LIAISON_OFFICER', 'ADMIN'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export function setupScreen(container) {
  const state = { clusters: [], desks: [], users: [] };
  let stopped = false;
  const sections = {
    clusters: h('section', { class: 'setup__section', 'aria-labelledby': 'setup-clusters' }),
    desks: h('section', { class: 'setup__section', 'aria-labelledby': 'setup-desks' }),
    users: h('section', { class: 'setup__section', 'aria-labelledby': 'setup-users' }),
    roster: h('section', { class: 'setup__section', 'aria-labelledby': 'setup-roster' }),
    import: h('section', { class: 'setup__section', 'aria-labelledby': 'setup-import' }),
  };
  container.append(
    h(
      'div',
      { class: 'page setup' },
      h('div', { class: 'page__head' }, h('h1', null, t('setup.title')), h('p', { class: 'lead' }, t('setup.lead'))),
      Object.values(sections),
    ),
  );
  load();
  return () => {
    stopped = true;
  };

  async function load() {
    try {
      const [clusters, desks, users] = await Promise.all([
        get('/admin/clusters'),
        get('/admin/desks'),
        get('/admin/users'),
      ]);
      if (stopped) return;
      Object.assign(state, { clusters, desks, users });
      drawClusters();
      drawDesks();
      drawUsers();
      drawRoster();
      drawImport();
    } catch (e) {
      if (!stopped) fill(sections.clusters, problemBox(e));
    }
  }

  function clusterOptions() {
    return state.clusters.map((c) => ({ value: c.id, label: `${c.id} · ${c.name}` }));
  }

  function table(caption, headers, rows) {
    return h(
      'div',
      { class: 'setup__scroll' },
      h(
        'table',
        { class: 'setup__table' },
        h('caption', { class: 'sr-only' }, caption),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            headers.map((x) => h('th', { scope: 'col' }, x)),
          ),
        ),
        h('tbody', null, rows),
      ),
    );
  }

  function form(onSubmit, ...children) {
    const slot = problemSlot();
    const submit = h('button', { type: 'submit', class: 'btn btn--primary' }, t('setup.add'));
    const el = h(
      'form',
      {
        class: 'setup__form',
        on: {
          submit: async (e) => {
            e.preventDefault();
            slot.clear();
            try {
              await busy(submit, t('setup.saving'), () => onSubmit(new FormData(el)));
              await load();
            } catch (err) {
              slot.show(err);
            }
          },
        },
      },
      children,
      submit,
      slot.el,
    );
    return el;
  }

  function drawClusters() {
    fill(
      sections.clusters,
      h('h2', { id: 'setup-clusters' }, t('setup.clusters')),
      table(
        t('setup.clusters'),
        [t('setup.id'), t('setup.name')],
        state.clusters.map((c) => h('tr', null, h('td', null, c.id), h('td', null, c.name))),
      ),
      form(
        (data) => post('/admin/clusters', { id: data.get('id'), name: data.get('name') }),
        field(t('setup.clusterId'), textInput('id', { required: true, maxlength: 16 })),
        field(t('setup.name'), textInput('name', { required: true, maxlength: 100 })),
      ),
    );
  }

  function drawDesks() {
    fill(
      sections.desks,
      h('h2', { id: 'setup-desks' }, t('setup.desks')),
      table(
        t('setup.desks'),
        [t('setup.id'), t('setup.cluster'), t('setup.kind'), t('setup.recorded'), ''],
        state.desks.map((d) =>
          h(
            'tr',
            { dataset: { desk: d.id } },
            h('td', null, d.id),
            h('td', null, d.clusterId),
            h('td', null, t(`setup.kind.${d.kind}`)),
            h('td', null, d.recorded ? t('setup.yes') : t('setup.no')),
            h(
              'td',
              null,
              button(t('setup.remove'), {
                class: 'btn btn--quiet',
                'aria-label': t('setup.removeDesk', { id: d.id }),
                on: { click: (e) => removeDesk(e.currentTarget, d.id) },
              }),
            ),
          ),
        ),
      ),
      form(
        (data) =>
          post('/admin/desks', {
            id: data.get('id'),
            clusterId: data.get('clusterId'),
            kind: data.get('kind'),
            recorded: data.get('recorded') === 'on',
          }),
        field(t('setup.deskId'), textInput('id', { required: true, maxlength: 32 })),
        field(t('setup.cluster'), select('clusterId', clusterOptions(), { required: true })),
        field(
          t('setup.kind'),
          select(
            'kind',
            KINDS.map((k) => ({ value: k, label: t(`setup.kind.${k}`) })),
            { required: true },
          ),
        ),
        checkbox('recorded', t('setup.recorded')),
      ),
    );
  }

  async function removeDesk(buttonEl, id) {
    try {
      const removed = await busy(buttonEl, t('setup.saving'), () =>
        api(`/admin/desks/${encodeURIComponent(id)}`, { method: 'DELETE' }),
      );
      toast(
        removed.checkedOut
          ? t('setup.removedCheckedOut', { id, user: removed.checkedOut })
          : t('setup.removed', { id }),
      );
      await load();
    } catch (e) {
      toast(e.detail || e.title);
    }
  }

  function drawUsers() {
    fill(
      sections.users,
      h('h2', { id: 'setup-users' }, t('setup.users')),
      table(
        t('setup.users'),
        [t('setup.username'), t('setup.name'), t('setup.role'), t('setup.cluster'), t('setup.status'), ''],
        state.users
          .filter((u) => u.kind === 'PERSON')
          .map((u) =>
            h(
              'tr',
              { dataset: { user: u.username } },
              h('td', null, u.username),
              h('td', null, u.name),
              h('td', null, t(`role.${u.role}`), u.telkomCare ? ` · ${t('setup.telkomCare')}` : ''),
              h('td', null, u.clusterId ?? '—'),
              h('td', null, u.active ? t('setup.active') : t('setup.inactive')),
              h(
                'td',
                null,
                button(u.active ? t('setup.deactivate') : t('setup.activate'), {
                  class: 'btn btn--quiet',
                  on: { click: (e) => setActive(e.currentTarget, u, !u.active) },
                }),
              ),
            ),
          ),
      ),
      form(
        (data) => {
          const body = { username: data.get('username'), name: data.get('name'), role: data.get('role') };
          if (data.get('clusterId')) body.clusterId = data.get('clusterId');
          if (data.get('password')) body.password = data.get('password');
          if (data.get('telkomCare')) body.telkomCare = true;
          return post('/admin/users', body);
        },
        field(t('setup.username'), textInput('username', { required: true, maxlength: 64 })),
        field(t('setup.name'), textInput('name', { required: true, maxlength: 100 })),
        field(
          t('setup.role'),
          select(
            'role',
            ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
            { required: true },
          ),
        ),
        field(t('setup.cluster'), select('clusterId', clusterOptions())),
        field(
          t('setup.password'),
          textInput('password', { type: 'password', minlength: 8, maxlength: 200, autocomplete: 'new-password' }),
          t('setup.passwordHint'),
        ),
        checkbox('telkomCare', t('setup.telkomCareAgent')),
      ),
    );
  }

  async function setActive(buttonEl, user, active) {
    try {
      await busy(buttonEl, t('setup.saving'), () =>
        put(`/admin/users/${encodeURIComponent(user.username)}`, {
          name: user.name,
          role: user.role,
          clusterId: user.clusterId,
          active,
        }),
      );
      await load();
    } catch (e) {
      toast(e.detail || e.title);
    }
  }

  function drawRoster() {
    const body = h('div', { class: 'setup__roster' });
    const choose = select('cluster', clusterOptions(), {
      on: { change: () => showRoster(choose.value, body) },
    });
    fill(
      sections.roster,
      h('h2', { id: 'setup-roster' }, t('setup.roster')),
      h('p', { class: 'muted' }, t('setup.rosterLead')),
      field(t('setup.cluster'), choose),
      body,
    );
  }

  async function showRoster(clusterId, body) {
    if (!clusterId) {
      fill(body);
      return;
    }
    let shifts;
    try {
      shifts = (await get(`/admin/clusters/${encodeURIComponent(clusterId)}/roster`)).shifts;
    } catch (e) {
      fill(body, problemBox(e));
      return;
    }
    const slot = problemSlot();
    const people = state.users.filter(
      (u) => u.active && (u.role === 'SUPERVISOR' || (u.role === 'TEAM_LEADER' && u.clusterId === clusterId)),
    );
    const draw = () =>
      fill(
        body,
        table(
          t('setup.roster'),
          [t('setup.day'), t('setup.start'), t('setup.end'), t('setup.role'), t('setup.username'), ''],
          shifts.map((s, i) =>
            h(
              'tr',
              null,
              h('td', null, t(`setup.day.${s.day}`)),
              h('td', null, s.start.slice(0, 5)),
              h('td', null, s.end.slice(0, 5)),
              h('td', null, s.role),
              h('td', null, s.username),
              h(
                'td',
                null,
                button(t('setup.remove'), {
                  class: 'btn btn--quiet',
                  on: {
                    click: () => {
                      shifts.splice(i, 1);
                      draw();
                    },
                  },
                }),
              ),
            ),
          ),
        ),
        addShift(),
        h(
          'p',
          null,
          button(t('setup.saveRoster'), {
            class: 'btn btn--primary',
            on: {
              click: async (e) => {
                slot.clear();
                try {
                  const saved = await busy(e.currentTarget, t('setup.saving'), () =>
                    put(`/admin/clusters/${encodeURIComponent(clusterId)}/roster`, {
                      shifts: shifts.map((s) => ({ ...s, start: s.start.slice(0, 5), end: s.end.slice(0, 5) })),
                    }),
                  );
                  shifts = saved.shifts;
                  draw();
                  toast(t('setup.rosterSaved'));
                } catch (err) {
                  slot.show(err);
                }
              },
            },
          }),
        ),
        slot.el,
      );
    const addShift = () => {
      const el = h(
        'form',
        {
          class: 'setup__form',
          on: {
            submit: (e) => {
              e.preventDefault();
              const data = new FormData(el);
              const who = people.find((p) => p.username === data.get('username'));
              shifts.push({
                day: data.get('day'),
                start: data.get('start'),
                end: data.get('end'),
                role: who?.role === 'TEAM_LEADER' ? 'TL' : 'SPV',
                username: data.get('username'),
              });
              draw();
            },
          },
        },
        field(
          t('setup.day'),
          select(
            'day',
            DAYS.map((d) => ({ value: d, label: t(`setup.day.${d}`) })),
            { required: true },
          ),
        ),
        field(t('setup.start'), h('input', { class: 'input', type: 'time', name: 'start', required: true })),
        field(t('setup.end'), h('input', { class: 'input', type: 'time', name: 'end', required: true })),
        field(
          t('setup.username'),
          select(
            'username',
            people.map((p) => ({ value: p.username, label: `${p.username} · ${t(`role.${p.role}`)}` })),
            { required: true },
          ),
        ),
        h('button', { type: 'submit', class: 'btn' }, t('setup.addShift')),
      );
      return el;
    };
    draw();
  }

  function drawImport() {
    const report = h('div', { class: 'setup__report', 'aria-live': 'polite' });
    const files = {
      clusters: textArea('clusters', { placeholder: 'id,name', rows: 3 }),
      people: textArea('people', { placeholder: 'username,name,role,cluster,password', rows: 5 }),
      desks: textArea('desks', { placeholder: 'id,cluster,kind,recorded', rows: 5 }),
    };
    const pick = (name) =>
      h('input', {
        type: 'file',
        accept: '.csv,text/csv',
        class: 'setup__file',
        'aria-label': t('setup.chooseFile', { file: t(`setup.file.${name}`) }),
        on: {
          change: async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) files[name].value = await file.text();
          },
        },
      });
    const submit = h('button', { type: 'submit', class: 'btn btn--primary' }, t('setup.import'));
    const el = h(
      'form',
      {
        class: 'setup__form setup__form--import',
        on: {
          submit: async (e) => {
            e.preventDefault();
            fill(report);
            const body = {};
            for (const [name, area] of Object.entries(files)) if (area.value.trim()) body[name] = area.value;
            try {
              const counts = await busy(submit, t('setup.saving'), () => post('/admin/import', body));
              fill(report, h('p', { class: 'setup__ok', role: 'status' }, t('setup.imported', counts)));
              await load();
            } catch (err) {
              fill(report, problemBox(err), rowsReport(err));
            }
          },
        },
      },
      Object.keys(files).map((name) => field(t(`setup.file.${name}`), files[name], t(`setup.file.${name}.hint`))),
      Object.keys(files).map(pick),
      submit,
    );
    fill(
      sections.import,
      h('h2', { id: 'setup-import' }, t('setup.importTitle')),
      h('p', { class: 'muted' }, t('setup.importLead')),
      el,
      report,
    );
  }

  function rowsReport(error) {
    const rows = error?.rows ?? [];
    if (!rows.length) return null;
    return table(
      t('setup.rowsRefused'),
      [t('setup.file'), t('setup.line'), t('setup.column'), t('setup.why')],
      rows.map((r) =>
        h(
          'tr',
          { class: 'setup__refused' },
          h('td', null, t(`setup.file.${r.file}`)),
          h('td', null, String(r.line)),
          h('td', null, r.column ?? '—'),
          h('td', null, r.message),
        ),
      ),
    );
  }
}
