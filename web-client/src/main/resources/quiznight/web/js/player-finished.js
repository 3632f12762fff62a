// Player, the end: their own rank and score, the podium, and "My answers" (their recap, recap-view.js).
import { h, setText, focus } from './dom.js';
import { formatNumber, ordinal } from './format.js';
import { podium } from './podium.js';
import { icon } from './icons.js';
import { recapView, recapPage, pageCss } from './recap-view.js';
import { phoneTeamLine } from './team-views.js';
import { t } from './i18n.js';

/** Saves `text` as a file named `name` through a Blob link. */
function saveFile(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function playerFinishedScreen(state, { onPlayAgain, loadRecap }) {
  const f = state.finished;
  const rank = f.you?.rank ?? state.rank;
  const score = f.you?.score ?? state.score;
  const top3 = rank != null && rank <= 3;
  const title = h('h1', { id: 'pfinal-title', class: 'pstand-rank', tabIndex: -1 }, rank ? t('final.place', { rank: ordinal(rank) }) : t('final.thanks'));
  const recapBox = h('div', { class: 'pfinal-recap', hidden: true });
  const status = h('p', { class: 'muted', role: 'status' });
  let body = null;
  const back = h('button', { type: 'button', class: 'btn btn-ghost btn-block', onclick: () => showRecap(false) },
    h('span', { text: t('final.back-podium') }));
  async function showRecap(on) {
    body.hidden = on;
    recapBox.hidden = !on;
    if (!on) {
      focus(title);
      return;
    }
    if (!recapBox.childElementCount) {
      setText(status, t('final.getting-answers'));
      recapBox.append(status);
      try {
        const recap = await loadRecap();
        const view = recapView(recap, {
          onSave: () => saveFile(`quiznight-${recap.code}-${recap.name}.html`.replace(/[^\w.-]+/g, '_'),
            recapPage(view, t('final.my-answers-title', { title: recap.quizTitle ?? 'QuizNight' }), pageCss()), 'text/html'),
        });
        recapBox.replaceChildren(view, back);
      } catch (e) {
        setText(status, t('final.answers-failed', { reason: e.message }));
        recapBox.replaceChildren(status, back);
      }
    }
    focus(recapBox.querySelector('#recap-title') ?? status);
  }
  body = h('div', { class: 'pfinal-body' },
    h('p', { class: 'pstand-label', text: t('final.game-over') }),
    title,
    h('p', { class: 'pstand-score' }, h('strong', { text: formatNumber(score) }), t('final.points-after', { count: score }),
      f.players ? t('final.players-after', { count: f.players }) : ''),
    f.you?.team ? phoneTeamLine(f.you.team, { teams: f.teams?.length ?? null }) : null,
    (f.podium ?? []).length ? podium(f.podium, { highlight: state.me?.playerId, cls: 'podium-player' }) : null,
    loadRecap ? h('button', { type: 'button', class: 'btn btn-primary btn-block', onclick: () => showRecap(true) },
      icon('list'), h('span', { text: t('final.my-answers') })) : null,
    h('button', { type: 'button', class: 'btn btn-ghost btn-block', text: t('final.play-again'), onclick: () => onPlayAgain() }));
  const el = h('section', { class: ['pfinal', top3 ? 'is-top' : null], 'aria-labelledby': 'pfinal-title' }, body, recapBox);
  return { el };
}
