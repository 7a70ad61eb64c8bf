/** What the browser says of this site's microphone; 'unknown' where it cannot say (no Permissions API, or none for the microphone). */
export type MicrophonePermission = PermissionState | 'unknown';

/** The microphone's permission status, or null where the browser cannot give it (some throw for the name). */
async function microphoneStatus(): Promise<PermissionStatus | null> {
  try {
    return (await navigator.permissions?.query({ name: 'microphone' })) ?? null;
  } catch {
    return null;
  }
}

/**
 * Reports the microphone's permission now and on every change (the candidate allows or blocks
 * it in the site's settings while the page is open); 'unknown' once where the browser cannot say.
 * Returns the unsubscribe.
 */
export function watchMicrophonePermission(report: (permission: MicrophonePermission) => void): () => void {
  let stopped = false;
  let status: PermissionStatus | null = null;
  const changed = () => {
    if (status && !stopped) report(status.state);
  };
  void microphoneStatus().then((found) => {
    if (stopped) return;
    status = found;
    if (!found) return report('unknown');
    found.addEventListener('change', changed);
    report(found.state);
  });
  return () => {
    stopped = true;
    status?.removeEventListener('change', changed);
  };
}

/** Whether the browser names an audio input: it shows labels only once the site may use the microphone, without asking. */
async function microphoneLabelled(): Promise<boolean> {
  try {
    return (await navigator.mediaDevices.enumerateDevices()).some((device) => device.kind === 'audioinput' && device.label !== '');
  } catch {
    return false;
  }
}

/**
 * Calls `retry` whenever a microphone that failed may be usable now, so the room tries again
 * without a reload: a device was plugged in; the permission changed to anything but refused,
 * where the browser tells; where it does not, the candidate came back to the page (focus,
 * visible again: the moment after changing the site's settings) and the browser now names a
 * microphone, which it does only once allowed; asking on every return would put the prompt the
 * candidate refused back in front of them. Events only, no polling. Returns the unsubscribe.
 */
export function onMicrophoneMayBeBack(retry: () => void): () => void {
  let stopped = false;
  const media = navigator.mediaDevices;
  const plugged = () => {
    if (!stopped) retry();
  };
  media?.addEventListener?.('devicechange', plugged);

  // Until the Permissions API answered, and where it cannot, the page's return is the signal.
  let permissionKnown = false;
  const returned = () => {
    if (permissionKnown || stopped || document.visibilityState !== 'visible') return;
    void microphoneLabelled().then((allowed) => {
      if (allowed && !stopped && !permissionKnown) retry();
    });
  };
  window.addEventListener('focus', returned);
  document.addEventListener('visibilitychange', returned);

  let first = true;
  const unwatch = watchMicrophonePermission((permission) => {
    const initial = first;
    first = false;
    if (permission === 'unknown') return;
    permissionKnown = true;
    // The state it had when asked is the one that already failed; only a change is news.
    if (!initial && permission !== 'denied') retry();
  });

  return () => {
    stopped = true;
    unwatch();
    media?.removeEventListener?.('devicechange', plugged);
    window.removeEventListener('focus', returned);
    document.removeEventListener('visibilitychange', returned);
  };
}
