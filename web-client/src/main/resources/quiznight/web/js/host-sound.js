// Host: the projector's sound, put together: the Web Audio player (sound-player.js), what to play when
// (sound-schedule.js) and the top bar's control (sound-control.js), with the preference remembered in storage.
// The audio starts on the first click or key press anywhere on the page (autoplay rules). Phones never load this.
import { createSoundPlayer } from './sound-player.js';
import { createSoundSchedule } from './sound-schedule.js';
import { soundControl, initialSound } from './sound-control.js';

export function hostSound({ storage, clock }) {
  const player = createSoundPlayer();
  const schedule = createSoundSchedule({ player, remaining: (deadline) => clock.remaining(deadline) });
  const sound = initialSound(storage.loadSound());
  player.setVolume(sound.volume);
  player.setMuted(sound.muted);
  const control = soundControl({
    sound,
    onChange(pref) {
      player.setVolume(pref.volume);
      player.setMuted(pref.muted);
      storage.saveSound(pref);
      unlock();
    },
  });
  control.waiting(true);

  function unlock() {
    if (player.unlocked) return;
    if (player.unlock()) control.waiting(false);
  }
  const gesture = () => {
    unlock();
    if (player.unlocked) {
      document.removeEventListener('pointerdown', gesture, true);
      document.removeEventListener('keydown', gesture, true);
    }
  };
  document.addEventListener('pointerdown', gesture, true);
  document.addEventListener('keydown', gesture, true);

  return {
    el: control.el,
    update: (state) => schedule.update(state),
    stop: () => schedule.stop(),
  };
}
