/** JavaScript's non-finite numbers as some JSON writers emit them (Python's `json.dumps` does). */
const nonFinite = /^[-+]?(?:NaN|Infinity)/;

/**
 * `text` as JSON, also when it carries bare `NaN`, `Infinity` or `-Infinity` as values
 * (not JSON, but what Retell's latency figures have been seen to contain): each such
 * token outside a string becomes `null`, nothing inside a string changes. Throws, like
 * `JSON.parse`, when the text is still not JSON. Pure.
 */
export function parseLooseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const repaired = nonFiniteAsNull(text);
    if (repaired === text) throw error;
    return JSON.parse(repaired);
  }
}

function nonFiniteAsNull(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\')
        i += 1; // the escaped character cannot end the string
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      continue;
    }
    if (char !== 'N' && char !== 'I' && char !== '-' && char !== '+') continue;
    const token = nonFinite.exec(text.slice(i, i + 9))?.[0];
    if (!token) continue;
    out += `${text.slice(from, i)}null`;
    i += token.length - 1;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
