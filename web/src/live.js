// The live feed of timeline events. It asks for a short-lived ticket, opens the WebSocket and
// resumes with ?since=<last id> after a drop, backing off up to 10 s. While the server offers no
// stream (the ticket call answers 404) or the socket is down, it ticks every 2 s so that screens
// poll instead. Subscribers get { kind: 'event', event } | { kind: 'tick' } | { kind: 'resync' }.
import { post } from './api.js';

const POLL_MS = 2000;
const TICKET_RETRY_MS = 60000;
const MAX_BACKOFF_MS = 10000;

let running = false;
let state = 'idle'; // idle | connecting | live | reconnecting | polling
let socket = null;
let lastId = null;
let attempts = 0;
let retryTimer = null;
let pollTimer = null;
const subscribers = new Set();
const stateListeners = new Set();

export function start() {
  if (running) return;
  running = true;
  attempts = 0;
  startTicking();
  connect();
}

export function stop() {
  running = false;
  clearTimeout(retryTimer);
  stopTicking();
  if (socket) {
    socket.onclose = null;
    socket.close();
    socket = null;
  }
  lastId = null;
  setState('idle');
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

async function connect() {
  if (!running) return;
  if (state === 'idle') setState('connecting');
  let ticket;
  try {
    ticket = await post('/stream/tickets', {});
  } catch (e) {
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
  if (!running) return;
  open(ticket.ticket);
}

function open(ticket) {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const since = lastId === null ? '' : `&since=${encodeURIComponent(lastId)}`;
  const ws = new WebSocket(`${scheme}://${location.host}/api/v1/stream?ticket=${encodeURIComponent(ticket)}${since}`);
  socket = ws;
  ws.onopen = () => {
    attempts = 0;
    stopTicking();
    setState('live');
    emit({ kind: 'resync' });
  };
  ws.onmessage = (message) => {
    let event;
    try {
      event = JSON.parse(message.data);
    } catch {
      return;
    }
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
