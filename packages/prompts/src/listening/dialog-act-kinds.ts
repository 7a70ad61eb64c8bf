/**
 * What a candidate's turn does in the conversation, read before any reply: the interviewer
 * reacts to the act (repeat the question, rephrase it, answer about the role, move on after
 * "I don't know", close after a goodbye), and only an `answer` is listened to as an answer.
 *
 * Precision first: each act but `answer` needs a clear cue, and a long turn is an answer
 * whatever cue it carries ("sorry, what I did was…" is not an apology). When unsure, the
 * turn is an answer and the interviewer moves on neutrally.
 */
export type DialogAct =
  'empty' | 'repeat_request' | 'clarification_request' | 'role_question' | 'off_topic' | 'dont_know' | 'thanks_closing' | 'answer';
