/** A capitalised run that can be a company's name: "Hartwell & Crane", "Agrícola Los Maitenes", "Banco do Brasil". */
const name = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|&|de|del|do|da|dos|of))*`;

/** "X is a…", "X es una…", "X é uma…": the posting introducing its employer. */
const introduces = new RegExp(String.raw`(?:^|[.!?:]\s+)(${name})\s+(?:is|es|é)\s+(?:an?|una?|uma?)\s`, 'gmu');

/** "Carolina Polymer Components molds…": two or more capitalised words opening a paragraph, then a verb. */
const opensWithVerb = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|&))+)\s+\p{Ll}{3,}s\s`, 'gmu');

/**
 * A line that opens with a kind of organisation and its name ("Hospital Santa Clara – UTI Adulto",
 * "Clínica San Rafael | Recepción"): the employer heading the posting.
 */
const organisationLine = new RegExp(
  String.raw`^\s*((?:Hospital|Cl[ií]nica|Laborat[oó]rio|Grupo|Banco|Col[eé]gio|Escola|Escuela|Universidad|Universidade|Supermercados?|Construtora|Constructora|Farm[aá]cia|Hotel|Instituto|Funda[cç][aã]o|Fundaci[oó]n|Sanatorio)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|de|del|do|da|dos|das))*\s+\p{Lu}[\p{L}\p{N}'’.-]*)\s*(?:$|[-–—|·])`,
  'gmu',
);

/**
 * The employer's names a posting introduces itself by ("Heartland Ag Partners is an
 * independent…"): the company is not a must-have, and the sentences it opens are about it,
 * not the job. Pure.
 */
export function employerNames(description: string): string[] {
  const found = [introduces, opensWithVerb, organisationLine]
    .flatMap((pattern) => [...description.matchAll(pattern)])
    .map((m) => (m[1] ?? '').trim());
  // "The role is a…", "This position is an…", "Esta vaga é uma…": the job, not the employer.
  return [
    ...new Set(
      found.filter((n) => n && !/^(the|this|our|your|it|we|you|el|la|este|esta|nuestra|nuestro|o|a|essa|esta|nossa|nosso)\b/i.test(n)),
    ),
  ];
}

/** Whether a sentence opens with one of the employer's names: it is about the employer, not the job. */
export const opensWithEmployer = (sentence: string, employers: readonly string[]) =>
  employers.some((employer) => sentence.replace(/^[^\p{L}]+/u, '').startsWith(`${employer} `));
