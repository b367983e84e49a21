// The Screen Wake Lock of a TL's tablet: held while the queue is on screen and the TL is checked in
// at a desk, so that a hand is seen without first waking the tablet; let go on check-out. The TL
// may switch it off (kept on the device). Browsers drop the lock when the page is hidden, so it is
// asked for again when the page is shown.
const KEY = 'sigap.wakeLock';
let wanted = read();
let checkedIn = false;
let onQueue = false;
let sentinel = null;
let failed = false;
let asking = null;
const listeners = new Set();

function read() {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function supported() {
  return typeof navigator !== 'undefined' && 'wakeLock' in navigator;
}

/**
 * 'unsupported' | 'off' (switched off) | 'waiting' (not checked in) | 'on' | 'failed' (refused,
 * e.g. battery saver) | 'asking'.
 */
export function state() {
  if (!supported()) return 'unsupported';
  if (!wanted) return 'off';
  if (!checkedIn) return 'waiting';
  if (sentinel && !sentinel.released) return 'on';
  if (failed) return 'failed';
  return 'asking';
}

export function isWanted() {
  return wanted;
}

export function onChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function setWanted(next) {
  wanted = next;
  try {
    localStorage.setItem(KEY, next ? 'on' : 'off');
  } catch {
    // kept for this page only
  }
  sync();
}

export function setCheckedIn(next) {
  checkedIn = next;
  sync();
}

/** The queue is on screen (true) or left (false). */
export function setOnQueue(next) {
  onQueue = next;
  sync();
}

function changed() {
  listeners.forEach((fn) => fn(state()));
}

async function sync() {
  const hold = supported() && wanted && checkedIn && onQueue;
  if (!hold) {
    failed = false;
    const held = sentinel;
    sentinel = null;
    await held?.release().catch(() => {});
    changed();
    return;
  }
  if ((sentinel && !sentinel.released) || asking || document.visibilityState !== 'visible') {
    changed();
    return;
  }
  changed();
  asking = navigator.wakeLock
    .request('screen')
    .then((lock) => {
      failed = false;
      sentinel = lock;
      lock.addEventListener('release', changed);
      // released meanwhile (checked out, switched off, left the queue)
      if (!(wanted && checkedIn && onQueue)) sync();
    })
    .catch(() => {
      failed = true;
    })
    .finally(() => {
      asking = null;
      changed();
    });
}

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') sync();
  });
}
