// Host setup: how the game is played. Teams (off, auto-balanced, or players pick theirs on joining; 2 to 8 teams),
// team talk before answers open, and the scoring: the speed bonus (off: "accuracy only") and the streak bonus.
import { h } from './dom.js';
import { t } from './i18n.js';

export const TEAM_COUNTS = [2, 3, 4, 5, 6, 7, 8];
export const TALK_SECONDS = [0, 5, 10, 15, 20, 30];

/**
 * The `create` options these choices stand for (only those that differ from the server's defaults).
 * @param {{teams: 'off'|'auto'|'pick', count: number, talkSec: number, speedBonus: boolean, streakBonus: boolean}} c
 */
export function playOptions({ teams, count, talkSec, speedBonus, streakBonus }) {
  const o = {};
  if (teams === 'auto' || teams === 'pick') {
    o.teams = { mode: teams, count };
    if (talkSec > 0) o.teamTalkSec = talkSec;
  }
  if (!speedBonus) o.speedBonus = false;
  if (!streakBonus) o.streakBonus = false;
  return o;
}

function row(id, label, control, help = null) {
  return h('div', { class: 'option-row' },
    h('label', { htmlFor: id }, label, help ? h('small', { class: 'muted block', text: help }) : null),
    h('div', { class: 'option-control' }, control));
}

export function playOptionsFieldset() {
  const mode = h('select', { id: 'opt-teams', name: 'teams' },
    h('option', { value: 'off', text: t('options.teams-off') }),
    h('option', { value: 'auto', text: t('options.teams-auto') }),
    h('option', { value: 'pick', text: t('options.teams-pick') }));
  const count = h('select', { id: 'opt-team-count', name: 'teamCount' },
    TEAM_COUNTS.map((n) => h('option', { value: String(n), text: t('options.n-teams', { count: n }), selected: n === 4 })));
  const talk = h('select', { id: 'opt-team-talk', name: 'teamTalkSec' },
    TALK_SECONDS.map((s) => h('option', { value: String(s), text: s === 0 ? t('options.none') : t('options.seconds', { count: s }) })));
  const speed = h('input', { type: 'checkbox', id: 'opt-speed', name: 'speedBonus', class: 'switch', checked: true });
  const streak = h('input', { type: 'checkbox', id: 'opt-streak', name: 'streakBonus', class: 'switch', checked: true });
  const countRow = row('opt-team-count', t('options.team-count'), count);
  const talkRow = row('opt-team-talk', t('options.team-talk'), talk, t('options.team-talk-help'));
  const sync = () => {
    const on = mode.value !== 'off';
    countRow.hidden = !on;
    talkRow.hidden = !on;
  };
  mode.addEventListener('change', sync);
  sync();
  const el = h('fieldset', { class: 'options play-options' }, h('legend', { text: t('options.teams-legend') }),
    row('opt-teams', t('finished.teams'), mode),
    countRow,
    talkRow,
    row('opt-speed', t('options.speed'), speed, t('options.speed-help')),
    row('opt-streak', t('options.streak'), streak, t('options.streak-help')));
  return {
    el,
    /** The `create` options chosen here. */
    options: () => playOptions({
      teams: mode.value, count: Number(count.value), talkSec: Number(talk.value),
      speedBonus: speed.checked, streakBonus: streak.checked,
    }),
  };
}
