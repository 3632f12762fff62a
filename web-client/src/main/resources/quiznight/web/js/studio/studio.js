// "My quizzes" on the host page: the list (list.js) and the editor (editor.js) of one quiz, in one screen that
// swaps between them. Loads the kinds description (GET api/kinds) once, and the phone's style sheet the preview
// needs (css/player.css, only while the studio is open).
import { h } from '../dom.js';
import { libraryApi, refusalText } from './library-api.js';
import { listScreen } from './list.js';
import { editorScreen } from './editor.js';
import { localDescription } from './labels.js';
import { t } from '../i18n.js';

let description = null;

function phoneStyles() {
  if (document.querySelector('link[data-studio-css]')) return;
  document.head.append(h('link', { rel: 'stylesheet', href: 'css/player.css', 'data-studio-css': 'true' }));
}

function localStore() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * @param {object} o
 * @param {() => void} o.onBack back to the setup screen
 * @param {(quizId: string) => void} o.onHost creates a room with a quiz of the library
 * @param {object} o.toast
 * @param {string} [o.openId] a quiz to open at once
 */
export function studioScreen({ onBack, onHost, toast, openId = null, api = libraryApi() }) {
  const el = h('div', { class: 'studio-root' }, h('p', { class: 'muted center-message', text: t('studio.loading') }));
  let current = null;

  function show(screen) {
    current?.destroy?.();
    current = screen;
    el.replaceChildren(screen.el);
    const heading = screen.el.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }

  function list() {
    history.replaceState(null, '', '#studio');
    show(listScreen({ api, toast, onBack, onHost, onOpen: edit }));
  }

  function edit(id, notes = []) {
    history.replaceState(null, '', `#studio/${encodeURIComponent(id)}`);
    show(editorScreen({ api, id, description, store: localStore(), toast, onBack: list, onHost, notes }));
  }

  phoneStyles();
  (description ? Promise.resolve({ status: 200, body: description }) : api.kinds()).then((r) => {
    if (r.status !== 200) {
      el.replaceChildren(h('p', { class: 'form-error center-message', text: refusalText(r, t('studio.what.editor')) }));
      return;
    }
    description = localDescription(r.body);
    if (openId) edit(openId);
    else list();
  });

  return {
    el,
    destroy() {
      current?.destroy?.();
      document.querySelector('link[data-studio-css]')?.remove();
      if (location.hash.startsWith('#studio')) history.replaceState(null, '', location.pathname + location.search);
    },
  };
}

/** The quiz id in the page's address when it shows the studio ("#studio/<id>"), "" for the list, null otherwise. */
export function studioTarget(hash = globalThis.location?.hash ?? '') {
  if (!hash.startsWith('#studio')) return null;
  const rest = hash.slice('#studio'.length);
  return rest.startsWith('/') ? decodeURIComponent(rest.slice(1)) : '';
}
