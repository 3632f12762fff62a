// Host, the end: the podium, the full standings, the report (what the room got right and wrong), and the results
// as Excel, CSV and JSON.
import { h, setText, focus } from './dom.js';
import { reportView } from './report-view.js';
import { icon } from './icons.js';
import { podium } from './podium.js';
import { leaderboard } from './leaderboard.js';
import { formatNumber } from './format.js';
import { teamBoard, teamPodiumEntries } from './team-views.js';
import { t } from './i18n.js';

export function hostFinishedScreen(state, { loadResults, loadReport, onDownload, onNewGame }) {
  const f = state.finished;
  const status = h('p', { class: 'muted download-status', role: 'status', 'aria-live': 'polite' });
  const full = h('div', { class: 'final-board' }, leaderboard(f.top ?? [], { cls: 'board-final', label: t('finished.standings') }));
  const dl = (format) => async () => {
    setText(status, t('finished.preparing', { format: format.toUpperCase() }));
    try {
      const name = await onDownload(format);
      setText(status, t('finished.downloaded', { name }));
    } catch (e) {
      setText(status, t('finished.download-failed', { reason: e.message }));
    }
  };
  const title = h('h1', { id: 'hf-title', class: 'screen-title', text: t('podium.label'), tabIndex: -1 });
  const reportBox = h('div', { class: 'hf-report', hidden: true });
  const reportButton = h('button', { type: 'button', class: 'btn btn-secondary', 'aria-expanded': 'false' },
    icon('chart'), h('span', { text: t('finished.report') }));
  let body = null;
  const showReport = async (on) => {
    body.hidden = on;
    reportBox.hidden = !on;
    reportButton.setAttribute('aria-expanded', String(on));
    reportButton.lastChild.textContent = on ? t('final.back-podium') : t('finished.report');
    setText(title, on ? t('finished.report') : t('podium.label'));
    focus(title);
    if (!on || reportBox.childElementCount) return;
    reportBox.append(h('p', { class: 'muted', role: 'status', text: t('finished.report-preparing') }));
    try {
      reportBox.replaceChildren(reportView(await loadReport()));
    } catch (e) {
      reportBox.replaceChildren(h('p', { class: 'notice', role: 'alert', text: t('finished.report-failed', { reason: e.message }) }));
    }
  };
  reportButton.onclick = () => showReport(body.hidden === false);
  const el = h('section', { class: 'hf', 'aria-labelledby': 'hf-title' },
    h('header', { class: 'hs-head' },
      title,
      h('p', { class: 'muted', text: t('finished.meta', { title: state.quiz?.title ?? '', count: f.players ?? state.count }) }),
      h('div', { class: 'hf-top-actions' }, reportButton,
        h('button', { type: 'button', class: 'btn btn-secondary', onclick: dl('xlsx') }, icon('download'), h('span', { text: t('finished.excel') })))),
    reportBox,
    body = h('div', { class: 'hf-body' },
      f.teams?.length ? podium(teamPodiumEntries(f.teams), { cls: 'podium-host podium-teams' })
        : (f.podium ?? []).length ? podium(f.podium, { cls: 'podium-host' }) : h('p', { class: 'lobby-empty', text: t('finished.nobody') }),
      h('div', { class: 'hf-side' },
        f.teams?.length ? h('h2', { class: 'side-title', text: t('finished.teams') }) : null,
        f.teams?.length ? teamBoard(f.teams, { cls: 'board-final', label: t('finished.team-standings') }) : null,
        h('h2', { class: 'side-title', text: t('finished.standings') }),
        full,
        h('div', { class: 'hf-actions' },
          h('button', { type: 'button', class: 'btn btn-secondary', onclick: dl('csv') }, icon('download'), h('span', { text: t('finished.csv') })),
          h('button', { type: 'button', class: 'btn btn-secondary', onclick: dl('json') }, icon('download'), h('span', { text: t('finished.json') })),
          h('button', { type: 'button', class: 'btn btn-primary', onclick: () => onNewGame() }, icon('play'), h('span', { text: t('finished.new-game') }))),
        status)));

  // The finished message carries the top 10; the results hold everyone. They are asked for a moment after the
  // podium shows (the server may still be storing them: 409), with a few retries.
  let timer = null;
  const load = (attempt) => {
    timer = setTimeout(() => {
      loadResults().then((res) => {
        if (!res || !Array.isArray(res.players) || res.players.length <= (f.top ?? []).length) return;
        full.replaceChildren(leaderboard(res.players.map((p) => ({ ...p, previousRank: null })), {
          cls: 'board-final', label: t('finished.standings'),
        }));
      }).catch((e) => {
        if (e.status === 409 && attempt < 3) load(attempt + 1);
      });
    }, 800 * (attempt + 1));
  };
  load(0);
  return { el, destroy: () => clearTimeout(timer) };
}
