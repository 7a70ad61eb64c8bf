import type { TranscriptTurn } from './congruency-prompt.ts';

export interface ConversationMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * Opens every conversation as the candidate's turn: the greeting is the interviewer's, and
 * chat templates such as Gemma's and Mistral's refuse a conversation whose first turn (after
 * the system prompt) is the assistant's. Fixed text, so every turn's prompt shares it.
 */
const CALL_CONNECTED_NOTE = '(The call has connected.)';

/** Said for the candidate when they stayed silent: a reply must answer a user turn, never continue its own. */
const SILENCE_NOTE = '(The candidate has said nothing for a while.)';

/**
 * The interviewer's model conversation, valid for chat templates that demand strict
 * user/assistant alternation: the system prompt, then user and assistant turns in turn,
 * starting and ending with the user's. Consecutive lines of one side are joined; a note for
 * this turn only (a time note) rides on the last user turn, never as a trailing system
 * message. Every message but the last is the same as the previous turn's, so a model
 * server's prompt cache reuses the whole prefix.
 */
export function interviewerConversation(systemPrompt: string, transcript: readonly TranscriptTurn[], note?: string): ConversationMessage[] {
  const turns: ConversationMessage[] = [{ role: 'user', content: CALL_CONNECTED_NOTE }];
  for (const turn of transcript) {
    const role = turn.role === 'agent' ? 'assistant' : 'user';
    const content = turn.content.trim();
    if (!content) continue;
    const last = turns.at(-1);
    if (last?.role === role) last.content = `${last.content}\n\n${content}`;
    else turns.push({ role, content });
  }
  if (turns.at(-1)?.role === 'assistant') turns.push({ role: 'user', content: SILENCE_NOTE });
  if (note) {
    const last = turns.at(-1);
    if (last) last.content = `${last.content}\n\n(${note})`;
  }
  return [{ role: 'system', content: systemPrompt }, ...turns];
}
