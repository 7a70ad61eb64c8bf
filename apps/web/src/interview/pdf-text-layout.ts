/** One run of text on a PDF page, where pdf.js puts it (PDF units, y growing upwards). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The run's font height; 0 when pdf.js does not know it. */
  height: number;
}

/**
 * A page's text as a person reads it: runs on the same baseline form one line (in reading
 * order, a space where the gap is wider than a narrow character), and a vertical gap
 * clearly wider than the usual line spacing starts a new paragraph. Pure: pdf.js gives the
 * runs, this gives the text, so the rules are tested without a PDF.
 */
export function layoutPageText(runs: readonly PositionedText[]): string {
  const visible = runs.filter((run) => run.str.length > 0);
  if (visible.length === 0) return '';
  const typicalHeight = median(visible.map((run) => run.height).filter((h) => h > 0)) || 10;
  // Top of the page first; on one baseline, left to right.
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; runs: PositionedText[] }[] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - run.y) <= typicalHeight * 0.5) line.runs.push(run);
    else lines.push({ y: run.y, runs: [run] });
  }
  const texts = lines.map((line) =>
    joinRuns(
      [...line.runs].sort((a, b) => a.x - b.x),
      typicalHeight,
    ),
  );
  const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? line.y) - line.y);
  const usualGap = median(gaps.filter((g) => g > 0)) || typicalHeight * 1.2;
  let text = texts[0] ?? '';
  for (let i = 1; i < texts.length; i += 1) {
    text += (gaps[i - 1] ?? 0) > usualGap * 1.5 ? '\n\n' : '\n';
    text += texts[i];
  }
  return text;
}

function joinRuns(runs: readonly PositionedText[], typicalHeight: number): string {
  let text = '';
  let end: number | null = null;
  for (const run of runs) {
    const gap = end === null ? 0 : run.x - end;
    const needsSpace = end !== null && gap > typicalHeight * 0.15 && !text.endsWith(' ') && !run.str.startsWith(' ');
    text += (needsSpace ? ' ' : '') + run.str;
    end = run.x + run.width;
  }
  return text.replace(/\s+$/, '');
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
