// Hash routes (#/cases/ID), so the server needs no single-page fallback.
// A screen is render(container, params) and may return a function that stops its timers.
const routes = [];
let outlet;
let stopCurrent = null;
let guard = () => null;

export function route(path, screen) {
  const names = [];
  const pattern = new RegExp(
    `^${path.replace(/:(\w+)/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  routes.push({ pattern, names, screen });
}

/** guard(path) may return another path to go to instead (sign-in, role home). */
export function setGuard(fn) {
  guard = fn;
}

export function start(container) {
  outlet = container;
  window.addEventListener('hashchange', render);
  render();
}

export function current() {
  return location.hash.replace(/^#/, '') || '/';
}

export function go(path) {
  if (current() === path) render();
  else location.hash = path;
}

/** Draws the current route again (after a language switch). */
export function refresh() {
  render();
}

function render() {
  const path = current();
  const redirect = guard(path);
  if (redirect && redirect !== path) {
    location.replace(`#${redirect}`);
    return;
  }
  if (stopCurrent) {
    try {
      stopCurrent();
    } catch (e) {
      console.error(e);
    }
    stopCurrent = null;
  }
  for (const { pattern, names, screen } of routes) {
    const match = pattern.exec(path);
    if (!match) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
    outlet.replaceChildren();
    const stop = screen(outlet, params);
    stopCurrent = typeof stop === 'function' ? stop : null;
    window.dispatchEvent(new CustomEvent('sigap:route', { detail: { path } }));
    return;
  }
  const fallback = routes.find((r) => r.pattern.test('/404'));
  outlet.replaceChildren();
  if (fallback) fallback.screen(outlet, {});
}
