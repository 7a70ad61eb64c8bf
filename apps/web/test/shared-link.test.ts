import { describe, expect, it } from 'vitest';
import { sharedLinkToken } from '../src/app/shared-link.ts';
import { sharedReportState, type SharedLookup } from '../src/feedback/shared-report-state.ts';

const token = 'A'.repeat(43);

describe('which addresses open the shared-report page', () => {
  it('is every /shared/<one segment>, malformed or not, so a dead link never falls to the landing', () => {
    expect(sharedLinkToken(`/shared/${token}`)).toBe(token);
    expect(sharedLinkToken(`/shared/${token}/`)).toBe(token);
    expect(sharedLinkToken('/shared/a.b')).toBe('a.b');
    expect(sharedLinkToken('/shared/xyz')).toBe('xyz');
    expect(sharedLinkToken('/shared/%E2%9C%93')).toBe('%E2%9C%93');
    expect(sharedLinkToken('/SHARED/xyz')).toBe('xyz'); // the server serves any letter case as this page
  });

  it('is no other address', () => {
    for (const path of ['/', '/shared', '/shared/', '/shared/a/b', '/feedback/xyz', '/sample-report', '/x/shared/abc'])
      expect(sharedLinkToken(path), path).toBeNull();
  });
});

describe('what the shared-report page shows', () => {
  const lookup = (status: SharedLookup['status'], code?: string, data?: unknown): SharedLookup => ({
    status,
    data,
    error: status === 'error' ? { data: code ? { code } : null } : null,
  });

  it('says a malformed link is dead without waiting for the server', () => {
    expect(sharedReportState(false, lookup('pending'))).toBe('gone');
  });

  it('says an unknown, turned-off or refused link is dead', () => {
    expect(sharedReportState(true, lookup('error', 'NOT_FOUND'))).toBe('gone');
    expect(sharedReportState(true, lookup('error', 'BAD_REQUEST'))).toBe('gone');
    // Unshared while it was open: the report read before goes too.
    expect(sharedReportState(true, lookup('error', 'NOT_FOUND', { jobTitle: 'x' }))).toBe('gone');
  });

  it('offers to try again when the lookup failed on the way, which says nothing about the link', () => {
    expect(sharedReportState(true, lookup('error'))).toBe('unreachable'); // no network: no code at all
    expect(sharedReportState(true, lookup('error', 'INTERNAL_SERVER_ERROR'))).toBe('unreachable');
    expect(sharedReportState(true, lookup('error', 'TOO_MANY_REQUESTS'))).toBe('unreachable');
    // A report already on screen stays through a failed refresh.
    expect(sharedReportState(true, lookup('error', undefined, { jobTitle: 'x' }))).toBe('ready');
  });

  it('waits, then shows the report', () => {
    expect(sharedReportState(true, lookup('pending'))).toBe('loading');
    expect(sharedReportState(true, lookup('success', undefined, { jobTitle: 'x' }))).toBe('ready');
  });
});
