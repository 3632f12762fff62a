// Full screen on and off (for the projector).

export function toggleFullscreen(doc = document) {
  try {
    if (doc.fullscreenElement) return doc.exitFullscreen?.();
    return doc.documentElement.requestFullscreen?.({ navigationUI: 'hide' });
  } catch {
    return undefined;
  }
}
