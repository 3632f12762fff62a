// Player, a full-screen message with one action: removed by the host, game over, open in another tab...
import { h } from './dom.js';
import { icon } from './icons.js';

export function messageScreen({ title, text, action, onAction, iconName = 'cross' }) {
  const el = h('section', { class: 'center-message', 'aria-labelledby': 'msg-title' },
    h('span', { class: 'message-icon' }, icon(iconName)),
    h('h1', { id: 'msg-title', class: 'screen-title', text: title }),
    text ? h('p', { class: 'muted', text }) : null,
    action ? h('button', { type: 'button', class: 'btn btn-primary btn-lg', text: action, onclick: () => onAction() }) : null);
  return { el };
}
