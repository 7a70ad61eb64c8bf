import { afterEach, describe, expect, it, vi } from 'vitest';
import { onMicrophoneMayBeBack, watchMicrophonePermission } from '../src/recording/microphone-permission.ts';
import { FakePermissionStatus, settle, stubNavigator, unstubNavigator } from './support/fake-microphone.ts';

/** mediaDevices whose enumerateDevices names the microphone or not, and that tells of plugged devices. */
function devices(labelled: boolean) {
  const media = new EventTarget() as EventTarget & { enumerateDevices: () => Promise<Partial<MediaDeviceInfo>[]> };
  media.enumerateDevices = () => Promise.resolve([{ kind: 'audioinput', label: labelled ? 'Built-in microphone' : '' }]);
  stubNavigator('mediaDevices', media);
  return media;
}

afterEach(unstubNavigator);

describe('watchMicrophonePermission: the microphone’s permission, live', () => {
  it('reports the state, then each change, and nothing once unsubscribed', async () => {
    const status = new FakePermissionStatus('denied');
    stubNavigator('permissions', { query: vi.fn(() => Promise.resolve(status)) });
    const seen: string[] = [];
    const stop = watchMicrophonePermission((state) => seen.push(state));
    await settle();
    status.set('granted');
    status.set('denied');
    stop();
    status.set('granted');
    expect(seen).toEqual(['denied', 'granted', 'denied']);
  });

  it('says "unknown" where the browser cannot say: no Permissions API, or none for the microphone', async () => {
    const seen: string[] = [];
    watchMicrophonePermission((state) => seen.push(state));
    stubNavigator('permissions', { query: () => Promise.reject(new TypeError("'microphone' is not a valid permission name")) });
    watchMicrophonePermission((state) => seen.push(state));
    await settle();
    expect(seen).toEqual(['unknown', 'unknown']);
  });
});

describe('onMicrophoneMayBeBack: when a failed microphone is worth trying again', () => {
  it('where the browser tells: on a change to allowed (or to ask again), not to refused, not on the page’s return', async () => {
    const status = new FakePermissionStatus('denied');
    stubNavigator('permissions', { query: () => Promise.resolve(status) });
    devices(true);
    const retry = vi.fn();
    const stop = onMicrophoneMayBeBack(retry);
    await settle();
    expect(retry, 'the state it failed in is no news').not.toHaveBeenCalled();
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(retry).not.toHaveBeenCalled();
    status.set('granted');
    expect(retry).toHaveBeenCalledTimes(1);
    status.set('denied');
    expect(retry).toHaveBeenCalledTimes(1);
    status.set('prompt');
    expect(retry).toHaveBeenCalledTimes(2);
    stop();
    status.set('granted');
    expect(retry, 'no listener left').toHaveBeenCalledTimes(2);
  });

  it('a device plugged in is worth a try', async () => {
    const media = devices(false);
    const retry = vi.fn();
    const stop = onMicrophoneMayBeBack(retry);
    media.dispatchEvent(new Event('devicechange'));
    expect(retry).toHaveBeenCalledTimes(1);
    stop();
    media.dispatchEvent(new Event('devicechange'));
    await settle();
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('where it cannot tell: on the page’s return, once the browser names a microphone (so allowed), never asking again', async () => {
    devices(false);
    const retry = vi.fn();
    const stop = onMicrophoneMayBeBack(retry);
    await settle();
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(retry, 'still not allowed: no prompt put back in front of the candidate').not.toHaveBeenCalled();
    devices(true);
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(retry).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(retry).toHaveBeenCalledTimes(2);
    stop();
    window.dispatchEvent(new Event('focus'));
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(retry, 'no listener left').toHaveBeenCalledTimes(2);
  });
});
