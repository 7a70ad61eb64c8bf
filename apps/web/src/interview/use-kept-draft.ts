import { useEffect, useState } from 'react';

/** Where this tab keeps an interview's unsent answer. */
const DRAFT_PREFIX = 'voxly.draft.';
const keyOf = (interviewId: string) => `${DRAFT_PREFIX}${interviewId}`;

function readKept(interviewId: string): string {
  try {
    return sessionStorage.getItem(keyOf(interviewId)) ?? '';
  } catch {
    return '';
  }
}

/**
 * The answer box's text. A typed answer lives only here until it is sent, so a reload, or a
 * server that restarted and forgot the turn, would lose it: every change is kept in this tab's
 * sessionStorage (gone when the tab closes) and an emptied box forgets it. What the server
 * heard of an unfinished spoken turn comes first.
 */
export function useKeptDraft(interviewId: string, fromServer: string | null) {
  const [draft, setDraft] = useState(() => fromServer || readKept(interviewId));
  useEffect(() => {
    try {
      if (draft) sessionStorage.setItem(keyOf(interviewId), draft);
      else sessionStorage.removeItem(keyOf(interviewId));
    } catch {
      // Storage blocked or full: the box still works, only without the copy.
    }
  }, [interviewId, draft]);
  return [draft, setDraft] as const;
}

/**
 * Forgets every answer this tab kept. Called on sign-out: on a shared computer the next person
 * at the keyboard must find nothing of the last candidate's words in the browser.
 */
export function forgetKeptDrafts(): void {
  try {
    const kept = Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.key(index)).filter(
      (key): key is string => key?.startsWith(DRAFT_PREFIX) === true,
    );
    for (const key of kept) sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
