/**
 * Renders a conversation the way Gemma's chat template does (tokenizer_config.json of
 * google/gemma-2-*-it and gemma-3), including its refusals, so a test sees what a strict
 * model server would:
 *
 *   {% if messages[0]['role'] == 'system' %}… first user turn gets the system text …{% endif %}
 *   {% for message in loop_messages %}
 *     {% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}
 *       {{ raise_exception("Conversation roles must alternate user/assistant/user/assistant/...") }}
 *   …<start_of_turn>{{ role }}\n{{ content | trim }}<end_of_turn>\n…
 *
 * Mistral's template raises the same on a role out of turn and, like Gemma's, accepts a
 * system message only first. A trailing assistant message would be taken by llama.cpp as a
 * prefill to continue, never a turn to answer, so it is refused here too.
 */
export function renderStrictChatTemplate(messages: readonly { role: string; content: string }[]): string {
  const [first, ...rest] = messages;
  const system = first?.role === 'system' ? first.content : null;
  const loop = system === null ? messages : rest;
  let out = '<bos>';
  loop.forEach((message, index) => {
    if (message.role === 'system') throw new Error('System role not supported after the first message');
    if ((message.role === 'user') !== (index % 2 === 0)) {
      throw new Error('Conversation roles must alternate user/assistant/user/assistant/...');
    }
    const role = message.role === 'assistant' ? 'model' : message.role;
    const content = index === 0 && system !== null ? `${system}\n\n${message.content}` : message.content;
    out += `<start_of_turn>${role}\n${content.trim()}<end_of_turn>\n`;
  });
  if (loop.at(-1)?.role !== 'user') throw new Error('The conversation must end with a user turn for the model to answer');
  return `${out}<start_of_turn>model\n`;
}
