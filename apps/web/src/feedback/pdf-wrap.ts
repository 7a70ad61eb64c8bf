/** How wide a string is drawn, in the document's units, at the font and size it will be drawn with. */
export type MeasureText = (text: string) => number;

/**
 * Lines of at most `maxWidth`, broken between words; a word wider than a whole line (a long
 * compound, a URL) is broken between its characters. Pure: the caller measures with the font
 * and size the lines are drawn in (measuring at another size is how titles ran off the page).
 */
export function wrapToWidth(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    // The word alone: whole if it fits, else in pieces that each fill a line.
    for (const char of word) {
      if (line && measure(line + char) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** One line of at most `maxWidth`: the text, or as much of it as fits before an ellipsis. */
export function fitOneLine(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && measure(`${text.slice(0, end).trimEnd()}…`) > maxWidth) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** The report's title in its header band: at most `maxLines` lines, at the largest size that fits them. */
export function titleLayout(
  title: string,
  maxWidth: number,
  measureAt: (size: number) => MeasureText,
  sizes: readonly number[] = [18, 15, 13],
  maxLines = 3,
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapToWidth(title, maxWidth, measureAt(size));
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes.at(-1) ?? 13;
  return { size, lines: wrapToWidth(title, maxWidth, measureAt(size)) };
}

/** WinAnsi (Windows-1252) beyond Latin-1: the characters the PDF's standard fonts have there. */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const inWinAnsi = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char);
};

/** Latin letters with a stroke, which have no accent to take off. */
const strokeLetters: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i' };

/**
 * The PDF's standard fonts cover WinAnsi only: anything else prints as other glyphs, spaced out
 * ("F e e d b a c k : Ø=Þ€"). Our own arrow is written with ones inside it; a letter outside
 * it loses its accent where that brings it inside ("ő" → "o"); emoji and their joiners are left
 * out; anything else becomes "?".
 */
export function winAnsiText(text: string): string {
  let out = '';
  for (const char of text.replace(/→/g, '->').replace(/[\t\r]/g, ' ')) {
    if (inWinAnsi(char)) out += char;
    else if (/^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f|\u20e3)$/u.test(char)) continue;
    else {
      const bare = strokeLetters[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
      out += [...bare].every(inWinAnsi) && bare ? bare : '?';
    }
  }
  // Leaving an emoji out may leave two spaces side by side.
  return out.replace(/ {2,}/g, ' ');
}
