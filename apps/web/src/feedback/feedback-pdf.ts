import type { Competency } from '@voxly/config';
import type { RouterOutputs } from '../api/trpc.ts';
import { fitOneLine, titleLayout, winAnsiText } from './pdf-wrap.ts';

type Ready = Omit<Extract<RouterOutputs['feedback']['get'], { status: 'ready' }>, 'recording'>;

export interface PdfLabels {
  title: string;
  subtitle: string;
  /** The session's setup in one line ("5 min · Behavioural · Junior · Coached"); absent on the sample. */
  setup?: string;
  /** Said under the title of a coached session's report. */
  coachedNote?: string;
  /** A focused interview's weak spots, last time's rating → this one's. */
  sinceLast?: { heading: string; focusedOn: string; lines: string[] };
  source: string;
  overall: string;
  verdict: string;
  ratings: string;
  strengths: string;
  improvements: string;
  questions: string;
  good: string;
  stronger: string;
  /** The example's caption and its parts' labels. */
  example: string;
  exampleParts: Record<'situation' | 'action' | 'result' | 'shows', string>;
  answerRating: (rating: number) => string;
  metrics: string;
  transcript: string;
  interviewer: string;
  you: string;
  notRated: string;
  competency: (id: Competency) => string;
  metricLines: string[];
  /** "Page 2 of 3", in the report's language. */
  page: (page: number, total: number) => string;
}

const accent: [number, number, number] = [67, 56, 202];
const ink: [number, number, number] = [17, 24, 39];
const muted: [number, number, number] = [75, 85, 99];
const track: [number, number, number] = [229, 231, 235];
const barColour = (rating: number): [number, number, number] => (rating >= 4 ? [4, 120, 87] : rating >= 3 ? [217, 119, 6] : [185, 28, 28]);

/**
 * The feedback as a designed document, laid out with jsPDF in the browser (loaded only when
 * asked for): a header band, the score, a bar per competency, strengths and improvements
 * with their quotes, notes per question, the speech metrics and the transcript, and a footer
 * with page numbers. All text stays text (selectable, searchable). Standard fonts cover the
 * Latin text of en, es and pt.
 */
export async function feedbackPdf(
  view: Ready,
  transcript: { role: 'agent' | 'user'; content: string }[],
  labels: PdfLabels,
): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  const pageWidth = doc.internal.pageSize.getWidth();
  const pageHeight = doc.internal.pageSize.getHeight();
  const margin = 48;
  const width = pageWidth - margin * 2;
  const bottom = pageHeight - margin - 16; // room for the footer
  let y = margin;

  const ensure = (height: number) => {
    if (y + height <= bottom) return;
    doc.addPage();
    y = margin;
  };
  const write = (
    text: string,
    options: { size?: number; style?: 'normal' | 'bold' | 'italic'; colour?: [number, number, number]; gap?: number; indent?: number } = {},
  ) => {
    const { size = 10, style = 'normal', colour = ink, gap = 4, indent = 0 } = options;
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    doc.setTextColor(...colour);
    for (const line of doc.splitTextToSize(winAnsiText(text), width - indent) as string[]) {
      ensure(size * 1.3);
      doc.text(line, margin + indent, y + size);
      y += size * 1.3;
    }
    y += gap;
  };
  const heading = (text: string) => {
    ensure(40);
    y += 10;
    write(text, { size: 13, style: 'bold', colour: accent, gap: 2 });
    doc.setDrawColor(...accent);
    doc.setLineWidth(1);
    doc.line(margin, y, margin + width, y);
    y += 8;
  };

  const { feedback } = view;
  // Header band: the title wrapped at the size it is drawn in, the band as tall as its lines.
  doc.setFont('helvetica', 'bold');
  const measureAt = (size: number) => (text: string) => (doc.getStringUnitWidth(text) * size) / doc.internal.scaleFactor;
  // Drawn in the header and in every footer: only what the standard font can print.
  const titleText = winAnsiText(labels.title);
  const title = titleLayout(titleText, width, measureAt);
  const lineHeight = title.size * 1.22;
  const bandHeight = Math.max(86, 36 + title.lines.length * lineHeight + 14);
  doc.setFillColor(...accent);
  doc.rect(0, 0, pageWidth, bandHeight, 'F');
  doc.setTextColor(255, 255, 255);
  doc.setFontSize(11);
  doc.text('Voxly', margin, 30);
  y = 36;
  doc.setFontSize(title.size);
  for (const line of title.lines) {
    doc.text(line, margin, y + title.size);
    y += lineHeight;
  }
  y = bandHeight + 14;
  write(labels.subtitle, { size: 10, colour: muted, gap: 2 });
  if (labels.setup) write(labels.setup, { size: 10, colour: muted, gap: 2 });
  if (labels.coachedNote) write(labels.coachedNote, { size: 10, style: 'bold', colour: accent, gap: 4 });
  write(labels.source, { size: 9, style: 'italic', colour: muted, gap: 10 });

  // The score: a big number, then the same in words.
  ensure(60);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(36);
  doc.setTextColor(...accent);
  doc.text(String(feedback.overallScore), margin, y + 34);
  const numberWidth = doc.getTextWidth(String(feedback.overallScore));
  doc.setFontSize(12);
  doc.setTextColor(...muted);
  doc.text('/100', margin + numberWidth + 4, y + 34);
  y += 46;
  write(`${labels.overall}: ${feedback.overallScore}/100 · ${labels.verdict}`, { size: 12, style: 'bold' });
  write(feedback.summary);

  heading(labels.ratings);
  const labelWidth = 150;
  const barWidth = width - labelWidth - 72;
  for (const r of feedback.ratings) {
    ensure(34);
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(10);
    doc.setTextColor(...ink);
    doc.text(labels.competency(r.competency), margin, y + 10);
    doc.setFillColor(...track);
    doc.roundedRect(margin + labelWidth, y + 2, barWidth, 9, 4, 4, 'F');
    if (r.rating !== null) {
      doc.setFillColor(...barColour(r.rating));
      doc.roundedRect(margin + labelWidth, y + 2, (barWidth * r.rating) / 5, 9, 4, 4, 'F');
    }
    const value = r.rating === null ? labels.notRated : `${r.rating}/5`;
    doc.text(value, margin + width - doc.getTextWidth(value), y + 10); // right-aligned to the margin
    y += 16;
    write(r.evidence, { size: 8.5, colour: muted, gap: 6 });
  }

  if (labels.sinceLast) {
    heading(labels.sinceLast.heading);
    write(labels.sinceLast.focusedOn, { size: 9, colour: muted, gap: 2 });
    for (const line of labels.sinceLast.lines) write(`• ${line}`, { gap: 0 });
  }

  heading(labels.strengths);
  for (const s of feedback.strengths) {
    write(`• ${s.point}`, { gap: 0 });
    write(s.evidence, { size: 9, style: 'italic', colour: muted, indent: 10 });
  }
  heading(labels.improvements);
  for (const s of feedback.improvements) {
    write(`• ${s.point}`, { gap: 0 });
    write(s.evidence, { size: 9, style: 'italic', colour: muted, indent: 10 });
  }
  if (feedback.questions.length) {
    heading(labels.questions);
    feedback.questions.forEach((q, i) => {
      write(`${i + 1}. ${q.question}${q.rating !== undefined ? ` (${labels.answerRating(q.rating)})` : ''}`, { style: 'bold', gap: 0 });
      write(`${labels.good}: ${q.good}`, { gap: 0, indent: 12 });
      write(`${labels.stronger}: ${q.stronger}`, { indent: 12, gap: q.example ? 2 : 8 });
      if (q.example) {
        const example = q.example;
        write(labels.example, { size: 9, style: 'bold', colour: muted, indent: 12, gap: 0 });
        (['situation', 'action', 'result', 'shows'] as const).forEach((part, n) =>
          write(`${labels.exampleParts[part]}: ${example[part]}`, { size: 9, colour: muted, indent: 18, gap: n === 3 ? 8 : 0 }),
        );
      }
    });
  }
  heading(labels.metrics);
  for (const line of labels.metricLines) write(line, { gap: 2 });
  heading(labels.transcript);
  for (const turn of transcript) {
    write(turn.role === 'agent' ? labels.interviewer : labels.you, { size: 8, style: 'bold', colour: muted, gap: 0 });
    write(turn.content, { size: 9.5, gap: 6 });
  }

  // Footer on every page, now that their number is known.
  const total = doc.getNumberOfPages();
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...muted);
    doc.setDrawColor(...track);
    doc.line(margin, pageHeight - margin + 2, pageWidth - margin, pageHeight - margin + 2);
    const pageLabel = labels.page(page, total);
    const footerRoom = width - doc.getTextWidth(pageLabel) - 16;
    doc.text(
      fitOneLine(`Voxly · ${titleText}`, footerRoom, (text) => doc.getTextWidth(text)),
      margin,
      pageHeight - margin + 14,
    );
    doc.text(pageLabel, pageWidth - margin - doc.getTextWidth(pageLabel), pageHeight - margin + 14);
  }
  return doc.output('blob');
}
