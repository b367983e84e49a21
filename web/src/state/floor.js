// The TL's view of the floor: the cluster's escalated and in-progress cases with their raised
// hands, kept fresh from the live feed (or by polling), on every screen, so a new hand beeps
// wherever the TL is.
import { get } from '../api.js';
import * as live from '../live.js';
import { attention } from '../alert.js';

const OPEN_HAND = new Set(['RAISED', 'LISTENING']);
const PARALLEL = 6;

let me = null;
let unsubscribe = null;
let cases = new Map(); // id -> case with escalation, allowedActions, timeline
let knownHands = null; // escalation ids seen; null until the first load
let loaded = false;
let error = null;
let inFlight = false;
let touched = null; // while a full refresh runs: the cases that events updated meanwhile
let again = false;
const listeners = new Set();

export function start(user) {
  stop();
  me = user;
  unsubscribe = live.subscribe(onLive);
  refreshAll();
}

export function stop() {
  unsubscribe?.();
  unsubscribe = null;
  me = null;
  cases = new Map();
  knownHands = null;
  alerted = new Set();
  loaded = false;
  error = null;
}

export function subscribe(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function isLoaded() {
  return loaded;
}

export function lastError() {
  return error;
}

/** Every open hand the signed-in user may see, whoever it is addressed to, oldest first. */
export function allHands() {
  return [...cases.values()]
    .filter((c) => c.status !== 'CLOSED' && c.escalation && OPEN_HAND.has(c.escalation.status))
    .sort((a, b) => a.escalation.raisedAt.localeCompare(b.escalation.raisedAt));
}

/** Hands raised to me and not yet answered at the desk: waiting ones first, oldest first. */
export function hands() {
  const waiting = (c) => Number(c.escalation.status === 'RAISED');
  return allHands()
    .filter((c) => c.escalation.targetTl === me?.username)
    .sort((a, b) => waiting(b) - waiting(a));
}

/** The cluster's cases being escalated or followed up, mine first, then oldest first. */
export function inHand() {
  return [...cases.values()]
    .filter((c) => c.status === 'ESCALATED' || c.status === 'IN_PROGRESS')
    .sort((a, b) => {
      const mine = Number(b.handlingTl === me?.username) - Number(a.handlingTl === me?.username);
      return mine || a.createdAt.localeCompare(b.createdAt);
    });
}

/** How far a case's timeline goes: answers that arrive out of order never undo a later one. */
export function version(c) {
  return c?.timeline?.at(-1)?.id ?? 0;
}

const onTheFloor = (c) => c.status === 'ESCALATED' || c.status === 'IN_PROGRESS';

/** A case fetched elsewhere (the case page, an action's answer) updates the floor too. */
export function put(c) {
  if (!me || !c?.id) return;
  const known = cases.get(c.id);
  if (known && version(known) > version(c)) return;
  if (onTheFloor(c)) cases.set(c.id, c);
  else cases.delete(c.id);
  touched?.set(c.id, c);
  changed();
}

export async function refreshCase(id) {
  try {
    put(await get(`/cases/${encodeURIComponent(id)}`));
  } catch (e) {
    if (e.status === 404) {
      cases.delete(id);
      touched?.set(id, null);
      changed();
    }
  }
}

export async function refreshAll() {
  if (!me) return;
  if (inFlight) {
    again = true;
    return;
  }
  inFlight = true;
  touched = new Map();
  try {
    const lists = await Promise.all(['ESCALATED', 'IN_PROGRESS'].map((s) => get(`/cases?status=${s}&size=200`)));
    const ids = lists.flat().map((s) => s.id);
    const next = new Map();
    for (let i = 0; i < ids.length; i += PARALLEL) {
      const batch = await Promise.all(
        ids.slice(i, i + PARALLEL).map((id) => get(`/cases/${encodeURIComponent(id)}`).catch(() => null)),
      );
      batch.filter(Boolean).forEach((c) => next.set(c.id, c));
    }
    if (!me) return;
    // what events brought in while the lists were being read is newer than the lists
    for (const [id, c] of touched) {
      const listed = next.get(id);
      if (c === null) next.delete(id);
      else if (!listed || version(c) >= version(listed)) {
        if (onTheFloor(c)) next.set(id, c);
        else next.delete(id);
      }
    }
    cases = next;
    error = null;
    loaded = true;
  } catch (e) {
    error = e;
  } finally {
    inFlight = false;
    touched = null;
  }
  changed();
  if (again) {
    again = false;
    refreshAll();
  }
}

// R-F-5: events that sound a tablet name whose (alertFor); a hand is announced by hands() below
const SOUNDING = new Set([
  'PROGRESS_CHECK_OVERDUE',
  'CALLBACK_OVERDUE',
  'HANDOVER_REQUESTED',
  'UNREACHED_CLOSING_REQUESTED',
  'COORDINATION_ANSWERED',
]);
let alerted = new Set(); // events already announced: each beeps once

function onLive(message) {
  if (message.kind === 'event' && message.event?.caseId) {
    announce(message.event);
    refreshCase(message.event.caseId);
  } else refreshAll();
}

/** Sounds only when the signed-in user is among those the event alerts; the others see it silently. */
function announce(event) {
  if (!SOUNDING.has(event.type) || !isForMe(event)) return;
  const key = event.id ?? `${event.caseId}:${event.type}:${event.at}`;
  if (alerted.has(key)) return;
  alerted.add(key);
  attention();
  overdueListeners.forEach((fn) => fn(event));
}

function isForMe(event) {
  return Array.isArray(event.alertFor) && event.alertFor.includes(me?.username);
}

const overdueListeners = new Set();
/** fn(event) for each overdue follow-up or handover the stream reports for the signed-in user. */
export function onOverdue(fn) {
  overdueListeners.add(fn);
  return () => overdueListeners.delete(fn);
}

function changed() {
  const fresh = [];
  const current = hands();
  if (knownHands === null) {
    if (loaded) knownHands = new Set(current.map((c) => c.escalation.id));
  } else {
    for (const c of current) {
      if (!knownHands.has(c.escalation.id)) {
        knownHands.add(c.escalation.id);
        if (c.escalation.status === 'RAISED') fresh.push(c);
      }
    }
  }
  if (fresh.length) attention();
  listeners.forEach((fn) => fn({ fresh }));
}
