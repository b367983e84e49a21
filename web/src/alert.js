// The TL's attention: a short beep (WebAudio) and a buzz (vibration) when a new hand is raised.
// Browsers start audio only after a tap, so the first tap anywhere unlocks it.
let audio = null;

export function unlockAudio() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  if (!audio) {
    try {
      audio = new Context();
    } catch {
      return;
    }
  }
  if (audio.state === 'suspended') audio.resume().catch(() => {});
}

export function audioReady() {
  return audio !== null && audio.state === 'running';
}

export function attention() {
  beep();
  if (typeof navigator.vibrate === 'function') {
    try {
      navigator.vibrate([200, 100, 200]);
    } catch {
      // not allowed without a tap: the beep and the screen still tell
    }
  }
}

function beep() {
  if (!audio) unlockAudio();
  if (!audio || audio.state !== 'running') return;
  const start = audio.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.22, 1175],
  ]) {
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, start + offset);
    volume.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
    tone.connect(volume).connect(audio.destination);
    tone.start(start + offset);
    tone.stop(start + offset + 0.2);
  }
}
