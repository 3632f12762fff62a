// Host: the second QR code, "Control from your phone". It encodes a one-time remote link the server minted for this
// room (remote.html on the phone: Next, Pause, Lock, Kick, End, while the laptop stays the projector). A claimed
// link is spent: the server sends a new one, and the panel says how many phones drive the room.
import { h, setText } from './dom.js';
import { icon } from './icons.js';
import { t } from './i18n.js';

/** The address of the QR code image of a remote link (the server draws it, as it draws the join QR code). */
export function remoteQrSrc(code, token) {
  return `api/rooms/${encodeURIComponent(code)}/remote-qr.svg?token=${encodeURIComponent(token)}`;
}

export function remotePanel({ onNewLink }) {
  const qr = h('img', { class: 'qr-remote', width: 148, height: 148, alt: t('remote.qr') });
  const note = h('p', { class: 'remote-note muted', role: 'status', 'aria-live': 'polite' });
  const again = h('button', { type: 'button', class: 'btn btn-ghost btn-sm', onclick: () => onNewLink() },
    h('span', { text: t('remote.new-link') }));
  const el = h('div', { class: 'remote-panel', hidden: true },
    h('div', { class: 'qr-frame qr-frame-small' }, qr),
    h('div', { class: 'remote-text' },
      h('p', { class: 'remote-title' }, icon('phone'), h('span', { text: t('remote.title') })),
      h('p', { class: 'remote-help muted', text: t('remote.help') }),
      note, again));
  let shownToken = null;
  return {
    el,
    update(state) {
      const link = state.remoteLink;
      el.hidden = !link || !link.token || !state.code;
      if (el.hidden || link.token === shownToken) return;
      shownToken = link.token;
      qr.src = remoteQrSrc(state.code, link.token);
      qr.dataset.url = link.url ?? '';
      setText(note, link.remotes > 0 ? t('remote.count', { count: link.remotes }) : '');
    },
  };
}
