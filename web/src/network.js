// Whether the server answered the last request. A request that fails for want of a network says
// the device is offline even where the browser still reports navigator.onLine (a dead access
// point, a Wi-Fi without a way out); the next answer says it is back.
const listeners = new Set();
let unreachable = false;

export function reached() {
  set(false);
}

export function lost() {
  set(true);
}

export function isUnreachable() {
  return unreachable;
}

/** fn(unreachable) each time it changes. */
export function onChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function set(down) {
  if (unreachable === down) return;
  unreachable = down;
  listeners.forEach((fn) => fn(down));
}
