import { describe, expect, it } from 'vitest';
import { clerkFrontendHost } from '../src/adapters/auth/clerk-frontend-host.ts';

const keyFor = (host: string, kind: 'test' | 'live' = 'test') => `pk_${kind}_${Buffer.from(`${host}$`).toString('base64')}`;

describe('clerkFrontendHost', () => {
  it('reads the frontend API host a publishable key carries, development or production', () => {
    expect(clerkFrontendHost(keyFor('happy-fox-12.clerk.accounts.dev'))).toBe('happy-fox-12.clerk.accounts.dev');
    expect(clerkFrontendHost(keyFor('clerk.voxly.example', 'live'))).toBe('clerk.voxly.example');
  });

  it('gives nothing for a key Clerk would not accept, or a host that is not a plain name', () => {
    expect(clerkFrontendHost('pk_test_!!!')).toBeNull();
    expect(clerkFrontendHost('not-a-key')).toBeNull();
    expect(clerkFrontendHost(keyFor('evil.example/*; script-src *'))).toBeNull();
  });
});
