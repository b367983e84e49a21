// A short confirmation ("Tersimpan") read out politely by screen readers.
import './toast.css';

const AFTER_MS = 3000;
let timer = null;

export function toast(message) {
  const el = document.getElementById('toast');
  if (!el) return;
  el.textContent = message;
  el.classList.add('toast--shown');
  clearTimeout(timer);
  timer = setTimeout(() => {
    el.classList.remove('toast--shown');
    el.textContent = '';
  }, AFTER_MS);
}

/** Says something to screen readers right away (a new raised hand). */
export function announce(message) {
  const el = document.getElementById('announcer');
  if (!el) return;
  el.textContent = '';
  setTimeout(() => {
    el.textContent = message;
  }, 50);
}
