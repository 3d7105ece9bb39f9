import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

const WAIT_MS = 8000;

/**
 * On every navigation after the first page: scrolls to the top, moves focus to the page's main heading (once the lazy
 * page and its data have rendered it), and, for pages that set no title themselves, titles the document after it.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const { t } = useTranslation();
  const appName = t('app.name');
  const first = useRef(true);

  useEffect(() => {
    const moveFocus = !first.current;
    first.current = false;
    if (moveFocus) window.scrollTo(0, 0);
    const main = document.getElementById('main');
    if (!main) return undefined;
    let done = false;
    const settle = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (document.documentElement.dataset.pageTitle !== 'set') {
        document.title = `${heading.textContent ?? ''} – ${appName}`;
      }
      if (moveFocus) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
      done = true;
      return true;
    };
    if (settle()) return undefined;
    const observer = new MutationObserver(() => {
      if (!done && settle()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    const timer = window.setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname, appName]);
  return null;
}
