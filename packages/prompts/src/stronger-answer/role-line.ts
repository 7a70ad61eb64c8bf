import { foldText } from '../fold-text.ts';

/*
 * What makes a resume line a role, a job held somewhere, and its parts: the title, the
 * employer and the dates ("Forklift Operator, Northside Logistics (2021–2024)"). Certificates,
 * licences, courses and schooling are facts the resume states, never the place a story
 * happened ("Certification: OSHA forklift certification (2021)", "Carné de carretillero (2020)",
 * "Curso NR-11 (2020)", "Ensino médio completo"). Pure; the patterns read folded text.
 */

/** Words that name a job in the three languages, folded; a gendered form by its -o/-a/-ora ending. */
const titleWord =
  /\b(engineer|developer|programmer|analyst|manager|director|lead|coordinator|supervisor|assistant|associate|operator|nurse|rn|lpn|cna|technician|tech|specialist|consultant|representative|rep|agent|clerk|cashier|driver|courier|cook|chef|server|waiter|waitress|bartender|barista|teacher|tutor|instructor|coach|designer|architect|accountant|bookkeeper|auditor|intern|trainee|officer|administrator|admin|receptionist|secretary|salesperson|attendant|mechanic|electrician|welder|carpenter|plumber|worker|picker|packer|loader|stocker|handler|foreman|owner|founder|freelancer|scientist|researcher|editor|writer|therapist|pharmacist|physician|doctor|dentist|hygienist|paralegal|lawyer|guard|housekeeper|cleaner|caregiver|volunteer|planner|buyer|dispatcher|controller|inspector|host|hostess|crew|head|ceo|cto|cfo|sre|qa|devops|desarrollador[a]?|programador[a]?|analista|gerente|directora?|diretora?|jef[ea]|chefe|lider|coordinador[a]?|coordenador[a]?|supervisora|asistente|assistente|auxiliar|ayudante|ajudante|operador[a]?|operari[oa]|operari[oa]|enfermer[oa]|enfermeir[oa]|tecnic[oa]|especialista|consultora?|representante|agente|cajer[oa]|caixa|conductora?|chofer|motorista|repartidor[a]?|entregador[a]?|cociner[oa]|cozinheir[oa]|meser[oa]|camarer[oa]|garcom|garconete|profesora?|professora?|docente|instrutora?|entrenador[a]?|treinador[a]?|disenador[a]?|designer|arquitect[oa]|arquitet[oa]|contador[a]?|pasante|becari[oa]|estagiari[oa]|oficial|administrador[a]?|recepcionista|secretari[oa]|vendedor[a]?|atendente|dependient[ea]|mecanic[oa]|electricista|eletricista|soldador[a]?|carpinter[oa]|fontaner[oa]|encanador|trabajador[a]?|mozo|peon|repositor[a]?|estoquista|almoxarife|conferente|carretiller[oa]|empilhadeirista|capataz|encarregad[oa]|fundador[a]?|investigador[a]?|pesquisador[a]?|redactor[a]?|terapeuta|farmaceutic[oa]|medic[oa]|dentista|abogad[oa]|advogad[oa]|vigilante|porteir[oa]|cuidador[a]?|voluntari[oa]|comprador[a]?|inspetor[a]?|inspector[a]?|gestor[a]?|ejecutiv[oa]|executiv[oa]|promotor[a]?|limpiador[a]?|faxineir[oa]|diarista|niner[ao]|baba|bab[aá]|garzon|moz[oa]|almacenista|estibador|montador[a]?|costurer[oa]|panader[oa]|padeir[oa]|carnicer[oa]|acougueir[oa])\b/;

/** A certificate, licence, course or schooling, folded: a fact the resume states, not a job. */
const credentialWord =
  /\b(certifica\w*|certificate[ds]?|certified|certificad[oa]s?|licen[cs]e[ds]?|licencias?|licencas?|carne|carnet|carteira|cnh|cdl|diplomas?|diploma\w*|degree|bachelor'?s?|master'?s|mba|ph\s?d|bsc|associate'?s? degree|licenciatura|grado en|bacharel\w*|graduacao|pos-graduacao|posgrado|mestrado|maestria|doutorado|doctorado|ensino (medio|fundamental|superior|tecnico)|high school|secondary school|ged|eso|bachillerato|secundaria|cursos?|courses?|coursework|bootcamp|nr-?\d+|osha|first aid|primeros auxilios|primeiros socorros)\b/;

/** A year, or "present" in a language: a line that holds one was held for a while. */
const dated = /\b(19|20)\d{2}\b|\b(present|current|now|actualidad|actual|presente|hoy|atual|atualmente|hoje)\b/;

/** A line's start that names a credential: "Curso NR-11", "Carné de carretillero", "Certified…". */
const credentialFirst = new RegExp(`^(${credentialWord.source})`);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A certificate, licence, course or schooling line: never a role, whatever its dates. */
export function isCredentialLine(line: string): boolean {
  const folded = foldText(line).trim();
  if (!credentialWord.test(folded)) return false;
  const first = credentialFirst.exec(folded);
  // "Course Instructor", "Certification Specialist": a job named after what it deals with.
  if (first) return !titleWord.test(folded.slice(first[0].length).trim().split(/\s+/)[0] ?? '');
  return !titleWord.test(folded);
}

/** A role line as it is read: its title, where it was held, and when, as the resume writes them. */
export interface RoleParts {
  /** The line as written. */
  line: string;
  title?: string;
  employer?: string;
  dates?: string;
  /** The line without its dates, for a situation that cannot tell title from employer. */
  core: string;
}

/** A line's trailing dates: "(2021–2024)", ", 2018–2022", " — Jan 2020 – present". */
const trailingDates = /\s*\(([^()]*\d[^()]*)\)\s*$|(?:,|\s[-–—|])\s*((?:[\p{L}.]+\s+)?(?:19|20)\d{2}\b[^,]*)$/u;
/** What stands between a title and an employer: a dash or bar between spaces, a comma, " at ". */
const between = /\s[-–—|@]\s|,\s*|\s(?:at|en|em|na|no|nos|nas)\s(?=[\p{Lu}\d])/u;

const hasTitle = (text: string) => titleWord.test(foldText(text));

/** Splits a role line into title, employer and dates; a part it cannot tell is left out. Pure. */
export function roleParts(line: string): RoleParts {
  const match = trailingDates.exec(line);
  const dates = match ? (match[1] ?? match[2])?.trim() : undefined;
  const core = (match ? line.slice(0, match.index) : line).replace(/[\s,;:–—-]+$/u, '').trim();
  const parts = core.split(between);
  const first = parts[0]?.trim() ?? '';
  const rest = core.slice(first.length).replace(between, '').trim();
  if (!rest) return { line, core, dates, title: hasTitle(first) ? first : undefined };
  // The part that names a job is the title; when both do, the first ("Operator, Forklift Co").
  if (hasTitle(first)) return { line, core, dates, title: first, employer: rest };
  if (hasTitle(rest)) return { line, core, dates, title: rest, employer: first };
  return { line, core, dates };
}

/**
 * Whether a line a story would start under is a role: not a credential, and dated, under an
 * experience heading, or a job's title with the employer beside it ("Cashier at Target"). Pure.
 */
export function isRoleLine(line: string, underExperience: boolean): boolean {
  if (isCredentialLine(line)) return false;
  const folded = foldText(line);
  if (dated.test(folded) || underExperience) return true;
  const parts = roleParts(line);
  return Boolean(parts.title && parts.employer) && words(line) <= 12;
}
