import { useEffect, useRef } from 'react';

/** The history entry the room adds above its own, so that Back has somewhere to ask from. */
const guardEntry = { voxlyLeaveGuard: true };
const isGuardEntry = (state: unknown) => typeof state === 'object' && state !== null && 'voxlyLeaveGuard' in state;

/**
 * While a paid call runs, leaving its room asks first: closing or reloading the tab (the
 * browser's own prompt), following a link inside the app, or pressing Back (a confirm;
 * declined, the candidate stays in the room). Leaving does not end the call on the
 * server: the rejoin banner brings the candidate back while it runs.
 */
export function useLeaveGuard(active: boolean, message: string) {
  const messageRef = useRef(message);
  useEffect(() => {
    messageRef.current = message;
  });
  useEffect(() => {
    if (!active) return;
    const roomPath = window.location.pathname;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium shows its prompt only when returnValue is set.
      event.returnValue = '';
    };
    // Before the router's own click handler (a capture on the document runs first).
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.origin !== window.location.origin) return;
      if (link.pathname === roomPath) return;
      if (!window.confirm(messageRef.current)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // Back cannot be stopped once it runs (the router may re-render on the new address before
    // any popstate listener), so the room sits on two history entries: Back first lands on the
    // room's own address again, and only then asks. Declined, the extra entry comes back.
    if (!isGuardEntry(window.history.state)) window.history.pushState(guardEntry, '', window.location.href);
    const onPopState = () => {
      if (window.location.pathname !== roomPath || isGuardEntry(window.history.state)) return;
      if (window.confirm(messageRef.current)) window.history.back();
      else window.history.pushState(guardEntry, '', window.location.href);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onPopState);
    };
  }, [active]);
}
