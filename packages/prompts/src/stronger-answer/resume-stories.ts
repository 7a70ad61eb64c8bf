import { isCredentialLine, isRoleLine } from './role-line.ts';

/** One thing the resume says the candidate did: where (its role line), and what (a detail of it), as written. */
export interface ResumeStory {
  /** The role line it sits under: "Data Intern, Hy-Vee Corporate (Summer 2023)"; absent for a loose line. */
  where?: string;
  /** What was done there: "built Excel reports of weekly store sales"; absent for a bare role line. */
  details: string[];
}

/** Section labels whose lines are not stories: schooling, courses, skills, languages, contact, licences, summaries. */
const notStories =
  /^(education|educacion|formacion|formacao|escolaridade|estudios|estudos|skills|habilidades|competencias|conocimientos|conhecimentos|ferramentas|herramientas|tools|languages|idiomas|linguas|certifica\w*|licen[cs]\w*|cursos?|courses?|training|capacitacion\w*|treinamentos?|qualifica\w*|awards|premios|activities|actividades|atividades|interests|intereses|interesses|hobbies|contact|contacto|contato|portfolio|portafolio|disponibilidad\w*|disponibilidade|other|otros|outros|summary|resumen|resumo|perfil|profile|objective|objetivo|references|referencias)\b/;
/** Section labels whose lines are roles and what was done in them. */
const experienceSections =
  /^(experience|work experience|professional experience|relevant experience|work history|employment( history)?|experiencia( laboral| profesional| profissional)?|historial laboral|historico profissional|projects|proyectos|projetos|volunteer\w*|voluntariado)$/;
/** A heading in any case, alone on its line ("Certificaciones", "Formação", "Experience"): a known section's name. */
const knownSection = (folded: string) => folded.split(/\s+/).length <= 4 && (notStories.test(folded) || experienceSections.test(folded));
/** Section labels that are stories: their lines are kept, the label dropped. */
const sectionLabel = /^\s*([\p{Lu}][\p{Lu}\s/&]{2,}|[\p{L}\s/&]{3,30}):\s+/u;
const heading = /^\s*[\p{Lu}\s/&]{3,}:?\s*$/u;
const bullet = /^\s*[-•*▪◦·]\s+/u;
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** A sentence that is only a person's name ("Carol Smith", "Ana Lima 2"): the resume's owner, no story. */
const nameOnly = /^(\p{Lu}[\p{Ll}'-]+\s){1,3}\p{Lu}[\p{Ll}'-]+(\s\d+)?$/u;
/** More than one sentence on a line: a paragraph, not a role line. */
const sentenceBreak = /[.!?]\s+[\p{Lu}\d]/u;

/**
 * Splits a role line from what was done there: at ": " or at a dash followed by a lower-case
 * detail. A paragraph (a resume pasted as one block) has no role line to name: its sentences
 * are loose details, its owner's name left out.
 */
function split(line: string): ResumeStory {
  const [, where, details] = /^(.{4,120}?\S):\s+(.+)$/u.exec(line) ?? /^(.{4,120}?)\s[—–-]\s(\p{Ll}.+)$/u.exec(line) ?? [];
  // Never inside brackets: "(Mar 2022 – present)" is the role's dates, not a dash before what was done.
  const open = (text: string) => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
  if (where && details && !sentenceBreak.test(where) && !open(where)) return { where: where.trim(), details: detailsOf(details) };
  if (sentenceBreak.test(line)) return { details: detailsOf(line).filter((detail) => !nameOnly.test(detail)) };
  return { where: line.trim(), details: [] };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const detailsOf = (text: string) =>
  text
    .split(/;\s+|\.\s+(?=[\p{L}\d])/u)
    .map((d) => d.trim().replace(/[.;]+$/, ''))
    .filter((d) => d.length > 3);

/**
 * A resume pasted as one block (a PDF's text loses its line breaks): a long line of several
 * sentences, each of which is a line of its own ("Experiencia: …", "Educación: …").
 */
const sentenceBreaks = new RegExp(sentenceBreak.source, 'gu');
const pastedAsBlock = (line: string) => line.length > 200 && (line.match(sentenceBreaks) ?? []).length >= 2;
const sentenceEnd = /(?<=[.!?])\s+(?=[\p{Lu}])/u;
/** "Lucía Hernández Ramírez — Auxiliar Contable": the owner's name, then their title. */
const ownerHeader = /^(\p{Lu}[\p{Ll}'-]+\s){1,3}\p{Lu}[\p{Ll}'-]+\s*[—–|,]/u;
/** "Zapopan, Jalisco, México.": a place in capitalised names, nothing done. */
const placeLine = (line: string) => /^(\p{Lu}[\p{L}'-]*\.?\s?)+(,\s*(\p{Lu}[\p{L}'-]*\.?\s?)+){1,3}\.?$/u.test(line.trim());

/** The lines a resume's header may take, under the name. */
const HEADER_LINES = 3;
/** A line of short fields set apart by "|" or "·", with no year: a header's place, contacts and licences. */
const headerFields = (line: string) => {
  const fields = line.split(/\s[|·•]\s/);
  return fields.length >= 2 && fields.every((field) => field.trim().split(/\s+/).length <= 5) && !/\b(19|20)\d{2}\b/.test(line);
};

/**
 * What a resume says the candidate did, line by line, as written: each role line with its
 * details (after a colon or dash on the line, or bullets under it). Schooling, skills,
 * languages and contact lines are not stories. Pure.
 */
export function resumeStories(resumeText: string): ResumeStory[] {
  const stories: ResumeStory[] = [];
  let section = '';
  let last: ResumeStory | undefined;
  const lines = resumeText
    .split(/\n+/)
    .flatMap((line) => (pastedAsBlock(line) ? line.split(sentenceEnd) : [line]))
    .filter((line) => line.trim());
  lines.forEach((raw, index) => {
    // A resume's first line is its owner's name (and title); contact lines say nothing done.
    if (
      (index === 0 && lines.length > 2 && (raw.length < 60 || ownerHeader.test(raw))) ||
      /@|https?:|linkedin|github\.com|\+\d{2}/.test(raw)
    )
      return;
    // The header under the name, in short fields and no years: "Campinas - SP | COREN-SP ativo" is where and what one holds.
    if (section === '' && index <= HEADER_LINES && (headerFields(raw) || placeLine(raw))) return;
    const bare = fold(raw.replace(/:\s*$/, '').trim());
    if (heading.test(raw) || knownSection(bare)) {
      section = bare;
      last = undefined;
      return;
    }
    let line = raw;
    const [labelled, label] = sectionLabel.exec(raw) ?? [];
    if (labelled && label && /^[\p{Lu}\s/&]+$/u.test(label)) {
      section = fold(label.trim());
      line = raw.slice(labelled.length);
    } else if (labelled && label && (notStories.test(fold(label.trim())) || experienceSections.test(fold(label.trim())))) {
      // "Certification: …", "Estudios: ESO", "Summary: …": this line's own section, not a role named "Certification".
      if (notStories.test(fold(label.trim()))) {
        last = undefined;
        return;
      }
      line = raw.slice(labelled.length);
    }
    if (notStories.test(section)) return;
    if (bullet.test(line)) {
      const detail = line.replace(bullet, '').trim();
      if (last) last.details.push(detail);
      else stories.push({ details: [detail] });
      return;
    }
    // A certificate, licence, course or schooling line is a fact, not a place a story happened.
    if (isCredentialLine(line)) {
      last = undefined;
      return;
    }
    last = split(line.trim());
    if (last.where && !isRoleLine(last.where, experienceSections.test(section))) {
      // A line that names no job held somewhere (a summary, a skills list): what it says is a loose detail, not a place.
      const loose = last.details.length ? last.details : words(line) >= 5 ? [line.trim()] : [];
      last = { details: loose };
    }
    stories.push(last);
  });
  return stories.filter((story) => story.where || story.details.length);
}
