import { useEffect, useState } from 'react';

/** Where this tab keeps an interview's unsent answer. */
const keyOf = (interviewId: string) => `voxly.draft.${interviewId}`;

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
