// Swaps the screen shown in a container. A screen is {el, update?(state), destroy?()}, built once per key
// (e.g. "question:3") and updated in place after that, so inputs keep their focus and text.

export function screenHost(container) {
  let current = null;
  let currentKey = null;
  return {
    /** Shows the screen for `key`, building it with `build()` when the key changed; then updates it. */
    show(key, build, state) {
      if (key !== currentKey) {
        current?.destroy?.();
        current = build();
        currentKey = key;
        current.el.classList.add('screen', 'screen-enter');
        container.replaceChildren(current.el);
        // Move focus to the new screen's heading for keyboard and screen reader users (not into inputs).
        const target = current.el.querySelector('[data-autofocus]') ?? current.el.querySelector('h1, h2');
        if (target) {
          if (!target.hasAttribute('tabindex') && !/^(INPUT|BUTTON|SELECT|TEXTAREA|A)$/.test(target.tagName)) {
            target.setAttribute('tabindex', '-1');
          }
          if (!container.contains(document.activeElement) || document.activeElement === document.body
              || document.activeElement === container) {
            try {
              target.focus({ preventScroll: true });
            } catch {
              target.focus();
            }
          }
        }
      }
      current.update?.(state);
      return current;
    },
    get key() {
      return currentKey;
    },
    get current() {
      return current;
    },
  };
}
