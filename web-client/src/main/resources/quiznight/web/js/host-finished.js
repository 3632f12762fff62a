// Host, the end: the podium, the full standings, the report (what the room got right and wrong), and the results
// as Excel, CSV and JSON.
import { h, setText, focus } from './dom.js';
import { reportView } from './report-view.js';
import { icon } from './icons.js';
import { podium } from './podium.js';
import { leaderboard } from './leaderboard.js';
import { formatNumber } from './format.js';
import { teamBoard, teamPodiumEntries } from './team-views.js';

export function hostFinishedScreen(state, { loadResults, loadReport, onDownload, onNewGame }) {
  const f = state.finished;
  const status = h('p', { class: 'muted download-status', role: 'status', 'aria-live': 'polite' });
  const full = h('div', { class: 'final-board' }, leaderboard(f.top ?? [], { cls: 'board-final', label: 'Final standings' }));
  const dl = (format) => async () => {
    setText(status, `Preparing the ${format.toUpperCase()} file…`);
    try {
      const name = await onDownload(format);
      setText(status, `Downloaded ${name}.`);
    } catch (e) {
      setText(status, `Could not download the results: ${e.message}`);
    }
  };
  const title = h('h1', { id: 'hf-title', class: 'screen-title', text: 'Podium', tabIndex: -1 });
  const reportBox = h('div', { class: 'hf-report', hidden: true });
  const reportButton = h('button', { type: 'button', class: 'btn btn-secondary', 'aria-expanded': 'false' },
    icon('chart'), h('span', { text: 'Report' }));
  let body = null;
  const showReport = async (on) => {
    body.hidden = on;
    reportBox.hidden = !on;
    reportButton.setAttribute('aria-expanded', String(on));
    reportButton.lastChild.textContent = on ? 'Back to the podium' : 'Report';
    setText(title, on ? 'Report' : 'Podium');
    focus(title);
    if (!on || reportBox.childElementCount) return;
    reportBox.append(h('p', { class: 'muted', role: 'status', text: 'Preparing the report…' }));
    try {
      reportBox.replaceChildren(reportView(await loadReport()));
    } catch (e) {
      reportBox.replaceChildren(h('p', { class: 'notice', role: 'alert', text: `Could not load the report: ${e.message}` }));
    }
  };
  reportButton.onclick = () => showReport(body.hidden === false);
  const el = h('section', { class: 'hf', 'aria-labelledby': 'hf-title' },
    h('header', { class: 'hs-head' },
      title,
      h('p', { class: 'muted', text: `${state.quiz?.title ?? ''} · ${formatNumber(f.players ?? state.count)} players` }),
      h('div', { class: 'hf-top-actions' }, reportButton,
        h('button', { type: 'button', class: 'btn btn-secondary', onclick: dl('xlsx') }, icon('download'), h('span', { text: 'Report (Excel)' })))),
    reportBox,
    body = h('div', { class: 'hf-body' },
      f.teams?.length ? podium(teamPodiumEntries(f.teams), { cls: 'podium-host podium-teams' })
        : (f.podium ?? []).length ? podium(f.podium, { cls: 'podium-host' }) : h('p', { class: 'lobby-empty', text: 'Nobody played this time.' }),
      h('div', { class: 'hf-side' },
        f.teams?.length ? h('h2', { class: 'side-title', text: 'Teams' }) : null,
        f.teams?.length ? teamBoard(f.teams, { cls: 'board-final', label: 'Final team standings' }) : null,
        h('h2', { class: 'side-title', text: 'Final standings' }),
        full,
        h('div', { class: 'hf-actions' },
          h('button', { type: 'button', class: 'btn btn-secondary', onclick: dl('csv') }, icon('download'), h('span', { text: 'Results (CSV)' })),
          h('button', { type: 'button', class: 'btn btn-secondary', onclick: dl('json') }, icon('download'), h('span', { text: 'Results (JSON)' })),
          h('button', { type: 'button', class: 'btn btn-primary', onclick: () => onNewGame() }, icon('play'), h('span', { text: 'New game' }))),
        status)));

  // The finished message carries the top 10; the results hold everyone. They are asked for a moment after the
  // podium shows (the server may still be storing them: 409), with a few retries.
  let timer = null;
  const load = (attempt) => {
    timer = setTimeout(() => {
      loadResults().then((res) => {
        if (!res || !Array.isArray(res.players) || res.players.length <= (f.top ?? []).length) return;
        full.replaceChildren(leaderboard(res.players.map((p) => ({ ...p, previousRank: null })), {
          cls: 'board-final', label: 'Final standings',
        }));
      }).catch((e) => {
        if (e.status === 409 && attempt < 3) load(attempt + 1);
      });
    }, 800 * (attempt + 1));
  };
  load(0);
  return { el, destroy: () => clearTimeout(timer) };
}
