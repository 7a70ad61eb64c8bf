import type { Language } from '@voxly/config';
import { contentStems, genericStems, textLanguageOf, workStems } from '../answers/answer-vocabulary.ts';
import { classProbabilities, decideField } from '../field-detection/field-classifier.ts';
import { fieldFeatures, stemmedTokens } from '../field-detection/field-features.ts';
import { jobSections } from '../field-detection/job-sections.ts';
import { isFieldTerm, lexiconScores } from '../field-detection/lexicon-score.ts';
import { stemWord } from '../field-detection/stem-word.ts';
import { guessLanguage, type TextLanguage } from '../field-detection/text-language.ts';
import { fieldModel } from '../field-detection/trained-model.ts';
import type { FieldId } from '../fields.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { fitReasons, localFieldNames } from './fit-reasons.ts';
import { jobRequirements } from './job-requirements.ts';
import {
  aspires,
  credentialMandatory,
  credentialMarks,
  licenceRequired,
  namedLicenceRequired,
  narrowingWords,
  requiredCredential,
  requiredLines,
  showsMark,
  titleNamesCredential,
  tradeHead,
  tradeShown,
  tradeStems,
  withoutGenderForms,
} from './licensed-role.ts';
import { clauses } from './negation.ts';
import { withoutOthersInTrade } from './others-in-trade.ts';
import { partialStory } from './partial-story.ts';
import { trainingTowardsJob } from './relevant-training.ts';
import { resumeRoleLines } from './resume-roles.ts';
import { withoutSchoolLevel, worksBesideTrade } from './same-setting.ts';
import { introductoryCourse, secondHand } from './second-hand.ts';
import { describesSelf } from './self-description.ts';
import { deniesTrade, tradeCredentialRequired } from './trade-credential.ts';

export interface FitCheckInput {
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  /** The candidate's turns so far. */
  answers: string[];
  language: Language;
}

export interface FitVerdict {
  fits: boolean;
  /** 0–1; a "does not fit" is only ever given with high confidence. */
  confidence: number;
  /** One true sentence in the interview's language. */
  reason: string;
  /** The job's must-haves the resume and answers do not show, as the post writes them. */
  missing: string[];
}

/** Fields whose jobs need specialist training or a licence; the others take career changers. */
const specialistFields: ReadonlySet<FieldId> = new Set(['engineering', 'ai_ml', 'finance', 'healthcare', 'agriculture', 'physics']);

/** Backgrounds that carry over to the other field of the pair (a vet to dairy herds, a physicist to data science). */
const adjacentFields: Partial<Record<FieldId, FieldId[]>> = {
  engineering: ['ai_ml', 'physics'],
  ai_ml: ['engineering', 'physics', 'finance', 'marketing'],
  physics: ['engineering', 'ai_ml'],
  finance: ['ai_ml', 'physics', 'engineering'],
  healthcare: ['agriculture'],
  agriculture: ['healthcare'],
};

/** Posts that say outright that they train people from scratch. Folded. */
const trainsFromScratch =
  /\b(no (\w+ ){0,2}(experience|background)( is)? (required|needed|necessary)|entry[- ]level|training provided|we will train you|sin experiencia|no se requiere (\w+ ){0,2}experiencia|no es necesari[ao] (\w+ ){0,2}experiencia|no (necesitas|requieres) experiencia|sem experiencia|nao e necessari[oa] (\w+ ){0,2}experiencia|nao exigimos experiencia)\b/;

/** Lexicon weight of the job's field in the candidate's own words that counts as a background (about three field terms). */
const MIN_FIELD_VOCABULARY = 6;

/** How much of the resume, and of the answers, the check reads. */
const MAX_READ_CHARS = 6_000;

/** Below this, the job's or a neighbouring field's vocabulary in the candidate's words is a passing mention. */
const MIN_NEAR_VOCABULARY = 3;

/** A resume shorter than this, with no number in it, says too little to end an interview on. */
const MIN_RESUME_WORDS = 15;

/**
 * Roles whose work carries across employers (recruiting, sales, customer service, office and
 * administration, driving, coordinating projects or an office), folded: a recruiter for a hospital staffing firm works in
 * recruiting, not in healthcare, and is never ended for lacking a clinical background.
 */
const transferableRoles =
  /\b(recruit\w*|reclut\w*|recrut\w*|talent\w*|human resources|recursos humanos|rrhh|hr|rh|sales|ventas|vendas|account (executive|manager)|business development|customer (service|success|support)|atencion al cliente|atendimento|receptionist|recepcionista|administrative|administrativ[oa]|office|oficina|escritorio|scheduler|billing|facturacion|faturamento|driver|conductor|motorista|cashier|cajer[oa]|caixa|(project|program|office|operations) coordinator|coordinador[a]? de (proyectos|oficina|operaciones)|coordenador[a]? de (projetos|escritorio|operacoes))\b/;

/** Whether the title's head (before any " - ", "(" or ",") names a transferable role. */
function transferableTitle(jobTitle: string): boolean {
  const head = foldText(jobTitle).split(/\s[-–|@]\s|[,(|]/)[0] ?? '';
  return transferableRoles.test(head);
}

/** Below these, the title alone, or what the posting asks for, hardly says the job's field. */
const MIN_TITLE_SHARE = 0.05;
const MIN_ASKED_SHARE = 0.25;

/**
 * Whether the title or what the posting asks for (its requirements, or its whole description
 * when it lists none) names the job's field: "Coordenador de Armazém" asking for logistics
 * experience is a warehouse job, whatever its benefits say of health cover.
 */
function namesField(job: { jobTitle: string; jobDescription: string }, field: FieldId, language: TextLanguage): boolean {
  if (field === 'general') return false;
  const index = fieldModel.classes.indexOf(field);
  const title = withoutGenderForms(foldText(job.jobTitle));
  const byTitle = classProbabilities(fieldModel, fieldFeatures({ jobTitle: title, jobDescription: '' }));
  if ((byTitle[index] ?? 0) >= MIN_TITLE_SHARE) return true;
  if (lexiconScores(stemmedTokens(title, language).map(({ stem }) => stem))[field] > 0) return true;
  const asked = requiredLines(job.jobDescription);
  const byAsked = classProbabilities(
    fieldModel,
    fieldFeatures({ jobTitle: '', jobDescription: asked.length > 0 ? asked.join('\n') : job.jobDescription }),
  );
  return (byAsked[index] ?? 0) >= MIN_ASKED_SHARE;
}

/** This many of the posting's own words in the candidate's claimed experience, and they come from the same world of work. */
const SAME_WORLD_WORDS = 10;

/** The posting's own words: not generic, not the vocabulary of any work. */
function postingWords(job: { jobTitle: string; jobDescription: string }, language: TextLanguage): Set<string> {
  return new Set(
    contentStems(`${job.jobTitle}\n${job.jobDescription}`, language).filter(
      (stem) => stem.length >= 4 && !genericStems[language].has(stem) && !workStems[language].has(stem),
    ),
  );
}

/** How many distinct words of the posting the candidate's experience uses. */
function sharedJobWords(posting: ReadonlySet<string>, experienceTokens: string[], language: TextLanguage): number {
  const own = new Set(experienceTokens.map((token) => stemWord(token, language)));
  return [...posting].filter((stem) => own.has(stem)).length;
}

/** Whether the trade's head word or a credential shows; a title naming no trade ("First Officer") is shown by its credentials alone. */
function headShown(head: string[], marks: string[], stems: string[], tokens: string[]): boolean {
  if (head.length === 0 && marks.length > 0) return marks.some((mark) => showsMark(tokens, mark));
  return tradeShown(head, marks, stems, tokens);
}

/** The clauses a text claims, as tokens: its affirmed clauses, and in answers only those where the candidate says what they are, do, studied or hold. */
function claimClauses(text: string, language: TextLanguage, answers: boolean): string[][] {
  return clauses(text, language)
    .filter(
      (clause) =>
        !clause.negated &&
        !aspires(clause.tokens) &&
        !secondHand(clause.tokens) &&
        !introductoryCourse(clause.tokens) &&
        (!answers || describesSelf(clause.tokens)),
    )
    .map((clause) => withoutSchoolLevel(clause.tokens));
}

function listed(terms: string[]): string {
  return terms.slice(0, 3).join(', ');
}

/**
 * Whether the candidate plausibly has the background the job needs, from the job's
 * must-haves and the evidence for each in the resume and the answers so far. It says
 * "does not fit" only when the job needs specialist training and the candidate shows none
 * of it (and clearly comes from elsewhere) or says they lack it; career changers into open
 * roles, adjacent fields, juniors and thin resumes fit.
 */
export function checkFit(input: FitCheckInput): FitVerdict {
  const reasons = fitReasons[input.language];
  const names = localFieldNames[input.language];
  const job = { jobTitle: input.jobTitle, jobDescription: input.jobDescription };
  const jobProbabilities = classProbabilities(fieldModel, fieldFeatures(job));
  const jobField = decideField(fieldModel, jobProbabilities);
  const requirements = jobRequirements(job, jobField.field);
  const open = { fits: true, confidence: 0.8, reason: reasons.open(), missing: [] };
  const field = jobField.field;
  if (trainsFromScratch.test(foldText(`${input.jobTitle}\n${input.jobDescription}`))) return open;
  const jobLanguage = guessLanguage(`${input.jobTitle}\n${input.jobDescription}`);
  const trade = tradeStems(input.jobTitle, jobLanguage);
  const tradeCredential = tradeCredentialRequired(trade, input.jobDescription, jobLanguage);
  const licensed = licenceRequired(input.jobTitle, input.jobDescription) || tradeCredential;
  if (!licensed && (field === 'general' || !specialistFields.has(field) || jobField.confidence < 0.55)) return open;

  // Bounded: the first pages of a resume and of the answers say who the candidate is; reading 30 000 characters would block the event loop for tens of milliseconds.
  const candidateText = [input.resumeText.slice(0, MAX_READ_CHARS), input.answers.join('\n').slice(0, MAX_READ_CHARS)].join('\n');
  const candidateLanguage = guessLanguage(candidateText);
  // Only the field's own words are evidence: "months", "care" or the city the posting names are anyone's.
  const evidence = new Set(requirements.filter(({ stem }) => field !== 'general' && isFieldTerm(stem, field)).map(({ term }) => term));
  const affirmed = new Set<string>();
  const said = new Set<string>();
  const denied = new Set<string>();
  let deniesField = false;
  const affirmedText: string[] = [];
  const experienceTokens: string[] = [];
  const negatedClauses: string[] = [];
  for (const clause of clauses(candidateText, candidateLanguage)) {
    if (clause.negated) negatedClauses.push(clause.tokens.join(' '));
    // What they want to become is not what they have done ("I'd love to work as a nurse"), nor is a liking for the field or
    // someone else's work in it ("my wife's a nurse"): neither shows nursing.
    if (aspires(clause.tokens) || secondHand(clause.tokens)) continue;
    if (!clause.negated) experienceTokens.push(...withoutSchoolLevel(clause.tokens));
    const stems = new Set(clause.tokens.flatMap((token) => [stemWord(token, jobLanguage), stemWord(token, candidateLanguage)]));
    const hits = requirements.filter((requirement) => stems.has(requirement.stem)).map((requirement) => requirement.term);
    if (clause.negated) {
      for (const term of hits) denied.add(term);
      if (field !== 'general' && lexiconScores(clause.tokens.map((token) => stemWord(token, candidateLanguage)))[field] > 0)
        deniesField = true;
    } else {
      for (const term of hits) said.add(term);
      for (const term of hits) if (evidence.has(term)) affirmed.add(term);
      affirmedText.push(clause.tokens.join(' '));
    }
  }
  const missing = requirements.map((requirement) => requirement.term).filter((term) => !said.has(term));
  const resumeWords = tokenize(foldText(input.resumeText)).length;
  const thinResume = resumeWords < MIN_RESUME_WORDS / 2 || (resumeWords < MIN_RESUME_WORDS && !/\d/.test(input.resumeText));
  // A cut or flattened resume cannot show that the trade is absent: only what the candidate says (a denial) ends on it.
  const partial = partialStory(input.resumeText.slice(0, MAX_READ_CHARS));
  // The title must name the field too: a recruiter for a hospital staffing firm works in recruiting, not in healthcare.
  const specialist = specialistFields.has(field) && jobField.confidence >= 0.55 && !transferableTitle(input.jobTitle);
  const marks = credentialMarks(`${input.jobTitle}\n${input.jobDescription}`);
  const title = input.jobTitle.split(/\s[-–|]\s|[(,]/)[0]?.trim() || input.jobTitle;
  // The ending names what the posting asks for: a degree ("Licenciatura en Enfermería") or a licence ("Active RN license").
  const tradeReason = () => reasons.trade(title, requiredCredential(input.jobTitle, input.jobDescription));
  // Says they lack the licence the posting requires, and the resume shows neither the trade nor it: the clearest case there is.
  if (licensed && !thinResume && deniesTrade(negatedClauses, trade, marks, candidateLanguage)) {
    const resumeTokens = clauses(input.resumeText.slice(0, MAX_READ_CHARS), candidateLanguage)
      .filter((clause) => !clause.negated && !aspires(clause.tokens))
      .flatMap((clause) => clause.tokens);
    const resumeStems = resumeTokens.flatMap((token) => [stemWord(token, jobLanguage), stemWord(token, candidateLanguage)]);
    if (!tradeShown(trade, marks, resumeStems, resumeTokens)) return { fits: false, confidence: 0.9, reason: tradeReason(), missing };
  }
  const firstLine = input.resumeText.split('\n').find((line) => line.trim() !== '') ?? '';
  const candidate = classProbabilities(fieldModel, fieldFeatures({ jobTitle: firstLine, jobDescription: affirmedText.join('.\n') }), {
    asJobPost: false,
  });
  const jobIndex = fieldModel.classes.indexOf(jobField.field);
  const shownForJob = candidate[jobIndex] ?? 0;
  let topIndex = 0;
  candidate.forEach((p, i) => {
    if (p > (candidate[topIndex] ?? 0)) topIndex = i;
  });
  const background = fieldModel.classes[topIndex] ?? 'general';
  const backgroundShare = candidate[topIndex] ?? 0;

  const experienceStems = experienceTokens.flatMap((token) => [stemWord(token, jobLanguage), stemWord(token, candidateLanguage)]);
  const tradeDone = tradeShown(trade, marks, experienceStems, experienceTokens);
  const posting = postingWords(input, jobLanguage);
  const sameWorld = sharedJobWords(posting, experienceTokens, jobLanguage) >= SAME_WORLD_WORDS;
  // A licensed trade, and nothing of it in what the candidate claims (the resume, and what the answers say they are,
  // do, studied or hold): not the trade, its discipline or credential, nor the field's own vocabulary, nor the
  // posting's world. Liking the field, or working beside the people in it, is no claim.
  // Only when posting, candidate and interview share a language: a Spanish resume names an accountant's trade with
  // words the English title does not.
  const oneLanguage = candidateLanguage === jobLanguage && jobLanguage === textLanguageOf[input.language];
  // The roles and studies the resume names as the candidate's own (not its bullets, nor employers' names).
  const roleLines = resumeRoleLines(input.resumeText.slice(0, MAX_READ_CHARS));
  const roleTokens = roleLines
    .map(({ role }) => withoutSchoolLevel(tokenize(role)))
    .filter((tokens) => !secondHand(tokens) && !introductoryCourse(tokens))
    .flat();
  const roleStems = roleTokens.flatMap((token) => [stemWord(token, jobLanguage), stemWord(token, candidateLanguage)]);
  // A licensed profession, not any posting that asks for some degree: the credential is the trade's own (the title
  // names it, a requirement names it with the trade or by its own name, CRC, the Bar), or the title or requirements
  // name a specialist field.
  const profession =
    tradeCredential ||
    titleNamesCredential(input.jobTitle) ||
    namedLicenceRequired(input.jobDescription) ||
    credentialMandatory(input.jobDescription) ||
    (specialist && namesField(input, field, jobLanguage));
  if (licensed && profession && !thinResume && !partial && oneLanguage) {
    const claims = [
      ...claimClauses(input.resumeText.slice(0, MAX_READ_CHARS), candidateLanguage, false),
      ...claimClauses(input.answers.join('\n').slice(0, MAX_READ_CHARS), candidateLanguage, true),
    ];
    const claimed = claims.flat();
    // The trade's name for the people met or served ("com o advogado", "many lawyers") is no claim of it.
    const head = tradeHead(trade, jobLanguage);
    const ownClaims = claims.flatMap((tokens) => withoutOthersInTrade(tokens, head, jobLanguage));
    const ownClaimedStems = ownClaims.flatMap((token) => [stemWord(token, jobLanguage), stemWord(token, candidateLanguage)]);
    const fieldClaimed = field === 'general' ? 0 : lexiconScores(claimed.map((token) => stemWord(token, candidateLanguage)))[field];
    // What makes a role or a course the field's: its own vocabulary, or for a job of no scored field the posting's own words.
    const speaksField = (tokens: string[]) =>
      field === 'general'
        ? sharedJobWords(posting, tokens, jobLanguage) > 0
        : lexiconScores(tokens.map((token) => stemWord(token, jobLanguage)))[field] > 0;
    // A hospital cleaner or a pharmacy clerk shares the setting's words with the posting: beside the trade, those are no background.
    if (
      worksBesideTrade({
        jobTitle: input.jobTitle,
        resume: foldText(input.resumeText.slice(0, MAX_READ_CHARS)),
        claims,
        roleLines,
        trade,
        head,
        marks,
        speaksField,
        language: jobLanguage,
      }) ||
      (!headShown(head, marks, ownClaimedStems, ownClaims) &&
        !headShown(trade, marks, roleStems, roleTokens) &&
        fieldClaimed < MIN_FIELD_VOCABULARY &&
        sharedJobWords(posting, claimed, jobLanguage) < SAME_WORLD_WORDS)
    )
      return { fits: false, confidence: 0.9, reason: tradeReason(), missing };
  }

  // The field's own vocabulary in what the candidate affirms (a career changer's tools and projects).
  const vocabulary = lexiconScores(affirmedText.flatMap((clause) => clause.split(' ').map((token) => stemWord(token, candidateLanguage))));
  const fieldVocabulary = field === 'general' ? 0 : vocabulary[field];
  if (affirmed.size >= 2 || (specialist && (shownForJob >= 0.25 || fieldVocabulary >= MIN_FIELD_VOCABULARY))) {
    const terms = listed([...affirmed]);
    return { fits: true, confidence: 0.85, reason: reasons.shown(names[field], terms), missing };
  }
  // A licensed trade (a registered nurse, a certified welder) the candidate has never done, nor holds the credential for,
  // coming from clearly elsewhere: in a specialist field, a background of another field.
  const elsewhere = (!specialist || (background !== field && backgroundShare >= 0.4)) && !sameWorld;
  if (licensed && profession && !thinResume && !partial && elsewhere && !tradeDone)
    return { fits: false, confidence: 0.9, reason: tradeReason(), missing };
  if (!specialist) return open;
  // Saying so ends the interview only where the posting makes a licence, a registration or a degree a condition:
  // "I don't have a clinical background" is honest in a transferable role.
  if (licensed && (deniesField || denied.size > 0) && affirmed.size === 0) {
    return { fits: false, confidence: 0.9, reason: reasons.denied(names[field], listed(missing)), missing };
  }
  // A thin resume (short, and no years, dates or counts to anchor a background) always fits.
  if (thinResume) return { fits: true, confidence: 0.6, reason: reasons.tooLittle(), missing };
  // Adjacent: a field that carries over, or the field the job itself works in (an agronomist for agtech data science).
  const backgroundIndex = fieldModel.classes.indexOf(background);
  // The job as it is, without its benefits or the employer's blurb: "medicina prepagada" is no work in healthcare.
  const jobItself = foldText(jobSections(input.jobDescription, { headings: 'drop', company: 'drop' }));
  const jobLexicon = lexiconScores(stemmedTokens(jobItself, jobLanguage).map(({ stem }) => stem));
  const jobWorksIn = background !== 'general' && ((jobProbabilities[backgroundIndex] ?? 0) >= 0.05 || jobLexicon[background] >= 3);
  const adjacent = (adjacentFields[field]?.includes(background) ?? false) || jobWorksIn;
  if (adjacent && backgroundShare >= 0.3) {
    return { fits: true, confidence: 0.7, reason: reasons.adjacent(names[background], names[field]), missing };
  }
  // Words of the job's field or a neighbouring one (a CS student's Python for a data role) are not "clearly elsewhere".
  // Only when that vocabulary is a real part of what they say: a nurse's one physics-like word is not.
  const nearest = Math.max(fieldVocabulary, ...(adjacentFields[field] ?? []).map((near) => (near === 'general' ? 0 : vocabulary[near])));
  const nearVocabulary = nearest >= 0.25 * Math.max(...Object.values(vocabulary)) ? nearest : 0;
  // One shared generic word ("specialist", "analyst") is not evidence; a clear other background is.
  // Nor is one whose resume names the trade the title names as their own role or study ("Técnico de Mantenimiento
  // Eléctrico" for that very role); a bullet's "weld tests" or an employer's "Delta Dental" does not.
  const ownTrade = trade.length > 0 && tradeShown(tradeHead(trade, jobLanguage), marks, roleStems, roleTokens);
  // In a job no licence closes, the title's own world in what the candidate says they did ("basically it's a warehouse"
  // for a Warehouse Operations Manager): the words that name what the job is about, not its rank or generic role. (A
  // licensed trade's words are said by those who work beside it: an HR coordinator who "schedules the weld tests".)
  const titleWorld = narrowingWords(trade).filter(
    (stem) => stem.length >= 4 && !genericStems[jobLanguage].has(stem) && !workStems[jobLanguage].has(stem),
  );
  const titleWorldShown = !licensed && titleWorld.length > 0 && tradeShown(titleWorld, [], experienceStems, experienceTokens);
  // And the title must name the field: "Coordenador de Armazém" is a warehouse job whatever its benefits say of health cover.
  const clearlyElsewhere =
    !partial &&
    affirmed.size <= 1 &&
    !ownTrade &&
    !titleWorldShown &&
    namesField(input, field, jobLanguage) &&
    nearVocabulary < MIN_NEAR_VOCABULARY &&
    backgroundShare >= 0.4 &&
    backgroundShare >= 2 * shownForJob;
  if (!clearlyElsewhere) return { fits: true, confidence: 0.6, reason: reasons.unclear(), missing };
  // A career changer trained in what the job does (a certificate, a bootcamp, a degree in its words) is plausible.
  const claimed = [
    ...claimClauses(input.resumeText.slice(0, MAX_READ_CHARS), candidateLanguage, false),
    ...claimClauses(input.answers.join('\n').slice(0, MAX_READ_CHARS), candidateLanguage, true),
  ];
  // The posting's own words, short names too ("SQL", "ERP"): what a course in the job's work would name.
  const jobTopics = new Set(
    contentStems(`${input.jobTitle}\n${input.jobDescription}`, jobLanguage).filter(
      (stem) => !genericStems[jobLanguage].has(stem) && !workStems[jobLanguage].has(stem),
    ),
  );
  const aboutTheJob = (tokens: readonly string[]) =>
    tokens.some((token) => jobTopics.has(stemWord(token, jobLanguage))) ||
    (field !== 'general' && lexiconScores(tokens.map((token) => stemWord(token, candidateLanguage)))[field] > 0);
  if (trainingTowardsJob(claimed, aboutTheJob)) return { fits: true, confidence: 0.7, reason: reasons.trained(), missing };
  return { fits: false, confidence: 0.9, reason: reasons.missing(names[field], listed(missing)), missing };
}
