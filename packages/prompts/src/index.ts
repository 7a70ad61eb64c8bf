export { beginMessage, type BeginMessageInput } from './begin-message.ts';
