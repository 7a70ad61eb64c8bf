// @vitest-environment node
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { feedbackPdf, type PdfLabels } from '../src/feedback/feedback-pdf.ts';
import { fitOneLine, titleLayout, winAnsiText, wrapToWidth } from '../src/feedback/pdf-wrap.ts';

/** A monospaced font: every character 6 units wide. */
const mono = (text: string) => text.length * 6;

describe('text wrapped to a width, as the report’s PDF draws it', () => {
  it('breaks between words, every line within the width, nothing lost', () => {
    const title = 'Avaliação: Engenheira Agrônoma Sênior de Sistemas de Irrigação para Agricultura de Precisão';
    const lines = wrapToWidth(title, 180, mono);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(180);
    expect(lines.join(' ')).toBe(title);
    expect(lines.at(-1)).toBe('Precisão');
  });

  it('breaks a word wider than a line between its characters', () => {
    const lines = wrapToWidth('See https://example.com/a-very-long-path-without-spaces end', 60, mono);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(60);
    expect(lines.join('').replace(/\s/g, '')).toBe('Seehttps://example.com/a-very-long-path-without-spacesend');
  });

  it('gives one short line as it is, and nothing for blank text', () => {
    expect(wrapToWidth('  Backend   Engineer ', 600, mono)).toEqual(['Backend Engineer']);
    expect(wrapToWidth('   ', 600, mono)).toEqual([]);
  });

  it('ends a line that does not fit with an ellipsis, inside the width', () => {
    expect(fitOneLine('Voxly · Feedback: Backend', 600, mono)).toBe('Voxly · Feedback: Backend');
    const cut = fitOneLine('Voxly · Feedback: Engenheira Agrônoma Sênior', 120, mono);
    expect(cut).toBe('Voxly · Feedback: E…');
    expect(mono(cut)).toBeLessThanOrEqual(120);
  });

  it('shrinks a title that needs more than three lines at the largest size', () => {
    const measureAt = (size: number) => (text: string) => text.length * size * 0.5;
    expect(titleLayout('Backend Engineer', 480, measureAt).size).toBe(18);
    const long = titleLayout('Feedback: ' + 'Agricultura de Precisão '.repeat(6), 480, measureAt);
    expect(long.size).toBeLessThan(18);
    expect(long.lines.length).toBeLessThanOrEqual(3);
  });
});

/** The PDF's words in Portuguese, with a title long enough to wrap. */
const labels: PdfLabels = {
  title: 'Avaliação: Engenheira Agrônoma Sênior de Sistemas de Irrigação e Sensoriamento Remoto para Agricultura de Precisão',
  subtitle: 'Lucía · 5 de dezembro de 2026',
  source: 'Avaliação por regras',
  overall: 'Nota geral',
  verdict: 'Contratar',
  ratings: 'Avaliações',
  strengths: 'Pontos fortes',
  improvements: 'A melhorar',
  questions: 'Pergunta por pergunta',
  good: 'O que foi bom',
  stronger: 'Uma resposta mais forte',
  example: 'Exemplo de resposta mais forte, montado a partir do seu currículo',
  exampleParts: { situation: 'Situação', action: 'O que você fez', result: 'Resultado', shows: 'O que mostra' },
  answerRating: (rating) => `${rating}/5`,
  metrics: 'Como você falou',
  transcript: 'Transcrição',
  interviewer: 'Entrevistador',
  you: 'Você',
  notRated: 'Sem nota',
  competency: (id) => id,
  metricLines: [],
  page: (page, total) => `Página ${page} de ${total}`,
};

describe('the report’s PDF with a long job title', () => {
  const view = {
    feedback: { overallScore: 72, summary: 'Resumo.', ratings: [], strengths: [], improvements: [], questions: [] },
  } as unknown as Parameters<typeof feedbackPdf>[0];

  it('draws every word of the title inside the page’s margins', async () => {
    const blob = await feedbackPdf(view, [], labels);
    const pdf = await getDocumentProxy(new Uint8Array(await blob.arrayBuffer()));
    const page = await pdf.getPage(1);
    const pageWidth = page.getViewport({ scale: 1 }).width;
    const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.trim());
    const runs = items.map((item) => item as { str: string; transform: number[]; width: number });
    for (const run of runs)
      expect(run.transform[4]! + run.width, `"${run.str}" inside the right margin`).toBeLessThanOrEqual(pageWidth - 47);
    // The header's lines, in order, are the whole title (the footer repeats it, cut with an ellipsis).
    const text = runs.map((run) => run.str).join(' ');
    expect(text).toContain('Sensoriamento Remoto para');
    expect(text).toContain('Agricultura de Precisão');
    expect(runs.some((run) => run.str.endsWith('…'))).toBe(true);
  });
});

describe('the report’s PDF with emoji in the title and the name', () => {
  it('prints the title and the name as words, not as runs of other glyphs', async () => {
    const withEmoji: PdfLabels = { ...labels, title: 'Feedback: 🚀 Backend Engineer', subtitle: 'Zoë 👩🏽‍💻 Tester · December 5, 2026' };
    const view = {
      feedback: { overallScore: 72, summary: 'Summary.', ratings: [], strengths: [], improvements: [], questions: [] },
    } as unknown as Parameters<typeof feedbackPdf>[0];
    const blob = await feedbackPdf(view, [], withEmoji);
    const page = await (await getDocumentProxy(new Uint8Array(await blob.arrayBuffer()))).getPage(1);
    const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain('Feedback: Backend Engineer');
    expect(text).toContain('Zoë Tester · December 5, 2026');
    expect(text).toContain('Voxly · Feedback: Backend Engineer');
    expect(text).not.toMatch(/Ø|Þ|Ý/);
  });
});

describe('text for the standard fonts', () => {
  it('writes the arrow our labels use with characters the fonts have, leaving the rest alone', () => {
    expect(winAnsiText('Communication 2 → 4 desde a sua última entrevista · “ok”')).toBe(
      'Communication 2 -> 4 desde a sua última entrevista · “ok”',
    );
  });

  it('leaves out emoji and keeps only what the standard fonts print (a title or name may hold anything)', () => {
    expect(winAnsiText('Feedback: 🚀 Backend Engineer')).toBe('Feedback: Backend Engineer');
    expect(winAnsiText('Zoë 👩🏽‍💻 Tester ❤️')).toBe('Zoë Tester ');
    // Latin letters outside WinAnsi lose only their accent; Latin-1 and WinAnsi's own are kept.
    expect(winAnsiText('Łódź, Kraków: 5 € — “São Paulo” … Œuvre')).toBe('Lódz, Kraków: 5 € — “São Paulo” … Œuvre');
    // What no font here has becomes a visible "?", never a run of other glyphs.
    expect(winAnsiText('李 Wei\tRésumé')).toBe('? Wei Résumé');
  });
});
