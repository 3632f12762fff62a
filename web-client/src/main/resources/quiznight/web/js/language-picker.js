// The language switcher (join screen and top bar on phones; the top bar on the host, from its setup screen on, and
// the sign-in form): every shipped language under its own name (`compact`, in a top bar: its code, the name for
// screen readers). A choice is remembered in this browser and the page reloads in it; the game's session comes back
// from storage as after any reload.
import { h } from './dom.js';
import { icon } from './icons.js';
import { LANGUAGES, language, languageName, rememberLanguage, t } from './i18n.js';

export function languagePicker({ cls = '', compact = false, onPick = () => location.reload() } = {}) {
  const select = h('select', { class: 'lang-select', 'aria-label': t('language.label'), title: t('language.label') },
    LANGUAGES.map((l) => h('option', {
      value: l, lang: l, text: compact ? l.toUpperCase() : languageName(l), 'aria-label': languageName(l), selected: l === language(),
    })));
  select.addEventListener('change', () => {
    rememberLanguage(select.value);
    onPick(select.value);
  });
  return h('label', { class: ['lang-picker', cls] }, icon('globe'), select);
}
