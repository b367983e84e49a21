// Who is signed in on this device, kept until sign-out or the token's expiry (one shift).
const KEY = 'sigap.session';
const listeners = new Set();
let current = load();
let lastReason = null;

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (saved && saved.expiresAt > Date.now() && saved.token && saved.user) return saved;
  } catch {
    // unreadable: start signed out
  }
  return null;
}

export function user() {
  // an expired access token with a refresh token is renewed by the next API call, not signed out
  if (current && current.expiresAt <= Date.now() && !current.refreshToken) signOut('expired');
  return current?.user ?? null;
}

/** True when the access token is about to expire and a refresh token can renew it. */
export function needsRefresh() {
  return Boolean(current?.refreshToken && current.expiresAt - 60_000 <= Date.now());
}

export function refreshToken() {
  return current?.refreshToken ?? null;
}

export function token() {
  return user() ? current.token : null;
}

export function signIn(login) {
  current = {
    token: login.accessToken,
    refreshToken: login.refreshToken ?? null,
    user: login.user ?? current?.user,
    expiresAt: Date.now() + (login.expiresIn ?? 900) * 1000,
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // storage full or blocked: the session lasts for this page
  }
  listeners.forEach((fn) => fn(current.user, null));
}

/** reason: 'expired' when the server refused the token, undefined when the user chose. */
export function signOut(reason) {
  const wasSignedIn = current !== null;
  lastReason = reason ?? null;
  current = null;
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
  if (wasSignedIn) listeners.forEach((fn) => fn(null, reason));
}

export function onChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function hasRole(...roles) {
  const u = user();
  return Boolean(u && roles.includes(u.role));
}

/** Why the last sign-out happened ('expired' or null), asked once by the sign-in screen. */
export function takeSignOutReason() {
  const reason = lastReason;
  lastReason = null;
  return reason;
}
