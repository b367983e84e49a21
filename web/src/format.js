// Times are stored in UTC and shown in the contact center's zone, WIB (Asia/Jakarta).
import { locale } from './i18n.js';

export const ZONE = 'Asia/Jakarta';
const WIB_OFFSET = '+07:00'; // Jakarta keeps no daylight saving time

const cache = new Map();
function formatter(kind) {
  const key = `${locale()}:${kind}`;
  if (!cache.has(key)) {
    const options =
      kind === 'time'
        ? { timeZone: ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }
        : { timeZone: ZONE, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false };
    cache.set(key, new Intl.DateTimeFormat(locale(), options));
  }
  return cache.get(key);
}

/** "29 Nov 14.05 WIB" */
export function dateTime(iso) {
  if (!iso) return '';
  return `${formatter('dateTime').format(new Date(iso))} WIB`;
}

/** "14.05.09 WIB" */
export function clock(date = new Date()) {
  return `${formatter('time').format(date)} WIB`;
}

/** Seconds since iso, as m:ss or h:mm:ss. */
export function elapsed(iso, now = Date.now()) {
  const total = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A <input type="datetime-local"> value read as WIB, as an ISO instant. */
export function wibInputToIso(value) {
  if (!value) return undefined;
  const withSeconds = value.length === 16 ? `${value}:00` : value;
  return new Date(`${withSeconds}${WIB_OFFSET}`).toISOString();
}

/** A span of seconds as m:ss or h:mm:ss (sign dropped). */
export function span(seconds) {
  const total = Math.max(0, Math.floor(Math.abs(seconds)));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "14 Nov" style day label for a YYYY-MM-DD day. */
export function day(isoDay) {
  if (!isoDay) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

/** Today in WIB as YYYY-MM-DD, or that many days before. */
export function wibDay(daysBack = 0, now = Date.now()) {
  const shifted = new Date(now + 7 * 3600 * 1000 - daysBack * 86400 * 1000);
  return shifted.toISOString().slice(0, 10);
}

/** K-4: a policy's category code as words (GANGGUAN_INTERNET: "Gangguan internet"). */
export function categoryLabel(code) {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
