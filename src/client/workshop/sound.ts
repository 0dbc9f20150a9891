/**
 * The optional sound cue when time is up: three short beeps from a Web Audio oscillator (no audio
 * file, nothing loaded). Browsers only start audio after a user gesture, so the runner calls
 * `prepareSound()` from the click that turns sound on (and from later clicks after a reload).
 */
let context: AudioContext | undefined;

export function prepareSound(): void {
  if (!('AudioContext' in window)) return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
}

export function playTimeUp(): void {
  prepareSound();
  if (!context) return;
  const t = context.currentTime + 0.05;
  for (let i = 0; i < 3; i++) {
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.value = 880;
    const start = t + i * 0.35;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
    osc.connect(gain).connect(context.destination);
    osc.start(start);
    osc.stop(start + 0.3);
  }
}
