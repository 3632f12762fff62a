// Shapes for the choices and a few line icons, drawn as SVG (no icon font, no emoji: they render the same on
// every projector and phone).
import { svg } from './dom.js';

const SHAPES = Object.freeze({
  triangle: () => svg('polygon', { points: '50,8 95,90 5,90' }),
  diamond: () => svg('polygon', { points: '50,3 97,50 50,97 3,50' }),
  circle: () => svg('circle', { cx: 50, cy: 50, r: 45 }),
  square: () => svg('rect', { x: 9, y: 9, width: 82, height: 82, rx: 4 }),
  star: () => svg('polygon', { points: '50,4 61,37 96,37 68,58 78,92 50,72 22,92 32,58 4,37 39,37' }),
  hexagon: () => svg('polygon', { points: '50,3 92,26 92,74 50,97 8,74 8,26' }),
});

/** A filled choice shape (triangle, diamond, circle, square, star, hexagon), hidden from screen readers. */
export function shape(name, cls = 'shape') {
  const make = SHAPES[name] ?? SHAPES.circle;
  return svg('svg', { class: cls, viewBox: '0 0 100 100', 'aria-hidden': 'true', focusable: 'false' }, make());
}

const ICONS = Object.freeze({
  check: ['M4.5 12.5l5 5L19.5 7'],
  cross: ['M6 6l12 12', 'M18 6L6 18'],
  lock: ['M6 11h12v9H6z', 'M8.5 11V8a3.5 3.5 0 0 1 7 0v3'],
  unlock: ['M6 11h12v9H6z', 'M8.5 11V8a3.5 3.5 0 0 1 6.8-1.2'],
  fullscreen: ['M4 9V4h5', 'M20 9V4h-5', 'M4 15v5h5', 'M20 15v5h-5'],
  next: ['M5 12h13', 'M13 6l6 6-6 6'],
  play: ['M7 4.5v15l12.5-7.5z'],
  pause: ['M8.5 5v14', 'M15.5 5v14'],
  phone: ['M7 2.5h10v19H7z', 'M11 18.5h2'],
  stop: ['M6 6h12v12H6z'],
  download: ['M12 4v11', 'M7 10l5 5 5-5', 'M5 20h14'],
  upload: ['M12 16V4', 'M7 9l5-5 5 5', 'M5 20h14'],
  dice: ['M4.5 4.5h15v15h-15z', 'M8.5 8.5h.01', 'M15.5 8.5h.01', 'M12 12h.01', 'M8.5 15.5h.01', 'M15.5 15.5h.01'],
  users: ['M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z', 'M2.5 20a6.5 6.5 0 0 1 13 0', 'M16 4.5a3.5 3.5 0 0 1 0 6.5', 'M18 14a6.5 6.5 0 0 1 3.5 6'],
  up: ['M12 5l7 9H5z'],
  down: ['M12 19l7-9H5z'],
  same: ['M6 12h12'],
  flame: ['M12 21c-4 0-6.5-2.6-6.5-6.2 0-3.6 3-5.6 3.5-9.3 2.3 1.5 3.4 3.4 3.5 5.4 1-.9 1.6-2.2 1.7-3.6 2.4 1.9 4.3 4.5 4.3 7.5 0 3.6-2.5 6.2-6.5 6.2z'],
  trophy: ['M7 4h10v5a5 5 0 0 1-10 0z', 'M7 6H4v1a3 3 0 0 0 3 3', 'M17 6h3v1a3 3 0 0 1-3 3', 'M12 14v3', 'M8 20h8', 'M9.5 17h5'],
  clock: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 7v5l3 2'],
  sound: ['M4 9.5h3.5L12 5.5v13l-4.5-4H4z', 'M15.5 9a4 4 0 0 1 0 6', 'M18 6.5a7.5 7.5 0 0 1 0 11'],
  muted: ['M4 9.5h3.5L12 5.5v13l-4.5-4H4z', 'M16 9.5l5 5', 'M21 9.5l-5 5'],
  wifi: ['M2.5 9a14 14 0 0 1 19 0', 'M5.5 12.5a9.5 9.5 0 0 1 13 0', 'M8.5 16a5 5 0 0 1 7 0', 'M12 19.5h.01'],
  link: ['M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2', 'M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2'],
  keyboard: ['M3 6h18v12H3z', 'M7 10h.01', 'M11 10h.01', 'M15 10h.01', 'M7 14h10'],
  hash: ['M5 9h14', 'M5 15h14', 'M10 4L8 20', 'M16 4l-2 16'],
  eye: ['M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z', 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z'],
  chart: ['M4 20h16', 'M7 20v-6', 'M12 20V6', 'M17 20v-10'],
  plus: ['M12 5v14', 'M5 12h14'],
  back: ['M19 12H6', 'M11 6l-6 6 6 6'],
  copy: ['M9 9h11v11H9z', 'M5 15H4V4h11v1'],
  trash: ['M4 7h16', 'M9 7V4h6v3', 'M6 7l1 13h10l1-13'],
  edit: ['M4 20h4L19 9l-4-4L4 16z', 'M13 7l4 4'],
  grip: ['M9 6h.01', 'M15 6h.01', 'M9 12h.01', 'M15 12h.01', 'M9 18h.01', 'M15 18h.01'],
  history: ['M3 12a9 9 0 1 0 3-6.7', 'M3 4v5h5', 'M12 7v5l3 2'],
  globe: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M3 12h18', 'M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3z'],
  list: ['M9 6h12', 'M9 12h12', 'M9 18h12', 'M4 6h.01', 'M4 12h.01', 'M4 18h.01'],
});

/** A line icon, hidden from screen readers (pair it with visible or sr-only text). */
export function icon(name, cls = 'icon') {
  const paths = ICONS[name] ?? ICONS.check;
  // An arrow that means "back" or "on" points the other way in a right-to-left page (css: .icon-flip).
  const flip = name === 'back' || name === 'next' ? ' icon-flip' : '';
  return svg('svg', { class: cls + flip, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    paths.map((d) => svg('path', { d })));
}
