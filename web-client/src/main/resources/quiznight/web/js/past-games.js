// "Past games" on the host page: the signed-in organiser's games (GET api/organiser/games), newest first, with the
// quiz, the date, how many played and their average accuracy once ended; each opens its report (the same view as
// at the end of a game) or downloads it as Excel.
import { h, setText, focus } from './dom.js';
import { icon } from './icons.js';
import { fetchOk } from './http.js';
import { reportView, percent } from './report-view.js';
import { t, formatDate } from './i18n.js';
import { errorSentence } from './http.js';

/** The list's line for a game: "12 players · 64% average accuracy", or why there are no figures yet. */
export function gameFigures(g) {
  if (!g.ended) return t('past.not-finished');
  const players = t('past.players', { count: g.players });
  return g.accuracy == null ? players : t('past.figures', { players, accuracy: percent(g.accuracy) });
}

export async function saveXlsx(url, code) {
  const res = await fetchOk(`${url}?format=xlsx`, { cache: 'no-store' });
  const href = URL.createObjectURL(await res.blob());
  const a = h('a', { href, download: `quiznight-${code}.xlsx`, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
}

export function pastGamesScreen({ onBack, base = globalThis.location.href }) {
  const status = h('p', { class: 'muted', role: 'status', text: t('past.loading') });
  const list = h('ol', { class: 'past-list' });
  const reportBox = h('div', { class: 'past-report', hidden: true });
  const title = h('h1', { id: 'past-title', class: 'screen-title', text: t('setup.past-games'), tabIndex: -1 });
  const back = h('button', { type: 'button', class: 'btn btn-ghost', onclick: () => onBack() }, icon('back'), h('span', { text: t('past.back') }));

  async function openReport(g, button) {
    reportBox.hidden = false;
    list.hidden = true;
    setText(title, t('past.report-title', { title: g.title ?? g.quiz ?? g.code }));
    reportBox.replaceChildren(h('p', { class: 'muted', role: 'status', text: t('past.preparing') }));
    const close = h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => {
      reportBox.hidden = true;
      list.hidden = false;
      setText(title, t('setup.past-games'));
      focus(button);
    } }, icon('back'), h('span', { text: t('past.back-to-list') }));
    try {
      const res = await fetchOk(new URL(`${g.results}?format=report`, base).href, { cache: 'no-store' });
      reportBox.replaceChildren(close, reportView(await res.json()));
    } catch (e) {
      reportBox.replaceChildren(close, h('p', { class: 'notice', role: 'alert', text: t('past.report-failed', { reason: errorSentence(e) }) }));
    }
    focus(title);
  }

  function row(g) {
    const name = g.title ?? g.quiz ?? t('past.gone-quiz');
    const when = formatDate(g.createdAt);
    const reportBtn = h('button', { type: 'button', class: 'btn btn-secondary btn-small', disabled: !g.ended,
      'aria-label': t('past.report-of', { name, when }) }, icon('chart'), h('span', { text: t('past.report') }));
    reportBtn.onclick = () => openReport(g, reportBtn);
    const xlsx = h('button', { type: 'button', class: 'btn btn-ghost btn-small', disabled: !g.ended,
      'aria-label': t('past.excel-of', { name, when }), onclick: () => saveXlsx(new URL(g.results, base).href, g.code)
        .catch((e) => setText(status, t('past.download-failed', { reason: errorSentence(e) }))) },
    icon('download'), h('span', { text: t('past.excel') }));
    return h('li', { class: 'past-row' },
      h('div', { class: 'past-main' },
        h('h2', { class: 'past-title', text: name }),
        h('p', { class: 'muted past-when' }, h('time', { datetime: new Date(g.createdAt).toISOString(), text: when }),
          ` · ${t('past.room', { code: g.code })}`),
        h('p', { class: 'past-figures', text: gameFigures(g) })),
      h('div', { class: 'past-actions' }, reportBtn, xlsx));
  }

  fetchOk(new URL('api/organiser/games', base).href, { cache: 'no-store' })
    .then((res) => res.json())
    .then((games) => {
      setText(status, games.length ? '' : t('past.none'));
      list.replaceChildren(...games.map(row));
    })
    .catch((e) => setText(status, t('past.load-failed', { reason: errorSentence(e) })));

  const el = h('section', { class: 'past-games', 'aria-labelledby': 'past-title' },
    h('header', { class: 'past-head' }, back, title), status, list, reportBox);
  queueMicrotask(() => focus(title));
  return { el };
}
