// Team mode on screen: a team's colour swatch beside its name (the colour is never the only carrier), the team
// standings, the top players of the leading team, a phone's team line, and the team choice of the join form.
// Team names and colours come from the server and only ever become text and a CSS custom property.
import { h } from './dom.js';
import { formatNumber, ordinal } from './format.js';
import { t as tr } from './i18n.js';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Gives an element its team's colour as the CSS custom property --team (a checked #rrggbb only). */
function coloured(el, team) {
  if (team && COLOUR.test(String(team.colour))) el.style.setProperty('--team', team.colour);
  return el;
}

/** A round swatch of the team's colour; decorative: the name always stands beside it. */
export function teamSwatch(team) {
  return coloured(h('span', { class: 'team-swatch', 'aria-hidden': 'true' }), team);
}

/** The team's swatch and name, e.g. in the phone's lobby and result screens. */
export function teamBadge(team, { cls = '' } = {}) {
  if (!team) return null;
  return coloured(h('span', { class: ['team-badge', cls] }, teamSwatch(team), h('span', { class: 'team-name', text: team.name })), team);
}

/**
 * The team standings, best first: rank, swatch and name, members, score (and the points of the last question).
 * @param {object[]} teams [{team, name, colour, score, rank, members, points}]
 */
export function teamBoard(teams, { highlight = null, cls = '', label = tr('team.standings') } = {}) {
  return h('ol', { class: ['board', 'team-board', cls], 'aria-label': label },
    (teams ?? []).map((t, i) => coloured(h('li', {
      class: ['board-row', 'team-row', t.rank === 1 ? 'team-lead' : null, t.team === highlight ? 'is-me' : null],
      dataset: { i: String(Math.min(i, 12)) },
    },
    h('span', { class: 'board-rank' }, h('span', { class: 'sr-only', text: `${ordinal(t.rank)}: ` }), h('span', { 'aria-hidden': 'true', text: String(t.rank) })),
    teamSwatch(t),
    h('span', { class: 'board-name', text: t.name }),
    Number.isFinite(t.members) ? h('span', { class: 'team-members', text: tr('team.members', { count: t.members }) }) : null,
    Number.isFinite(t.points) && t.points > 0 ? h('span', { class: 'team-gain', text: `+${formatNumber(t.points)}` }) : null,
    h('span', { class: 'board-score' }, formatNumber(t.score), h('span', { class: 'sr-only', text: tr('final.points-after', { count: t.score }) }))), t)));
}

/** The podium of teams: the first three as the player podium shows players (2nd, 1st, 3rd). */
export function teamPodiumEntries(teams) {
  return (teams ?? []).slice(0, 3).map((t) => ({ rank: t.rank, playerId: `team-${t.team}`, name: t.name, score: t.score }));
}

/**
 * A phone's team line after a question or at the end: its team, the team's rank and score, and the player's own
 * contribution (their points in the team's mean).
 */
export function phoneTeamLine(team, { ownPoints = null, teams = null } = {}) {
  if (!team) return null;
  const rank = Number.isFinite(team.rank) ? (teams ? tr('result.rank-of', { rank: ordinal(team.rank), players: teams }) : ordinal(team.rank)) : null;
  return coloured(h('div', { class: 'pteam', role: 'group', 'aria-label': tr('team.yours', { name: team.name }) },
    teamBadge(team, { cls: 'pteam-badge' }),
    h('dl', { class: 'stat-grid pteam-stats' },
      rank ? h('div', {}, h('dt', { text: tr('team.rank') }), h('dd', { text: rank })) : null,
      Number.isFinite(team.score) ? h('div', {}, h('dt', { text: tr('team.score') }), h('dd', { text: formatNumber(team.score) })) : null),
    ownPoints != null && Number.isFinite(team.points)
      ? h('p', { class: 'pteam-share', text: tr('team.share', { own: formatNumber(ownPoints), team: formatNumber(team.points) }) })
      : null), team);
}

/**
 * The team choice of the join form: one radio per team, swatch and name. `onPick(team)` when one is chosen.
 * @param {object[]} teams [{team, name, colour, members}]
 */
export function teamPicker(teams, { onPick = () => {} } = {}) {
  const group = h('fieldset', { class: 'team-pick', 'aria-describedby': 'join-error' },
    h('legend', { text: tr('team.pick') }),
    (teams ?? []).map((t) => coloured(h('label', { class: 'team-option', htmlFor: `team-${t.team}` },
      h('input', { type: 'radio', name: 'team', id: `team-${t.team}`, value: String(t.team), onchange: () => onPick(t.team) }),
      teamSwatch(t),
      h('span', { class: 'team-name', text: t.name }),
      Number.isFinite(t.members) ? h('span', { class: 'muted team-members', text: tr('team.members', { count: t.members }) }) : null), t)));
  return {
    el: group,
    /** The team picked, or null. */
    value() {
      const on = group.querySelector('input:checked');
      return on ? Number(on.value) : null;
    },
    focus() {
      group.querySelector('input')?.focus();
    },
  };
}
