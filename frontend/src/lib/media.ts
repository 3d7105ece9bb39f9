import { useSyncExternalStore } from 'react';

/** Below Bootstrap's md breakpoint: where a month grid's cells are too small to read or tap. */
export const PHONE_QUERY = '(max-width: 767.98px)';

function query(q: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(q) : null;
}

/** Whether a media query matches now, re-rendering when it changes (false where matchMedia is missing). */
export function useMediaQuery(q: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mql = query(q);
      mql?.addEventListener('change', onChange);
      return () => mql?.removeEventListener('change', onChange);
    },
    () => query(q)?.matches ?? false,
    () => false,
  );
}
