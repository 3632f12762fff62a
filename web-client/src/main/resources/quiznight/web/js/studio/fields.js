// The question form, generated from GET api/kinds: one renderer per field *type* (text, integer, number, enum, url,
// code, boolean, texts, choices, image), never per kind, so a new kind's fields appear here without a line of
// code. Each field is a labelled control with its help and its problems tied to it (aria-describedby,
// aria-invalid). A renderer calls onChange(value) with the field's new value; the editor puts it in the draft.
import { h, clear, setText } from '../dom.js';
import { icon } from '../icons.js';
import { ACCEPT, uploadImage, mediaUrl } from '../media-upload.js';
import { t } from '../i18n.js';

let seq = 0;

/** A text input or textarea with the field's limit. */
function textControl(spec, value, { id, onChange }) {
  const multiline = spec.multiline === true || spec.type === 'code';
  const props = {
    id, name: spec.name, value: value ?? '', maxlength: spec.maxLength, required: spec.required,
    class: ['sf-input', spec.type === 'code' ? 'sf-code' : null],
    spellcheck: spec.type === 'code' ? 'false' : null,
    // What the organiser types runs in its own direction (an English question in the Arabic editor); code left to right.
    dir: spec.type === 'code' ? 'ltr' : 'auto',
    oninput: (e) => onChange(e.target.value),
  };
  if (spec.type === 'url') return h('input', { ...props, type: 'url', inputmode: 'url', placeholder: 'https://…' });
  if (!multiline) return h('input', { ...props, type: 'text' });
  return h('textarea', { ...props, rows: spec.type === 'code' ? 6 : 3 });
}

function numberControl(spec, value, { id, onChange }) {
  return h('input', {
    id, name: spec.name, type: 'number', class: 'sf-input field-number', value: value ?? '',
    min: spec.min, max: spec.max, step: spec.type === 'integer' ? (spec.step ?? 1) : 'any',
    placeholder: spec.default != null && !spec.required ? String(spec.default) : null,
    inputmode: spec.type === 'integer' ? 'numeric' : 'decimal',
    oninput: (e) => {
      const raw = e.target.value.trim();
      onChange(raw === '' ? undefined : Number(raw));
    },
  });
}

function enumControl(spec, value, { id, onChange }) {
  const current = value ?? spec.default;
  // An optional field without a default may be left unset: a first, empty option.
  const options = !spec.required && spec.default === undefined ? [{ value: undefined, label: '—' }, ...spec.options] : spec.options;
  return h('select', {
    id, name: spec.name, class: 'sf-input',
    onchange: (e) => {
      const o = options[e.target.selectedIndex];
      onChange(o.value === spec.default && !spec.required ? undefined : o.value);
    },
  }, options.map((o) => h('option', { value: String(o.value ?? ''), text: o.label, selected: o.value === current })));
}

function booleanControl(spec, value, { id, onChange }) {
  return h('input', { id, name: spec.name, type: 'checkbox', class: 'switch', checked: value === true,
    onchange: (e) => onChange(e.target.checked ? true : undefined) });
}

/** A list of strings (accepted answers): one input each, add and remove. */
function textsControl(spec, value, { id, onChange, label }) {
  let items = Array.isArray(value) && value.length ? [...value] : [''];
  const list = h('div', { class: 'sf-list', role: 'group', 'aria-labelledby': `${id}-label` });
  const add = h('button', { type: 'button', class: 'btn btn-ghost btn-small', onclick: () => {
    items = [...items, ''];
    draw(items.length - 1);
    onChange(items);
  } }, icon('plus'), h('span', { text: t('studio.add-answer') }));
  function draw(focusAt = -1) {
    clear(list);
    items.forEach((text, i) => {
      const input = h('input', { type: 'text', class: 'sf-input', value: text, maxlength: spec.maxLength, dir: 'auto',
        id: i === 0 ? id : `${id}-${i}`, 'aria-label': t('studio.item', { label, n: i + 1 }),
        oninput: (e) => {
          items[i] = e.target.value;
          onChange([...items]);
        } });
      list.append(h('div', { class: 'sf-list-row' }, input,
        items.length > (spec.minItems ?? 1) ? h('button', { type: 'button', class: 'btn btn-ghost btn-icon',
          'aria-label': t('studio.remove-item', { label, n: i + 1 }), onclick: () => {
            items = items.filter((_, j) => j !== i);
            draw(Math.min(i, items.length - 1));
            onChange([...items]);
          } }, icon('cross')) : null));
      if (i === focusAt) queueMicrotask(() => input.focus());
    });
    add.hidden = spec.maxItems != null && items.length >= spec.maxItems;
  }
  draw();
  return h('div', { class: 'sf-texts' }, list, add);
}

/**
 * The choices of a kind answered by picking, with which are right as the description says (`correct`: "one" is a
 * radio group, "many" checkboxes, "none" and "order" (the items in the right order) no marks). With `pictures` each
 * choice may carry a picture. Value and onChange: {choices, correct, choiceImages} (correct only for "one" and
 * "many"; choiceImages only with `pictures`, null for a choice without one).
 */
function choicesControl(spec, value, { id, onChange, label, page }) {
  let choices = Array.isArray(value?.choices) ? [...value.choices] : [];
  let correct = Array.isArray(value?.correct) ? [...value.correct] : [];
  let images = choices.map((_, i) => value?.choiceImages?.[i] ?? null);
  const status = h('p', { class: 'sf-status', role: 'status' });
  const fixed = spec.minItems === spec.maxItems;
  const list = h('ol', { class: 'choice-edit-list', 'aria-labelledby': `${id}-label` });
  const add = h('button', { type: 'button', class: 'btn btn-ghost btn-small', onclick: () => {
    choices = [...choices, ''];
    images = [...images, null];
    draw(choices.length - 1);
    emit();
  } }, icon('plus'), h('span', { text: t('studio.add-answer') }));
  const group = `${id}-right`;

  function emit() {
    const v = spec.correct === 'one' || spec.correct === 'many'
      ? { choices: [...choices], correct: [...correct] } : { choices: [...choices] };
    if (spec.pictures) v.choiceImages = [...images];
    onChange(v);
  }

  function draw(focusAt = -1) {
    clear(list);
    choices.forEach((text, i) => {
      const letter = String.fromCharCode(65 + i);
      const input = h('input', { type: 'text', class: 'sf-input', value: text, maxlength: spec.maxLength, dir: 'auto',
        id: i === 0 ? id : `${id}-${i}`, 'aria-label': t('studio.answer', { letter }),
        oninput: (e) => {
          choices[i] = e.target.value;
          emit();
        } });
      let mark = null;
      if (spec.correct === 'one' || spec.correct === 'many') {
        const one = spec.correct === 'one';
        mark = h('label', { class: 'choice-right' },
          h('input', { type: one ? 'radio' : 'checkbox', name: group, checked: correct.includes(i),
            onchange: (e) => {
              if (one) correct = [i];
              else correct = e.target.checked ? [...new Set([...correct, i])].sort((a, b) => a - b) : correct.filter((c) => c !== i);
              emit();
            } }),
          h('span', { text: t('studio.right') }), h('span', { class: 'sr-only', text: ` ${t('studio.right-which', { letter })}` }));
      }
      const remove = !fixed && choices.length > (spec.minItems ?? 2)
        ? h('button', { type: 'button', class: 'btn btn-ghost btn-icon', 'aria-label': t('studio.remove-answer', { letter }), onclick: () => {
          choices = choices.filter((_, j) => j !== i);
          images = images.filter((_, j) => j !== i);
          correct = correct.filter((c) => c !== i).map((c) => (c > i ? c - 1 : c));
          draw(Math.min(i, choices.length - 1));
          emit();
        } }, icon('cross'))
        : null;
      const picture = spec.pictures
        ? h('span', { class: 'choice-picture-edit' }, ...pictureInput(images[i], {
          id: `${id}-pic-${i}`, page, status, chooseText: t('studio.picture'),
          chooseLabel: t('studio.picture-for', { letter }), removeLabel: t('studio.remove-picture-of', { letter }),
          onChange: (path) => {
            images[i] = path ?? null;
            emit();
          },
        }).parts)
        : null;
      list.append(h('li', { class: ['choice-edit', `choice-${i}`] },
        h('span', { class: 'choice-edit-letter', 'aria-hidden': 'true', text: letter }), input, mark, picture, remove));
      if (i === focusAt) queueMicrotask(() => input.focus());
    });
    add.hidden = fixed || (spec.maxItems != null && choices.length >= spec.maxItems);
  }
  draw();
  return h('div', { class: 'sf-choices', role: 'group', 'aria-label': label }, list, add, spec.pictures ? status : null);
}

/**
 * A picture input (POST api/media): a thumbnail, a "choose" button labelled `chooseLabel`, and a remove button;
 * `onChange(path)` with the projector path once uploaded, `onChange(undefined)` when removed. Upload problems are
 * said in `status`.
 */
function pictureInput(value, { id, page, onChange, chooseText, chooseLabel, removeLabel, status }) {
  const thumb = h('img', { class: 'sf-thumb', alt: '', hidden: !value });
  if (value) thumb.src = mediaUrl(value, page);
  const remove = h('button', { type: 'button', class: 'btn btn-ghost btn-small', hidden: !value, 'aria-label': removeLabel,
    onclick: () => {
      thumb.hidden = true;
      remove.hidden = true;
      onChange(undefined);
    } }, icon('cross'), h('span', { text: t('studio.remove-picture') }));
  async function take(f) {
    if (!f) return;
    setText(status, t('studio.uploading'));
    const r = await uploadImage(f, { page });
    if (!r.ok) {
      setText(status, r.error);
      return;
    }
    setText(status, '');
    thumb.src = mediaUrl(r.media.projector, page);
    thumb.hidden = false;
    remove.hidden = false;
    onChange(r.media.projector);
  }
  const file = h('input', { type: 'file', id, accept: ACCEPT, class: 'sr-only', 'aria-label': chooseLabel,
    onchange: (e) => take(e.target.files?.[0]) });
  const choose = h('label', { class: 'btn btn-secondary btn-small', htmlFor: id },
    icon('upload'), h('span', { text: chooseText }));
  return { parts: [thumb, choose, file, remove], take };
}

/** A picture (POST api/media): a button, a file dropped on it, or a pasted picture; a thumbnail once there. */
function imageControl(spec, value, { id, onChange, page }) {
  const status = h('p', { class: 'sf-status', role: 'status' });
  const { parts, take } = pictureInput(value, { id, page, onChange, status, chooseText: t('studio.choose-picture') });
  const zone = h('div', { class: 'sf-image', tabindex: 0, 'aria-label': t('studio.drop-picture', { label: spec.label }) },
    ...parts, status);
  zone.addEventListener('dragover', (e) => e.preventDefault());
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    take(e.dataTransfer?.files?.[0]);
  });
  zone.addEventListener('paste', (e) => {
    const item = [...(e.clipboardData?.files ?? [])][0];
    if (item) {
      e.preventDefault();
      take(item);
    }
  });
  return zone;
}

const RENDERERS = {
  text: textControl,
  url: textControl,
  code: textControl,
  integer: numberControl,
  number: numberControl,
  enum: enumControl,
  boolean: booleanControl,
  texts: textsControl,
  choices: choicesControl,
  image: imageControl,
};

/** True when this page can draw a field of this type. */
export function knownType(type) {
  return Object.hasOwn(RENDERERS, type);
}

/**
 * One labelled field: the control for its type, its help, and a place for its problems.
 * @returns {{el: HTMLElement, setProblems: (messages: string[]) => void}}
 */
export function fieldView(spec, value, { onChange, page = globalThis.location?.href } = {}) {
  const id = `f-${spec.name.replace(/[^a-zA-Z0-9]/g, '-')}-${++seq}`;
  const render = RENDERERS[spec.type];
  const problems = h('ul', { class: 'sf-problems', id: `${id}-problems`, hidden: true });
  const help = spec.help ? h('p', { class: 'sf-help', id: `${id}-help`, text: spec.help }) : null;
  const control = render
    ? render(spec, value, { id, onChange, label: spec.label, page })
    : h('p', { class: 'sf-help', text: t('studio.cannot-edit', { label: spec.label }) });
  const grouped = spec.type === 'choices' || spec.type === 'texts';
  const target = control.matches?.('input, textarea, select') ? control : control.querySelector?.(`#${id}`);
  const label = grouped
    ? h('span', { class: 'sf-label', id: `${id}-label` }, spec.label, spec.required ? null : h('span', { class: 'muted', text: ` ${t('studio.optional')}` }))
    : h('label', { class: 'sf-label', id: `${id}-label`, htmlFor: id }, spec.label,
      spec.required ? null : h('span', { class: 'muted', text: ` ${t('studio.optional')}` }));
  const describedBy = [help ? help.id : null, problems.id].filter(Boolean).join(' ');
  for (const el of [target, ...(grouped ? control.querySelectorAll('input') : [])]) el?.setAttribute('aria-describedby', describedBy);
  const el = h('div', { class: ['sf', `sf-type-${spec.type}`], dataset: { field: spec.name.split('.')[0] } },
    label, help, control, problems);
  return {
    el,
    setProblems(messages) {
      clear(problems);
      for (const m of messages) problems.append(h('li', { text: m }));
      problems.hidden = messages.length === 0;
      el.classList.toggle('has-problem', messages.length > 0);
      for (const input of el.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=file]), textarea, select')) {
        if (messages.length) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', describedBy);
      }
    },
  };
}
