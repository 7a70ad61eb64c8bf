import { useSyncExternalStore } from 'react';

/**
 * A precise pointer that can hover, on a screen wider than a phone: a desktop or laptop, where a
 * physical keyboard is the norm. Keyboard hints ("Enter sends") are shown only there; on a
 * touch screen they mean nothing. The width matches the phone layout's breakpoint in styles.css.
 */
const keyboardQuery = '(hover: hover) and (pointer: fine) and (min-width: 40.0625rem)';

const subscribe = (onChange: () => void) => {
  const list = window.matchMedia(keyboardQuery);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

/** Whether this screen is likely to have a physical keyboard (see keyboardQuery). */
export function useHasKeyboard(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(keyboardQuery).matches);
}
