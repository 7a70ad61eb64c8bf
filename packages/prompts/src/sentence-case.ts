/** The text with its first letter in capitals, wherever it starts: "¿podrías…" → "¿Podrías…". */
export const sentenceCase = (text: string) => text.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase());
