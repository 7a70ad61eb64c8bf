import { stemWord } from '../field-detection/stem-word.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { globalPattern } from '../listening/global-pattern.ts';
import { showsMark, tradeShown, withoutGenderForms } from './licensed-role.ts';
import type { RoleLine } from './resume-roles.ts';
import { introductoryCourse } from './second-hand.ts';

/*
 * Working in the same place as a trade is not doing its work: a hospital cleaner knows the
 * ICU's routine, a pharmacy counter clerk knows the drugs' names, a school custodian knows the
 * teachers, and none of them is a nurse, a pharmacist or a teacher. Their resumes share the
 * setting's words with the posting (hospital, patients, medicines, classrooms), which the fit
 * check would otherwise read as a background in the field. This separates the two: the roles
 * the resume names as the candidate's own are untrained service or manual roles, nothing they
 * claim is training past school, and the trade appears in what they say only as the place of
 * such a role ("atendente de farmácia") or as someone else ("I take them to the vet", "ajudo a
 * farmacêutica"). Pure; on folded text.
 */

/**
 * Service and manual roles any employer trains on the job, in the three languages, folded:
 * the roles people hold in a trade's setting without its training. Skilled trades of their own
 * (a cook, a hairdresser, an electrician) and care roles that do part of the work (a caregiver,
 * a nursing or pharmacy technician, a vet assistant) are not here.
 */
const untrainedRoleNames =
  /cashiers?|checkers?|receptionists?|front desk (agent|clerk)|cleaners?|janitors?|custodians?|housekeep(er|ers|ing)|porters?|dishwashers?|bussers?|(restaurant|food|banquet) servers?|waiters?|waitress(es)?|security (guard|officer)s?|drivers?|couriers?|delivery (driver|associate)s?|pickers?|packers?|stockers?|shelf stockers?|order selectors?|loaders?|baggage handlers?|ramp agents?|car wash (attendant|supervisor|worker)s?|detailers?|dog walkers?|pet sitters?|groomers?|store clerks?|sales (associate|clerk)s?|retail (associate|clerk)s?|farmhands?|farm hands?|milkers?|(patient )?transporters?|dietary aides?|food service (worker|associate)s?|cafeteria (worker|attendant)s?|unit (secretar(y|ies)|clerks?)|ward clerks?|valets?|parking attendants?|stock (clerk|associate)s?|warehouse (associate|worker|operative)s?|crossing guards?|camiller[oa]s?|celador(a|es|as)?|telefonistas?|ordenanzas?|carretiller[oa]s?|mucamas?|bedel(es)?|cajer[oa]s?|reponedor(a|es|as)?|repositor(a|es|as)?|recepcionistas?|(auxiliar|personal|operari[oa]|empleada?) de limpieza|limpiador(a|es|as)?|conserjes?|porter[oa]s?|vigilantes?|guardias? de seguridad|chofer(es)?|conductor(a|es|as)?|repartidor(a|es|as)?|domiciliari[oa]s?|mensajer[oa]s?|moz[oa]s?|meser[oa]s?|camarer[oa]s?|lavaplatos|bodeguer[oa]s?|empacador(a|es|as)?|preparador(a)? de pedidos|paseador(a|es|as)?|cuidador(a|es|as)? de perros|emplead[oa]s? de comercio|dependient[ea]s?|peon(es)?|operador(a|es|as)? de caixa|fiscal de caixa|auxiliar de limpeza|faxineir[oa]s?|zelador(a|es|as)?|porteir[oa]s?|motoristas?|caminhoneir[oa]s?|entregador(a|es|as)?|motoboys?|garco(m|ns)|garconetes?|copeir[oa]s?|atendentes?(?! de enfermagem)|balconistas?|estoquistas?|separador(a|es|as)?|auxiliar de carga|carregador(a|es|as)?|lavador(a|es|as)?|retireir[oa]s?|ordenhador(a|es|as)?|tratoristas?|tractoristas?|maqueir[oa]s?|auxiliar de servicos gerais|servente|serventes|merendeir[oa]s?|ajudante geral|operador(a)? de empilhadeira|conferentes?|almoxarifes?/;
const untrainedRoles = new RegExp(`\\b(${untrainedRoleNames.source})\\b`);

/** Whether a role, folded, is an untrained service or manual role. */
export function untrainedRole(role: string): boolean {
  return untrainedRoles.test(role);
}

/** Words before a trade's name that make it someone else, per language: "the vet", "a farmacêutica", "pelo veterinário", "our nurses". English "a" is no such word ("a nurse" may be oneself); Spanish "a" marks a person as the object ("ayudo a enfermeras", "traslado a veterinarias"). */
const someoneElsesMark: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set('the our their his her its'.split(' ')),
  es: new Set('a el la los las del al su sus nuestro nuestra nuestros nuestras'.split(' ')),
  pt: new Set('o a os as do da dos das pelo pela pelos pelas ao aos seu sua seus suas nosso nossa'.split(' ')),
};

/** Words before such an article that make the trade the speaker's own after all: "I'm the nurse" (folded "i m the"), "worked as the", "soy la", "sou o", "fui a". */
const ownCopula = new Set('i m am was as soy era fui como sou'.split(' '));

/** Words that put the trade beside the speaker, right before its name: "work closely with nurses", "help teachers", "ayudo a enfermeras". */
const besideWords = new Set(
  'with alongside beside help helps helped helping assist assists assisted assisting support supports supporting con junto ayudo ayudaba apoyo com ajudo ajudava apoio'.split(
    ' ',
  ),
);

/** Words of a school level, before "médio", "media": "Ensino médio completo" names no médico. */
const schoolLevel = new Set('ensino ensenanza educacion educacao nivel'.split(' '));

/**
 * The tokens of a clause without the trade's name where it names someone else or the place of
 * an untrained role: "administro medicación indicada por el veterinario" keeps no "veterinario",
 * "curso de atendente de farmácia" or "Cajero - Farmacia Central" no "farmacia", "pharmacy
 * cashier" no "pharmacy". "I'm the charge nurse" and "técnica de enfermagem" keep theirs.
 */
export function withoutSettingMentions(tokens: readonly string[], trade: readonly string[], language: TextLanguage): string[] {
  const namesTrade = (token: string) => tradeShown(trade, [], [stemWord(token, language)], [token]);
  return tokens.filter((token, i) => {
    if (trade.length === 0 || !namesTrade(token)) return true;
    const before = tokens[i - 1] ?? '';
    const earlier = tokens[i - 2] ?? '';
    if (someoneElsesMark[language].has(before) && !ownCopula.has(earlier)) return false;
    if (besideWords.has(before) || schoolLevel.has(before)) return false;
    // The place of an untrained role named before it in the clause, or right after it ("pharmacy cashier").
    return !untrainedRole(tokens.slice(0, i).join(' ')) && !untrainedRole(tokens.slice(i + 1, i + 3).join(' '));
  });
}

/**
 * Whether the candidate's own tokens name the trade itself (its word as the title writes it, not a
 * word that only shares its root, like "enfermaria", the ward, for "enfermeiro") or one of the
 * posting's short credentials. Beside the trade, the loose reading of licensed-role.ts would take
 * the place for the profession; training in its discipline is read by `furtherTraining`.
 */
export function ownsTrade(head: readonly string[], marks: readonly string[], tokens: readonly string[], language: TextLanguage): boolean {
  if (head.length === 0) return true;
  if (marks.some((mark) => showsMark(tokens, mark))) return true;
  return tokens.some((token) => {
    const stem = stemWord(token, language);
    return head.some((trade) => stem.startsWith(trade) || (stem.length >= 4 && trade.startsWith(stem) && trade.length - stem.length <= 1));
  });
}

/** Training past school, unambiguous, folded: a degree, a university, a licence, an apprenticeship, a care certificate (CNA, EMT). */
const tertiary =
  /\b(degree|bachelor\w*|masters?|associate'?s|bsn|bscn|msn|adn|lpn|lvn|cna|cma|stna|hha|pct|emt|nclex\w*|b\.s|b\.a|b\.sc|bsc|msc|bba|phd|mba|pharmd|dvm|university|college|(nursing|law|pharmacy|medical|vet|veterinary|dental|graduate|trade|beauty) school|apprentice\w*|journeyman|residency|practicum|clinicals|clinical rotations?|student teach\w*|licensed|certified|licen[cs]e|certificate in|diploma in|grado|licenciatura|licenciad[oa]|titulo|titulad[oa]|diplomatura|tecnicatura|tecnico superior|ciclo (formativo|superior)|formacion profesional|universidad|universitari[oa]|facultad|colegiad[oa]|residencia|posgrado|maestria|graduacao|bacharel\w*|tecnologo|tecnologa|tecnico em|tecnica em|tecnico en|tecnica en|faculdade|universidade|pos-graduacao|especializacao|habilitad[oa])\b/;

/** Study words that may be a school's ("graduated from high school", "curso", "diploma"): training unless a school level is named with them. Folded. */
const study =
  /\b(graduated|graduate|diploma|course|courses|coursework|student|estudiante|estudante|studying|studied|enrolled|trained (as|in)|training (as|in)|curso|cursos|cursando|estudiando|estudie|estudio|me gradue|me recibi|egresad[oa]|cursei|estudando|estudei|estudo|me formei|formad[oa]|estagio|practicas)\b/;

/** A school level, folded: what a study word may be about without being training in a trade. */
const schoolLevelPhrase =
  /\b(high school|ged|secondary|secundari[oa]|eso|bachillerato|preparatoria|educacion (media|secundaria|basica)|ensenanza media|ensino (medio|fundamental)|colegial|supletivo)\b/;

/**
 * Tokens without the school levels they name: "ensino médio completo" is no "médico", "educación
 * media" no "medicina". What is left still says any trade the line names.
 */
export function withoutSchoolLevel(tokens: readonly string[]): string[] {
  return tokenize(tokens.join(' ').replace(globalPattern(schoolLevelPhrase), ' '));
}

/** A course for an untrained role ("curso de atendente de farmácia"), a driving licence, or the everyday "of course": no training in the trade. */
const notTraining = new RegExp(
  `\\b(of course|(driver'?s?|driving) licen[cs]e|licencia de conducir|carteira de motorista|(curso|course|training|capacitacion|treinamento) (\\w+ ){0,2}(${untrainedRoleNames.source}))\\b`,
  'g',
);

/**
 * Whether a claim, folded, says the candidate trained past school: a degree, a licence, an
 * apprenticeship in anything, or a course or studies in what `aboutTheJob` reads as the job's
 * field or trade ("fiz o curso de cuidador de idosos" for a nurse; not "curso de guitarra").
 */
export function furtherTraining(clause: string, aboutTheJob: (tokens: string[]) => boolean): boolean {
  const text = clause.replace(notTraining, ' ');
  const tokens = tokenize(text);
  if (introductoryCourse(tokens)) return false;
  return tertiary.test(text) || (study.test(text) && !schoolLevelPhrase.test(text) && aboutTheJob(tokens));
}

/** Words of a course's name that say nothing of what it teaches. */
const courseWords = new Set('curso course cursos courses de do da en em in of para for the el la o a online'.split(' '));

/**
 * Whether a claim names a short course the resume lists ("Curso de Cuidador de Idosos (40 h) -
 * online"): "fiz o curso de cuidador de idosos" in an answer is that course, not another.
 */
export function namesShortCourse(claim: readonly string[], roles: readonly RoleLine[]): boolean {
  return roles
    .filter(({ line }) => introductoryCourse(tokenize(line)))
    .some(({ role }) => {
      const name = tokenize(role).filter((word) => !courseWords.has(word) && word.length >= 4);
      return name.length >= 2 && name.every((word) => claim.includes(word));
    });
}

/** A line that says what the candidate wants, not what they have done: "Objetivo: atuar na área da saúde". Folded. */
const objectiveLine = /^(career )?(objective|objetivo|objetivo profesional|objetivo profissional)\b/;

/** A line of the languages a candidate speaks: "Inglés intermedio", "English (fluent)". Folded. */
const languageLine = /^(english|ingles|spanish|espanol|castellano|portuguese|portugues|french|frances|idiomas?|languages?|linguas?)\b/;

/** Lines that are no role: an objective, a short course, schooling, languages. */
function noRole(line: string): boolean {
  return objectiveLine.test(line) || introductoryCourse(tokenize(line)) || schoolLevelPhrase.test(line) || languageLine.test(line);
}

/**
 * Whether the resume's own roles place the candidate beside the trade rather than in it: at least
 * one is an untrained role, and every other role that speaks the job's field (by `speaksField`)
 * is one too, or no role: a short course ("Curso de Cuidador de Idosos (40h) - online"), an
 * objective, schooling or languages ("Inglés intermedio" for a pilot's posting that asks English). A
 * nursing technician, a "UTI adulto" line or a "Técnico agrícola" is a trained role in the field
 * and keeps the candidate in it.
 */
export function besideTheTrade(roles: readonly RoleLine[], speaksField: (tokens: string[]) => boolean): boolean {
  if (!roles.some(({ role }) => untrainedRole(role))) return false;
  return roles.every(({ role, line }) => untrainedRole(role) || noRole(line) || noRole(role) || !speaksField(tokenize(role)));
}

/** A title's word for a trade's entry level, folded: its technicians, assistants, aides, trainees. */
const entryLevel =
  /^(technician|technicians|technologist|tech|assistant|aide|helper|trainee|apprentice|intern|internship|tecnic[oa]|tecnolog[oa]|auxiliar|aux|asistente|assistente|ayudante|ajudante|aprendiz|pasante|practicas|becari[oa]|estagio|estagiari[oa])$/;

/**
 * Whether the title names a trade's entry level ("Pharmacy Technician", "Técnico(a) de
 * Enfermagem", "Auxiliar de Farmacia"): the word that names the role, last in English, first in
 * Spanish and Portuguese. Those are the roles people in the setting train into, often on the job,
 * so working beside them is a plausible start, not a clear mismatch.
 */
export function entryLevelTrade(jobTitle: string, language: TextLanguage): boolean {
  const head = withoutGenderForms(foldText(jobTitle)).split(/\s[-–|@]\s|[,(|]/)[0] ?? '';
  const words = tokenize(head);
  const role = language === 'en' ? words.at(-1) : words[0];
  return role !== undefined && entryLevel.test(role);
}

export interface BesideTradeInput {
  jobTitle: string;
  /** The resume, folded: it must say the candidate's schooling (a resume cut before its education says nothing of training). */
  resume: string;
  /** The candidate's claims, a clause each, as folded tokens (check-fit.ts's claimClauses). */
  claims: readonly string[][];
  roleLines: readonly RoleLine[];
  /** The trade the title names, and its head word (licensed-role.ts's tradeStems and tradeHead). */
  trade: readonly string[];
  head: readonly string[];
  /** The posting's short credentials. */
  marks: readonly string[];
  /** Whether tokens speak the job's field. */
  speaksField: (tokens: string[]) => boolean;
  language: TextLanguage;
}

/**
 * A candidate who works beside the trade, not in it: the trade is past its entry level, their own
 * roles are untrained ones in its setting, the resume gives their schooling and nothing they claim is training past school in the
 * field, and neither their claims nor their roles name the trade or its credential but as someone
 * else or as the place of such a role.
 */
export function worksBesideTrade(input: BesideTradeInput): boolean {
  const { jobTitle, resume, claims, roleLines, trade, head, marks, speaksField, language } = input;
  if (trade.length === 0 || entryLevelTrade(jobTitle, language)) return false;
  if (!schoolLevelPhrase.test(resume) || !besideTheTrade(roleLines, speaksField)) return false;
  const aboutTheJob = (tokens: string[]) =>
    speaksField(tokens) ||
    tradeShown(
      trade,
      marks,
      tokens.map((token) => stemWord(token, language)),
      tokens,
    );
  if (claims.some((tokens) => furtherTraining(tokens.join(' '), aboutTheJob) && !namesShortCourse(tokens, roleLines))) return false;
  const own = (tokens: readonly string[]) => withoutSettingMentions(tokens, trade, language);
  return (
    !claims.some((tokens) => ownsTrade(head, marks, own(tokens), language)) &&
    !roleLines.some(({ role }) => ownsTrade(trade, marks, own(tokenize(role)), language))
  );
}
