import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inputLimits } from '@voxly/config';
import { jsPDF } from 'jspdf';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { NewInterviewForm } from '../src/interview/new-interview-form.tsx';
import { tidyExtractedText } from '../src/interview/resume-file.ts';

const resumeLines = [
  'Camila Rocha',
  'Backend engineer, 7 years: payment APIs in Node.js and TypeScript.',
  'Led an event-driven migration that halved p99 latency.',
];

function pdfFile(): File {
  const doc = new jsPDF();
  doc.text(resumeLines, 20, 20);
  return new File([doc.output('arraybuffer')], 'camila.pdf', { type: 'application/pdf' });
}

/** The smallest valid DOCX: a content-types file, the package relation and one document part. */
async function docxFile(): Promise<File> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const paragraphs = resumeLines.map((line) => `<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  );
  const bytes = await zip.generateAsync({ type: 'arraybuffer' });
  return new File([bytes], 'camila.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

function renderForm() {
  const onSubmit = vi.fn();
  render(<NewInterviewForm defaultName="Camila Rocha" busy={false} error={null} onSubmit={onSubmit} />);
  return { onSubmit, resume: () => screen.getByLabelText<HTMLTextAreaElement>('Your resume') };
}

describe('the new-interview form', () => {
  it('shows every problem inline, tied to its field, and sends nothing', async () => {
    const { onSubmit } = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Start the interview (1 credit)' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const title = screen.getByLabelText('Job title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const errorId = title.getAttribute('aria-describedby')!;
    expect(document.getElementById(errorId)?.textContent).toBe('The job title needs at least 2 characters.');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'The job title needs at least 2 characters.',
      'The job description needs at least 30 characters.',
      'The resume needs at least 50 characters.',
    ]);
    // Fixing a field clears its message; the others stay.
    await userEvent.type(title, 'Backend Engineer');
    expect(title.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'The job description needs at least 30 characters.',
      'The resume needs at least 50 characters.',
    ]);
  });

  it('reads a PDF resume into the text box for a check', async () => {
    const { resume } = renderForm();
    await userEvent.upload(screen.getByLabelText('Upload a resume (PDF or DOCX)'), pdfFile());
    await waitFor(() => expect(resume().value).toContain('Backend engineer, 7 years'), { timeout: 10_000 });
    expect(resume().value).toContain('halved p99 latency.');
    expect(screen.getByTestId('upload-status').textContent).toBe(
      `Text from camila.pdf: ${resume().value.length} characters. Check it below before starting.`,
    );
  });

  it('reads a DOCX resume, paragraph by paragraph', async () => {
    const { resume } = renderForm();
    await userEvent.upload(screen.getByLabelText('Upload a resume (PDF or DOCX)'), await docxFile());
    await waitFor(() => expect(resume().value).toBe(resumeLines.join('\n\n')), { timeout: 10_000 });
  });

  it('refuses other files and broken ones in plain words, keeping what was typed', async () => {
    const { resume } = renderForm();
    await userEvent.type(resume(), 'my resume');
    const upload = screen.getByLabelText('Upload a resume (PDF or DOCX)');
    await userEvent.upload(upload, new File(['hello'], 'notes.txt', { type: 'text/plain' }), { applyAccept: false });
    expect((await screen.findByRole('alert')).textContent).toBe('Upload a PDF or DOCX file.');
    await userEvent.upload(upload, new File(['not really a pdf'], 'broken.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not read broken.pdf. Paste the text instead.'));
    expect(resume().value).toBe('my resume');
  });

  it('sends the values with the chosen language once they are valid', async () => {
    const { onSubmit, resume } = renderForm();
    await userEvent.type(screen.getByLabelText('Job title'), 'Backend Engineer');
    await userEvent.type(screen.getByLabelText('Job description'), 'Build and run payment services in Node.js on AWS.');
    await userEvent.type(resume(), resumeLines.join(' '));
    await userEvent.selectOptions(screen.getByLabelText('Interview language'), 'pt-BR');
    await userEvent.click(screen.getByRole('button', { name: 'Start the interview (1 credit)' }));
    expect(onSubmit).toHaveBeenCalledWith({
      candidateName: 'Camila Rocha',
      jobTitle: 'Backend Engineer',
      jobDescription: 'Build and run payment services in Node.js on AWS.',
      resumeText: resumeLines.join(' '),
      language: 'pt-BR',
      lengthMinutes: 15,
      kind: 'mixed',
      seniority: 'mid',
      interviewMode: 'real',
    });
  });

  it('drops invisible control characters a paste carried, keeping the lines of a pasted posting', async () => {
    const { onSubmit, resume } = renderForm();
    await userEvent.click(screen.getByLabelText('Job title'));
    await userEvent.paste('Backend\u200b\u0007 Engineer\u0000');
    await userEvent.click(screen.getByLabelText('Job description'));
    await userEvent.paste('Build payment services.\u001b\nRun them on AWS.');
    await userEvent.type(resume(), resumeLines.join(' '));
    await userEvent.click(screen.getByRole('button', { name: 'Start the interview (1 credit)' }));
    expect(onSubmit).toHaveBeenCalledWith(
      // A zero-width space is not a control character: it stays, as the server would keep it.
      expect.objectContaining({ jobTitle: 'Backend\u200b Engineer', jobDescription: 'Build payment services.\nRun them on AWS.' }),
    );
  });

  it("says so when a paste reaches a field's limit, instead of cutting it silently", async () => {
    renderForm();
    const title = screen.getByLabelText<HTMLInputElement>('Job title');
    expect(screen.queryByTestId('at-limit')).toBeNull();
    await userEvent.click(title);
    await userEvent.paste('Senior Backend Engineer '.repeat(20));
    expect(title.value).toHaveLength(inputLimits.jobTitle);
    const notice = screen.getByTestId('at-limit');
    expect(notice.textContent).toBe(
      `That is as much as this field takes (${inputLimits.jobTitle} characters): anything past it was left out.`,
    );
    expect(title.getAttribute('aria-describedby')).toContain(notice.id);
  });

  it('sends the session the candidate chose, each choice explained in one line', async () => {
    const { onSubmit, resume } = renderForm();
    // The defaults, each with what it means.
    expect(screen.getByLabelText<HTMLSelectElement>('Length').value).toBe('15');
    const hint = (label: string) =>
      document.getElementById(screen.getByLabelText(label).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(hint('Kind of interview')).toBe('Both: questions on the job’s skills and stories from your past work.');
    await userEvent.type(screen.getByLabelText('Job title'), 'Backend Engineer');
    await userEvent.type(screen.getByLabelText('Job description'), 'Build and run payment services in Node.js on AWS.');
    await userEvent.type(resume(), resumeLines.join(' '));
    await userEvent.selectOptions(screen.getByLabelText('Length'), '5');
    await userEvent.selectOptions(screen.getByLabelText('Kind of interview'), 'behavioural');
    await userEvent.selectOptions(screen.getByLabelText('Level'), 'junior');
    expect(hint('Level')).toBe('Coursework, internships and first jobs count; one question is about learning fast.');
    await userEvent.click(screen.getByRole('button', { name: 'Start the interview (1 credit)' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ lengthMinutes: 5, kind: 'behavioural', seniority: 'junior' }));
  });

  it('sends a coached session when chosen, each mode explained in one line', async () => {
    const { onSubmit, resume } = renderForm();
    const hint = () => document.getElementById(screen.getByLabelText('Mode').getAttribute('aria-describedby') ?? '')?.textContent;
    expect(screen.getByLabelText<HTMLSelectElement>('Mode').value).toBe('real');
    expect(hint()).toMatch(/^As it would run: no help during the interview/);
    await userEvent.type(screen.getByLabelText('Job title'), 'Backend Engineer');
    await userEvent.type(screen.getByLabelText('Job description'), 'Build and run payment services in Node.js on AWS.');
    await userEvent.type(resume(), resumeLines.join(' '));
    await userEvent.selectOptions(screen.getByLabelText('Mode'), 'coached');
    expect(hint()).toMatch(/^After each answer you hear one short tip/);
    await userEvent.click(screen.getByRole('button', { name: 'Start the interview (1 credit)' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ interviewMode: 'coached' }));
  });
});

describe('the new-interview form when the call cannot start', () => {
  it('holds Start with the reason next to it, and sends nothing', async () => {
    const onSubmit = vi.fn();
    const reason = 'Start needs a working microphone for this spoken interview.';
    const { rerender } = render(
      <NewInterviewForm defaultName="Camila Rocha" busy={false} error={null} blockedReason={reason} onSubmit={onSubmit} />,
    );
    const start = screen.getByRole('button', { name: 'Start the interview (1 credit)' });
    expect((start as HTMLButtonElement).disabled).toBe(true);
    expect(document.getElementById(start.getAttribute('aria-describedby') ?? '')?.textContent).toBe(reason);
    await userEvent.click(start);
    expect(onSubmit).not.toHaveBeenCalled();
    rerender(<NewInterviewForm defaultName="Camila Rocha" busy={false} error={null} blockedReason={null} onSubmit={onSubmit} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Start the interview (1 credit)' }).disabled).toBe(false);
    expect(screen.queryByTestId('start-blocked')).toBeNull();
  });
});

describe('tidyExtractedText', () => {
  it('collapses runs of spaces and blank lines, keeping paragraphs', () => {
    expect(tidyExtractedText('  Camila\u00a0 Rocha \r\n\r\n\r\n\r\nBackend\t engineer  \n')).toBe('Camila Rocha\n\nBackend engineer');
  });
});
