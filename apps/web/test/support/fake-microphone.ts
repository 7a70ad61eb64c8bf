import { vi } from 'vitest';

/** A PermissionStatus the test moves, as the candidate would in the site's settings. */
export class FakePermissionStatus extends EventTarget {
  constructor(public state: PermissionState) {
    super();
  }
  set(state: PermissionState) {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

/** jsdom has neither navigator.permissions nor navigator.mediaDevices: each test gives its own. */
export function stubNavigator(name: 'permissions' | 'mediaDevices', value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true });
}

export function unstubNavigator() {
  for (const name of ['permissions', 'mediaDevices']) Reflect.deleteProperty(navigator, name);
  vi.unstubAllGlobals();
}

/** Lets pending promise callbacks and the events they dispatch run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
