// The language switcher (join screen and top bar on phones; the top bar on the host, from its setup screen on, and
// the sign-in form): every shipped language under its own name (`compact`, in a top bar: the closed picker shows the
// code). A choice is remembered in this browser and the page reloads in it; the game's session comes back
// from storage as after any reload.
import { h } from './dom.js';
import { icon } from './icons.js';
import { LANGUAGES, language, languageName, rememberLanguage, t } from './i18n.js';

export function languagePicker({ cls = '', compact = false, onPick = () => location.reload() } = {}) {
  // Every option is named by what it shows: the language's own name. In a top bar the closed picker shows the code
  // (a hidden span) with the select laid over it, transparent, so the list still opens with the full names.
  const select = h('select', { class: 'lang-select', 'aria-label': t('language.label'), title: t('language.label') },
    LANGUAGES.map((l) => h('option', { value: l, lang: l, text: languageName(l), selected: l === language() })));
  const code = compact ? h('span', { class: 'lang-code', 'aria-hidden': 'true', text: language().toUpperCase() }) : null;
  select.addEventListener('change', () => {
    rememberLanguage(select.value);
    onPick(select.value);
  });
  return h('label', { class: ['lang-picker', compact ? 'is-compact' : null, cls] }, icon('globe'), code, select);
}
