// The explanation shown with the answer, and its "read more" link (http and https links only).
import { h, safeHttpUrl } from './dom.js';
import { icon } from './icons.js';
import { renderRich } from './rich-text.js';
import { t } from './i18n.js';

export function explanationBox(reveal, cls = '') {
  const docs = safeHttpUrl(reveal.docs);
  if (!reveal.explanation && !docs) return null;
  let docsLabel = '';
  if (docs) {
    const u = new URL(docs);
    docsLabel = `${u.host}${u.pathname.length > 1 ? u.pathname : ''}`;
  }
  return h('aside', { class: ['explanation', cls], 'aria-label': t('explanation.label') },
    reveal.explanation ? renderRich(h('p', { class: 'explanation-text' }), reveal.explanation) : null,
    docs ? h('p', { class: 'explanation-docs' }, icon('link'), ' ',
      h('a', { href: docs, target: '_blank', rel: 'noopener noreferrer', text: docsLabel })) : null);
}
