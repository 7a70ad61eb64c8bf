import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetKeptDrafts, useKeptDraft } from '../src/interview/use-kept-draft.ts';

describe('useKeptDraft', () => {
  beforeEach(() => sessionStorage.clear());

  it('brings a typed, unsent answer back after a reload, for that interview only', () => {
    const first = renderHook(() => useKeptDraft('iv-1', null));
    act(() => first.result.current[1]('I would start by checking the'));
    first.unmount();
    // The page loads again; the server restarted and knows no draft.
    expect(renderHook(() => useKeptDraft('iv-1', null)).result.current[0]).toBe('I would start by checking the');
    expect(renderHook(() => useKeptDraft('iv-2', null)).result.current[0]).toBe('');
  });

  it('forgets the answer once the box is emptied (sent)', () => {
    const first = renderHook(() => useKeptDraft('iv-1', null));
    act(() => first.result.current[1]('half an answer'));
    act(() => first.result.current[1](''));
    first.unmount();
    expect(renderHook(() => useKeptDraft('iv-1', null)).result.current[0]).toBe('');
  });

  it('prefers what the server heard of an unfinished spoken turn', () => {
    sessionStorage.setItem('voxly.draft.iv-1', 'typed earlier');
    expect(renderHook(() => useKeptDraft('iv-1', 'so the first thing I did')).result.current[0]).toBe('so the first thing I did');
  });

  it('forgets every kept answer on sign-out, and nothing else the tab keeps', () => {
    const first = renderHook(() => useKeptDraft('iv-1', null));
    const second = renderHook(() => useKeptDraft('iv-2', null));
    act(() => first.result.current[1]('first half'));
    act(() => second.result.current[1]('second half'));
    first.unmount();
    second.unmount();
    sessionStorage.setItem('voxly.other', 'kept');
    forgetKeptDrafts();
    expect(renderHook(() => useKeptDraft('iv-1', null)).result.current[0]).toBe('');
    expect(renderHook(() => useKeptDraft('iv-2', null)).result.current[0]).toBe('');
    expect(sessionStorage.getItem('voxly.other')).toBe('kept');
  });
});
