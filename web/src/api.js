// A small fetch wrapper: JSON in and out, the bearer token, and problem+json errors as ApiError.
import { t } from './i18n.js';
import * as session from './session.js';
import * as network from './network.js';

const BASE = '/api/v1';

/** An RFC 9457 problem from the server (or a network failure, status 0). */
export class ApiError extends Error {
  constructor({ status = 0, title, detail, rule, errors, rows, type } = {}) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title || `HTTP ${status}`;
    this.detail = detail || '';
    this.rule = rule || null;
    this.errors = Array.isArray(errors) ? errors : [];
    this.rows = Array.isArray(rows) ? rows : []; // a refused import: every refused row (R-F-1)
    this.type = type || null;
  }
}

let refreshing = null;

/** Trades the refresh token for fresh tokens before the access token runs out (15 minutes). */
async function ensureFresh() {
  if (!session.needsRefresh()) return;
  refreshing ??= fetch(`${BASE}/auth/refresh`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ refreshToken: session.refreshToken() }),
    cache: 'no-store',
    credentials: 'omit',
  })
    .then(async (response) => {
      if (response.ok) session.signIn(await response.json());
      else if (response.status === 401 || response.status === 400) session.signOut('expired');
    })
    .catch(() => {
      // offline: the request below fails and says so
    })
    .finally(() => {
      refreshing = null;
    });
  await refreshing;
}

export async function api(path, { method = 'GET', body, headers = {}, signal } = {}) {
  await ensureFresh();
  const sent = { Accept: 'application/json, application/problem+json', ...headers };
  const bearer = session.token();
  if (bearer) sent.Authorization = `Bearer ${bearer}`;
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (e) {
    if (e?.name === 'AbortError') throw e;
    network.lost();
    throw new ApiError({ status: 0, title: t('error.network.title'), detail: t('error.network.detail') });
  }
  network.reached();
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const problem = data && typeof data === 'object' ? data : {};
    const error = new ApiError({ ...problem, status: response.status, title: problem.title || response.statusText });
    if (response.status === 401 && bearer) session.signOut('expired');
    throw error;
  }
  return data;
}

export const get = (path, options) => api(path, options);
export const post = (path, body, options = {}) => api(path, { ...options, method: 'POST', body: body ?? {} });
export const put = (path, body, options = {}) => api(path, { ...options, method: 'PUT', body: body ?? {} });

// A file the API answers (a CSV export), saved under its name: the bearer token cannot ride on a
// plain link, so the file is fetched and handed to the browser as a download.
export async function download(path, filename) {
  await ensureFresh();
  const bearer = session.token();
  let response;
  try {
    response = await fetch(BASE + path, {
      headers: {
        Accept: 'text/csv, application/problem+json',
        ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      },
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    network.lost();
    throw new ApiError({ status: 0, title: t('error.network.title'), detail: t('error.network.detail') });
  }
  network.reached();
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      problem = {};
    }
    throw new ApiError({ ...problem, status: response.status, title: problem.title || response.statusText });
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
