import type { RouterOutputs } from '../api/trpc.ts';

type Ready = Extract<RouterOutputs['feedback']['get'], { status: 'ready' }>;

export interface PdfLabels {
  title: string;
  subtitle: string;
  source: string;
  overall: string;
  verdict: string;
  ratings: string;
  strengths: string;
  improvements: string;
  questions: string;
  good: string;
  stronger: string;
  metrics: string;
  transcript: string;
  interviewer: string;
  you: string;
  notRated: string;
  competency(id: string): string;
  metricLines: string[];
}

/**
 * The feedback as a PDF, laid out with jsPDF in the browser (loaded only when asked for).
 * Standard fonts cover the Latin text of en, es and pt.
 */
export async function feedbackPdf(
  view: Ready,
  transcript: { role: 'agent' | 'user'; content: string }[],
  labels: PdfLabels,
): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  const margin = 48;
  const width = doc.internal.pageSize.getWidth() - margin * 2;
  const bottom = doc.internal.pageSize.getHeight() - margin;
  let y = margin;

  const write = (text: string, size = 10, style: 'normal' | 'bold' | 'italic' = 'normal', gap = 4) => {
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    for (const line of doc.splitTextToSize(text, width) as string[]) {
      if (y + size > bottom) {
        doc.addPage();
        y = margin;
      }
      doc.text(line, margin, y + size);
      y += size * 1.3;
    }
    y += gap;
  };
  const heading = (text: string) => {
    y += 8;
    write(text, 13, 'bold', 6);
  };

  const { feedback } = view;
  write(labels.title, 18, 'bold', 2);
  write(labels.subtitle, 10, 'normal', 2);
  write(labels.source, 9, 'italic', 8);
  write(`${labels.overall}: ${feedback.overallScore}/100 · ${labels.verdict}`, 13, 'bold');
  write(feedback.summary);

  heading(labels.ratings);
  for (const r of feedback.ratings) {
    write(`${labels.competency(r.competency)}: ${r.rating === null ? labels.notRated : `${r.rating}/5`}`, 10, 'bold', 0);
    write(r.evidence);
  }
  heading(labels.strengths);
  for (const s of feedback.strengths) {
    write(`• ${s.point}`, 10, 'normal', 0);
    write(`  ${s.evidence}`, 9, 'italic');
  }
  heading(labels.improvements);
  for (const s of feedback.improvements) {
    write(`• ${s.point}`, 10, 'normal', 0);
    write(`  ${s.evidence}`, 9, 'italic');
  }
  if (feedback.questions.length) {
    heading(labels.questions);
    for (const q of feedback.questions) {
      write(q.question, 10, 'bold', 0);
      write(`${labels.good}: ${q.good}`, 10, 'normal', 0);
      write(`${labels.stronger}: ${q.stronger}`);
    }
  }
  heading(labels.metrics);
  for (const line of labels.metricLines) write(line, 10, 'normal', 0);
  heading(labels.transcript);
  for (const turn of transcript) write(`${turn.role === 'agent' ? labels.interviewer : labels.you}: ${turn.content}`, 9);
  return doc.output('blob');
}
