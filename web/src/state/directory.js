// People and desks of the contact center, fetched once per sign-in.
import { get } from '../api.js';

let users = null;
let desks = null;

export function reset() {
  users = null;
  desks = null;
}

export function loadUsers() {
  users ??= get('/users').catch((e) => {
    users = null;
    throw e;
  });
  return users;
}

export function loadDesks() {
  desks ??= get('/desks').catch((e) => {
    desks = null;
    throw e;
  });
  return desks;
}

const names = new Map();

/** "Dimas Pratama (tl1)" once the directory is loaded, else the username. */
export function personLabel(username) {
  if (!username) return '';
  const name = names.get(username);
  return name && name !== username ? `${name} (${username})` : username;
}

export async function warmNames() {
  try {
    for (const u of await loadUsers()) names.set(u.username, u.displayName);
  } catch {
    // usernames are shown instead
  }
}
