// The live feed of timeline events. It asks for a short-lived ticket, opens the WebSocket and
// resumes with ?since=<last id> after a drop, backing off up to 10 s. While the server offers no
// stream (the ticket call answers 404) or the socket is down, it ticks every 2 s so that screens
// poll instead. Subscribers get { kind: 'event', event } | { kind: 'tick' } | { kind: 'resync' }.
// A tablet that wakes (shown again, back online, thawed) reconnects at once rather than after the
// backoff, and the view says so when nothing has arrived for two heartbeats: never silently stale.
import { post } from './api.js';

const POLL_MS = 2000;
const TICKET_RETRY_MS = 60000;
const MAX_BACKOFF_MS = 10000;
// The server pings every 20 s (quarkus.websockets-next.server.auto-ping-interval), but a page never
// sees protocol pings: it sends {"type":"ping"} at the same pace and counts the pong as the beat.
export const HEARTBEAT_MS = 20000;
const STALE_MS = 2 * HEARTBEAT_MS;
// after a wake-up, how long an open socket has to answer a ping before it counts as dead
const PROBE_MS = 2000;

let running = false;
let state = 'idle'; // idle | connecting | live | reconnecting | polling
let socket = null;
let lastId = null;
let attempts = 0;
let retryTimer = null;
let pollTimer = null;
let heartbeatTimer = null;
let probeTimer = null;
let lastFrameAt = 0;
let stale = false;
const subscribers = new Set();
const stateListeners = new Set();
const staleListeners = new Set();
const WAKE_EVENTS = [
  [document, 'visibilitychange'],
  [document, 'resume'],
  [window, 'online'],
  [window, 'pageshow'],
  [window, 'focus'],
];

export function start() {
  if (running) return;
  running = true;
  attempts = 0;
  lastFrameAt = Date.now();
  startTicking();
  heartbeatTimer = setInterval(heartbeat, 1000);
  for (const [target, name] of WAKE_EVENTS) target.addEventListener(name, wake);
  connect();
}

export function stop() {
  running = false;
  clearTimeout(retryTimer);
  clearTimeout(probeTimer);
  clearInterval(heartbeatTimer);
  heartbeatTimer = null;
  for (const [target, name] of WAKE_EVENTS) target.removeEventListener(name, wake);
  stopTicking();
  if (socket) {
    socket.onclose = null;
    socket.close();
    socket = null;
  }
  lastId = null;
  setState('idle');
  setStale(false);
}

/** fn(true) while nothing has come from the server for two heartbeats, fn(false) once it has. */
export function onStale(fn) {
  staleListeners.add(fn);
  fn(stale);
  return () => staleListeners.delete(fn);
}

export function isStale() {
  return stale;
}

function setStale(next) {
  if (stale === next) return;
  stale = next;
  staleListeners.forEach((fn) => fn(stale));
}

/** Every second: a ping each heartbeat while live, and the stale check (polling has no stream). */
let lastPingAt = 0;
function heartbeat() {
  const now = Date.now();
  if (socket?.readyState === WebSocket.OPEN && now - lastPingAt >= HEARTBEAT_MS) {
    lastPingAt = now;
    send({ type: 'ping' });
  }
  const silent = running && state !== 'polling' && now - lastFrameAt > STALE_MS;
  setStale(silent);
  // an open socket that stopped answering is dead though the browser has not noticed: replace it
  if (silent && socket?.readyState === WebSocket.OPEN) dropAndReconnectNow();
}

function send(message) {
  try {
    socket?.send(JSON.stringify(message));
  } catch {
    // closing: onclose reconnects
  }
}

/**
 * The tablet is back (shown, online, thawed): a socket that is down reconnects now, not after the
 * backoff; one that looks open must answer a ping at once, or it is replaced.
 */
function wake(event) {
  if (!running || state === 'polling') return;
  if (event?.type === 'visibilitychange' && document.visibilityState !== 'visible') return;
  if (event?.type === 'online' || !socket) {
    if (socket?.readyState === WebSocket.OPEN) return probe();
    if (socket) return;
    clearTimeout(retryTimer);
    attempts = 0;
    connect();
    return;
  }
  if (socket.readyState === WebSocket.OPEN) probe();
}

function probe() {
  if (probeTimer) return;
  const ws = socket;
  const sentAt = Date.now();
  send({ type: 'ping' });
  probeTimer = setTimeout(() => {
    probeTimer = null;
    if (socket === ws && lastFrameAt < sentAt) {
      // silent: the connection died while the tablet slept
      dropAndReconnectNow();
    }
  }, PROBE_MS);
}

function dropAndReconnectNow() {
  const ws = socket;
  socket = null;
  if (ws) {
    ws.onclose = null;
    ws.onmessage = null;
    try {
      ws.close();
    } catch {
      // already closing
    }
  }
  clearTimeout(retryTimer);
  attempts = 0;
  setState('reconnecting');
  startTicking();
  connect();
}

export function subscribe(fn) {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}

export function onState(fn) {
  stateListeners.add(fn);
  fn(state);
  return () => stateListeners.delete(fn);
}

export function getState() {
  return state;
}

function setState(next) {
  if (state === next) return;
  state = next;
  stateListeners.forEach((fn) => fn(state));
}

function emit(message) {
  subscribers.forEach((fn) => {
    try {
      fn(message);
    } catch (e) {
      console.error(e);
    }
  });
}

function startTicking() {
  if (!pollTimer) pollTimer = setInterval(() => emit({ kind: 'tick' }), POLL_MS);
}

function stopTicking() {
  clearInterval(pollTimer);
  pollTimer = null;
}

let askingTicket = false;

async function connect() {
  if (!running || askingTicket) return;
  if (state === 'idle') setState('connecting');
  let ticket;
  askingTicket = true;
  try {
    ticket = await post('/stream/tickets', {});
  } catch (e) {
    askingTicket = false;
    if (!running) return;
    if ([404, 405, 501].includes(e.status)) {
      // no live stream on this server yet: poll, and look again now and then
      setState('polling');
      startTicking();
      retryTimer = setTimeout(connect, TICKET_RETRY_MS);
    } else {
      reconnectLater();
    }
    return;
  }
  askingTicket = false;
  if (!running || socket) return;
  open(ticket.ticket);
}

function open(ticket) {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const since = lastId === null ? '' : `&since=${encodeURIComponent(lastId)}`;
  const ws = new WebSocket(`${scheme}://${location.host}/api/v1/stream?ticket=${encodeURIComponent(ticket)}${since}`);
  socket = ws;
  ws.onopen = () => {
    attempts = 0;
    lastFrameAt = Date.now();
    lastPingAt = lastFrameAt;
    setStale(false);
    stopTicking();
    setState('live');
    emit({ kind: 'resync' });
  };
  ws.onmessage = (message) => {
    if (socket !== ws) return;
    lastFrameAt = Date.now();
    setStale(false);
    let event;
    try {
      event = JSON.parse(message.data);
    } catch {
      return;
    }
    if (event?.type === 'pong') return; // a heartbeat, not an event
    const id = Number(event?.id);
    if (Number.isFinite(id)) {
      if (lastId !== null && id <= lastId) return; // replayed twice
      lastId = id;
    }
    emit({ kind: 'event', event });
  };
  ws.onclose = () => {
    if (socket !== ws) return;
    socket = null;
    if (running) reconnectLater();
  };
}

function reconnectLater() {
  attempts += 1;
  setState('reconnecting');
  startTicking();
  const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (attempts - 1));
  const delay = Math.round(base * (0.8 + Math.random() * 0.4));
  clearTimeout(retryTimer);
  retryTimer = setTimeout(connect, Math.min(delay, MAX_BACKOFF_MS));
}
