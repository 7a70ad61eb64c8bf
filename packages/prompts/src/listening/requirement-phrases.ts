import type { Language } from '@voxly/config';
import { textLanguageOf } from '../answers/answer-vocabulary.ts';
import { classProbabilities, featureWeight } from '../field-detection/field-classifier.ts';
import { fieldFeatures } from '../field-detection/field-features.ts';
import { jobSections } from '../field-detection/job-sections.ts';
import { isFieldTerm, type ScoredField } from '../field-detection/lexicon-score.ts';
import { stemWord } from '../field-detection/stem-word.ts';
import { functionWords, guessLanguage, type TextLanguage } from '../field-detection/text-language.ts';
import { fieldModel } from '../field-detection/trained-model.ts';
import type { FieldId } from '../fields.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { withoutCollaborators } from './collaborators.ts';
import { employerNames, opensWithEmployer } from './employer-name.ts';
import { withoutExclusions } from './posting-exclusions.ts';

/** What a must-have is: a named tool or system, a licence or degree, or a task or method of the domain. */
export type RequirementKind = 'tool' | 'credential' | 'task';

export interface RequirementPhrase {
  /** As the posting writes it: "variable-rate prescriptions", "John Deere Operations Center", "CREA registration". */
  phrase: string;
  kind: RequirementKind;
  /** The resume shows it too: asked about as the candidate's own experience. */
  onResume: boolean;
  /**
   * The resume meets it, itself or by an alternative the posting accepts ("Tableau or Power BI" with Tableau on the
   * resume): never a gap to warn about, though "Power BI" is not the candidate's own.
   */
  met: boolean;
  /** The posting only wishes for it ("a plus", "deseable", "diferencial"): never a gap to warn about. */
  wished: boolean;
}

/**
 * Words that join or frame phrases rather than belong to them: a phrase ends at them.
 * ("in QGIS", "with Kafka", "such as GA4", "com o QGIS", "en SAP".)
 */
const joiners: ReadonlySet<string> = new Set(
  [
    "and or with in on of for to using via like such as including includes include plus across within into from by at as against over under per each every between about the a an our your their its this that these those we you who which will is are be youll you'll well we'll fine",
    'y e o u con en para por como incluyendo incluye mediante sobre al el la los las un una unos unas nuestro nuestra nuestros tu tus su sus este esta estos estas que quien se es son sera segun conforme junto',
    'ou com em no na nos nas ao os as pelo pela pelos pelas um uma uns umas nosso nossa seu sua seus suas estes estas quem sao inclui alem conforme junto',
    // What comes before a verb ("also", "you'll", "vai montar", "deberá llevar"): a thing never spans it.
    'also then so tambien ademas tambem vai vao va vas iras ira seran debe deberas debera deve devera podra pode puede',
    // When and how much, never the thing: "during peak", "especialmente durante o plantio".
    'during while especially mainly mostly durante mientras especialmente principalmente sobre todo sobretudo',
    // Counts in words ("three different ROAS numbers"): a count is not a thing, as a figure is not.
    'one two three four five six seven eight nine ten twelve tres cuatro cinco siete ocho nueve diez quatro sete oito nove dez duas',
  ]
    .join(' ')
    .split(' '),
);

/** Lines about the employer rather than the job: "We are…", "Nuestra empresa…", "Somos…", "…founded in 1990", "A Rota Certa é um operador logístico". */
const aboutEmployer =
  /^(we|we're|our|about|join|somos|nuestra|nuestro|nosotros|acerca|nossa|nosso|sobre|venha|unete|buscamos|procuramos|contratamos|we are looking|estamos)\b|\b(founded|headquartered|family-owned|market leader|leading provider|lideres|lider en|lider no|somos|fundad[ao]|anos de historia|unidades no|rede de|stores across|customers in|clientes en|clientes em|serving|is hiring|are hiring|contrata|selecciona|seleciona|esta selecionando|esta seleccionando)\b|\b(e|es|is) (um|uma|un|una|a|an) (\w+ )?(empresa|company|operador|operadora|distribuidora|distributor|rede|red|grupo|group|hospital|clinica|clinic|startup|fintech|agencia|agency|consultoria|consultora|consultancy|cooperativa|cooperative|industria|fabricante|manufacturer|firm|provider|retailer|varejista|chain|cadena|rede|marca|brand|organization|organizacao|organizacion|escritorio|despacho|laboratorio|laboratory|banco|bank|escola|escuela|school|universidad|universidade|university|plataforma|platform)\b/;

/**
 * The employer saying whom it seeks ("…, a 410-bed trauma center in Toledo, OH, seeks an RN",
 * "Empresa salmonicultora con planta en Puerto Montt busca…", "Rede de academias… procura…"):
 * what comes before is the employer, its places and its size. Folded.
 */
const seeking =
  /\b(is|are) (looking for|seeking|recruiting)\b|\bseeks\b|(?<!\b(en|em) )\b(se )?(busca|buscan|procura|procuram)\b|\b(esta|estamos|estan) (buscando|procurando|contratando)\b|\b(precisa|necesita|requiere) (incorporar|contratar)\b|\bincorpora\b/;
/** Where what is sought starts to say what it needs: "…busca conductor con licencia A5", "seeks a cook with…". Folded. */
const soughtNeeds = /\b(con|com|with|que tenga|que tenha|who has|who have)\b/;

/** A sentence without the employer's introduction: only what it says the hire needs, if anything. */
function withoutIntroduction(sentence: string): string {
  const folded = foldText(sentence);
  const sought = seeking.exec(folded);
  if (!sought) return sentence;
  const needs = soughtNeeds.exec(folded.slice(sought.index));
  // Folding keeps the length of Latin text, so the folded offsets cut the sentence as written.
  return needs && folded.length === sentence.length ? sentence.slice(sought.index + needs.index + needs[0].length) : '';
}

/**
 * Lines and inline sections about the place, the pay or the perks: "Location:", "Ubicación:", "Benefícios:".
 * A currency's code counts beside a figure only ("CLP 850.000"): alone, "CLP" is a PLC in Brazil, "pen" a pen test.
 */
const aboutOffer =
  /\b(location|located|based in|office|offices|ubicacion|ubicad[oa]|oficina|oficinas|local|localizacao|escritorio|sede|benefits?|perks|beneficios|prestaciones|ofrecemos|oferecemos|salary|salario|sueldo|remuneracao|renta|pay|paid|wage|bonus|401\(?k\)?|pto|vacaciones|ferias|plr|cesta basica|vale[- ]\w+|clt|pj|contrato|efetivo|indefinido|hybrid|hibrido|remote|remoto|presencial|home office|per hour|por hora)\b|[$€£]|\br\$|\b(usd|clp|mxn|cop|ars|brl|pen)\s?\d|\d\s?(usd|clp|mxn|cop|ars|brl|pen)\b|\d{1,3}[.,]\d{3}[.,]\d{3}/;

/**
 * The shift pattern and the hours ("rotating 4x3 schedule", "turnos 7x7", "escala 12x36", "2º turno",
 * "10 p.m.", "das 22h às 06h", "fines de semana"): when the work happens, not a thing to ask about. Folded.
 */
const aboutSchedule =
  /\b\d+\s?x\s?\d+\b|\b\d{1,2}([:.]\d\d)?\s?(a\.?m|p\.?m)\b|^(a\.?m|p\.?m)$|\b\d{1,2}h(\d\d)?\b|\b\d+\s?(º|o|°)\s?turno\b|\b(weekends?|fines? de semana|finais de semana|fins de semana|fim de semana|horas semanales|horas semanais|per week|por semana|night shifts?|turno (de )?noche|turno noturno|rotating|rotativ[oa]s?)\b|^(turnos?|escala|jornada|horario|shifts?|schedule)$/;

/** Section headings that open the employer's blurb: its lines say nothing the candidate must have. */
const aboutHeading =
  /^(about( us| the company)?|who we are|our company|quienes somos|sobre nosotros|la empresa|quem somos|sobre nos|a empresa)\b/;

/**
 * Words that say how much of a thing is wanted, never what: "experience with", "knowledge
 * of", "strong", "5+ years". Folded. A phrase never starts or ends with one.
 */
const framing =
  /^(few|some|any|many|several|alguna?|algun|algum|alguma|varios|varias|experience|experienced|knowledge|knowledgeable|familiarity|familiar|proficiency|proficient|ability|able|skills?|skilled|strong|solid|excellent|good|great|proven|deep|hands-on|working|advanced|basic|understanding|background|track|record|years?|plus|preferred|required|requirement|requirements|desirable|nice|must|ideally|ideal|minimum|least|comfortable|fluent|fluency|demonstrated|relevant|related|similar|equivalent|etc|new|other|tools?|obligatori[oa]|various|multiple|key|main|daily|day|team|teams|role|position|company|candidate|you|experiencia|conocimiento|conocimientos|manejo|dominio|habilidad|habilidades|capacidad|solidos?|fuertes?|buen|buena|buenos|avanzado|basico|anos|deseable|requisito|requisitos|indispensable|imprescindible|excluyente|valorable|minimo|otros?|diversos?|equipo|puesto|empresa|experiencia|conhecimento|conhecimentos|dominio|habilidade|habilidades|capacidade|solida|bom|boa|avancado|basico|anos|desejavel|requisito|requisitos|obrigatorio|diferencial|minimo|outros?|diversos?|equipe|time|vaga|cargo|preferably|preference|preferencia|preferentemente|preferiblemente|preferencialmente|idealmente|basicos?|basicas?|avanzad[oa]s?|avancad[oa]s?|intermedi[oa]s?|intermediate|solid[oa]s?|bons|boas|amplio|amplia|amplios|amplias|amplo|ampla|profund[oa]s?|fluid[oa]s?|fluente|fluentes|comprobad[oa]s?|comprovad[oa]s?)$/;

/**
 * A phrasal verb's particle or a how-often adverb left at a phrase's end ("keep Power BI
 * dashboards up to date", "scout soybean fields weekly"): never part of the thing. Folded. (Not
 * the adjectives: "atividades diárias", "conteos semanales" are things.)
 */
const trailingParticle =
  /^(up|down|out|off|over|back|away|around|through|along|together|weekly|monthly|quarterly|daily|regularly|semanalmente|mensualmente|diariamente|mensalmente)$/;

/** Words that open a duty line as its verb: "Build…", "Elaborar…", "Realizar…", "Managing…". */
const englishDutyVerbs = new Set(
  'build design develop manage lead run own create maintain support work collaborate ensure drive deliver analyze analyse prepare perform conduct provide coordinate monitor implement plan operate write review help assist report track partner use apply train mentor oversee handle define improve optimize optimise identify recommend scout formulate visit research test deploy communicate present negotiate close prospect sell administer calibrate diagnose treat prescribe care teach organize organise schedule process respond answer resolve serve keep make take set establish grow join hire execute ship enforce update follow screen draft file pull interpret reconcile post record document inspect investigate troubleshoot repair install load unload pick pack receive count audit verify check approve issue attend climb read explain spend stop mean complete sit obtain earn hold'.split(
    ' ',
  ),
);

/**
 * English verbs that are hardly ever nouns ("find", "meet", "exceed"): inside a run they end the
 * thing before them ("help customers find the right boots" names no "customers find"). Folded.
 */
const clauseVerbs = new Set(
  'find meet hit greet educate achieve exceed ensure help assist provide maintain collaborate communicate deliver develop identify improve optimize optimise recommend obtain explain understand become need want know keep make take get give come go see tell think learn choose'.split(
    ' ',
  ),
);

function isDutyVerb(folded: string, language: TextLanguage): boolean {
  // "leads", "means": a verb's third person opens a clause as its bare form does.
  if (englishDutyVerbs.has(folded) || clauseVerbs.has(folded) || (folded.endsWith('s') && englishDutyVerbs.has(folded.slice(0, -1))))
    return true;
  if (language === 'en') return /^\w{4,}ing$/.test(folded);
  // Infinitives and gerunds: "elaborar", "gerir", "realizando", "gestionando".
  return /^\p{L}{3,}(ar|er|ir|or)$/u.test(folded) || /^\p{L}{3,}(ando|endo|indo)$/u.test(folded);
}

/** Licences, registrations, degrees and certificates, folded. */
const credentialCue =
  /\b(licen[cs]e|licensed|licen[cs]iado|licencia|licenca|certifi\w*|certificad\w*|registration|registered|colegiad\w*|colegiatura|matricula|board|degree|diploma|bachelor|master|mba|phd|titulo|grado|grau|colegiacion|graduacao|graduado|formad[oa]|ingenier[oa]|engenheir[oa]|licenciatura|bacharel(ado)?|cpa|cfa|pmp|crea|crm ativo|registro no crm|coren|crc|oab|cfm|rn|bls|acls|pe|bsn|msn|adn|bsc|msc|pharmd|lpn|lvn|cna|dnp|mph)\b/;

/**
 * A "registro" is a register one is on ("Registro ativo no CREA", "Registro ReTHUS vigente",
 * "Registro profissional no MTE") only with what makes it one; "registro de resultados", "registro no
 * prontuário", "registro en SAP" are records kept, a task. Folded.
 */
const heldRegister =
  /\bregistro( profissional| profesional)? (ativo|activo|vigente|habilitante|profissional|profesional|nacional)\b|\bregistro( profissional| profesional)? ((no|na|en|ante|em|junto ao) )?((el|la|o|a) )?(conselho|consejo|colegio|superintendencia|ministerio|seremi|coren|confea|mte|oab|rethus|cr(?!m\b)[a-z]{1,3})\b/;

/** Whether a phrase, folded, names a licence, a degree, a certification or a register one is on. */
const isCredential = (folded: string) => credentialCue.test(folded) || heldRegister.test(folded);

/**
 * A credential followed by another in brackets restates it ("Active RN license (registered nurse
 * licence)", "Bachelor's degree (BSN)"): one must-have, not two. The bracket goes; a bracket that
 * names no credential ("BLS (American Heart Association)") stays.
 */
function withoutRestatedCredential(sentence: string): string {
  return sentence.replace(/\(([^()]{1,80})\)/g, (bracket, inside: string, at: number) =>
    isCredential(foldText(sentence.slice(Math.max(0, at - 60), at))) && isCredential(foldText(inside)) ? ' ' : bracket,
  );
}

/** How much more a stem says "this field" than the average other field, in the trained model. */
function distinctiveness(stem: string, classIndex: number): number {
  const classes = fieldModel.classes.length;
  let others = 0;
  for (let c = 0; c < classes; c += 1) if (c !== classIndex) others += featureWeight(fieldModel, `d:${stem}`, c);
  return featureWeight(fieldModel, `d:${stem}`, classIndex) - others / (classes - 1);
}

/** A rival field this close to the chosen one's probability is still in play for the posting's vocabulary. */
const CLOSE_CALL = 0.6;

/**
 * The fields whose vocabulary makes a must-have: the chosen field, and any the model found
 * nearly as likely. A payments product post read as Design by a hair still has Finance's
 * words ("payment rails"); which side of the hair it fell on must not decide what is asked.
 */
function fieldsInPlay(brief: { jobTitle: string; jobDescription: string; field: FieldId }): ScoredField[] {
  const chosenField = brief.field;
  if (chosenField === 'general') return [];
  const probabilities = classProbabilities(fieldModel, fieldFeatures(brief));
  const chosen = probabilities[fieldModel.classes.indexOf(chosenField)] ?? 0;
  const rivals = fieldModel.classes.filter(
    (field, c): field is ScoredField => field !== 'general' && field !== chosenField && (probabilities[c] ?? 0) >= CLOSE_CALL * chosen,
  );
  return [chosenField, ...rivals];
}

/** How much a stem says one of the fields in play, the field's own lexicon counting too. */
function fieldWordWeight(stem: string, fields: readonly ScoredField[]): number {
  let best = 0;
  for (const field of fields) {
    const weight = Math.max(0, distinctiveness(stem, fieldModel.classes.indexOf(field))) + (isFieldTerm(stem, field) ? 0.5 : 0);
    if (weight > best) best = weight;
  }
  return best;
}

/** A word as written, stripped of the punctuation around it. */
const clean = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#%]+$/gu, '');

/**
 * Spanish and Portuguese capitalise professions, degrees and disciplines inside a line
 * ("Técnico o Ingeniero en Mecatrónica"): a capitalised word with a common noun's ending is
 * not a product's name; nor, in a line that asks for a degree ("Ingeniería en Alimentos o
 * Industrial"), one with an adjective's ending (a brand may end so: "hornos Rational").
 */
const commonNounEnding =
  /(cion|ciones|cao|coes|ia|ias|ero|era|eiro|eira|ista|istas|ico|ica|icos|icas|dad|dade|ura|logia|mente|ado|ada|ados|adas|ario|aria|or|ores|ora)$/;

const adjectiveEnding = /(al|ales|ais|il|iles|is)$/;

/** A written name: an acronym, a word with a digit or code mark, or a capitalised word inside a line. */
const isNamed = (word: string, first: boolean, language: TextLanguage, degreeLine = false) =>
  // A level in Roman numerals ("Technician II", "Phase III") names nothing.
  (/^\p{Lu}{2,}\d*s?$/u.test(word) && !/^[IVX]+s?$/.test(word)) ||
  /\d/.test(word) ||
  /[+#]|\.\p{L}/u.test(word) ||
  (!first &&
    /^\p{Lu}/u.test(word) &&
    (language === 'en' || !(commonNounEnding.test(foldText(word)) || (degreeLine && adjectiveEnding.test(foldText(word))))));

interface Candidate {
  phrase: string;
  kind: RequirementKind;
  score: number;
  stems: string[];
  /** The stems of its written names ("Kubernetes" of "Kubernetes clusters"): one on the resume shows the thing. */
  nameStems: string[];
  /** The posting only wishes for it ("a plus", "deseable"). */
  wished?: boolean;
  /** The stems of the other runs of its "X or Y" list ("FP Grado Medio o Superior"): any of them on the resume shows it. */
  alternatives?: string[][];
}

/** The words that offer a choice between two runs. Folded. */
const orWords: ReadonlySet<string> = new Set(['or', 'o', 'u', 'ou']);

const MIN_DISTINCTIVENESS = 0.1;
const LONE_WORD_DISTINCTIVENESS = 0.6;
/** A must-have phrase is at most this many words: longer runs are clauses, not things. */
const LONGEST_PHRASE = 5;
/** How much less a phrase counts when the posting only wishes for it. */
const WISH_PENALTY = 1;
/** How much more a phrase counts when the resume shows it too. */
const RESUME_BONUS = 1;
/** How much less a first degree and its subjects count: checked on paper, asked about only when the posting names nothing else. */
const DEGREE_PENALTY = 3;

/** Degrees and courses that name their subject after "in" / "en" / "em": "Grado en Fisioterapia", "degree in Agronomy". Folded. */
const subjectHead =
  /^(degree|bachelor'?s?|master'?s?|diploma|certificate|certification|certificacao|certificacion|grado|licenciatura|graduacao|bacharel|bacharelado|especializacion|especializacao|pos-graduacao|posgrado|tecnico|tecnologo|curso|formacion|formacao|maestria|mestrado|titulo|doctorate|phd|mba)$/;

/** Days and months, folded, in every interview language. */
const calendarWords =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|segunda|terca|quarta|quinta|sexta|feira|january|february|march|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|maio|junho|julho|setembro|outubro|novembro|dezembro)$/;

/** "in", "with", "using": what ties a task to the tool it is done in. Folded. */
const toolJoiners = new Set(['in', 'with', 'using', 'en', 'con', 'em', 'com', 'no', 'na']);

/**
 * A joiner that belongs inside the thing rather than between two: the subject of a degree
 * ("Bachelor's degree in Agronomy"), "of" between names ("Federal Rules of Civil Procedure"),
 * and the tool a task is done in ("document productions in Relativity", "conciliação no SAP"):
 * the task with its tool is the question the posting asks, and either alone says less.
 */
function joinsThing(folded: string, run: readonly string[], next: string): boolean {
  const last = run.at(-1) ?? '';
  const nextIsName = /^\p{Lu}/u.test(next);
  if (['in', 'en', 'em'].includes(folded) && subjectHead.test(foldText(last))) return nextIsName;
  if (registersWith(run)) return toolJoiners.has(folded) && nextIsName;
  // Two short forms under one head are one course or one standard ("Curso de BLS e SBV", "ISO 9001 y 14001" aside).
  if (andWords.has(folded)) return run.length > 1 && isAcronym(last) && isAcronym(next);
  if (folded === 'of') return /^\p{Lu}/u.test(last) && nextIsName;
  return toolJoiners.has(folded) && nextIsName && /^\p{Ll}/u.test(last) && !run.some((word) => /^\p{Lu}/u.test(word));
}

/**
 * A registration names the body it is held with: "Registro ativo no COREN-SP", "Licencia vigente en
 * el Colegio", "license with the State Board". Cut at the joiner, "Registro ativo" alone is a
 * credential no resume can show. Folded heads.
 */
const registrationHead = /^(registro|inscricao|inscripcion|licen[cs]e|licencia|licenca|registration|matricula|colegiad[oa]|carteira)$/;

const registersWith = (run: readonly string[]) => run.length > 0 && run.length <= 3 && registrationHead.test(foldText(run[0] ?? ''));

/** "and" in the interview languages. Folded. */
const andWords: ReadonlySet<string> = new Set(['and', 'e', 'y']);

/** A short form in capitals ("BLS", "SBV", "NR-35"). */
const isAcronym = (word: string) => /^\p{Lu}{2,6}(-?\d+)?$/u.test(word);

/** A line written all in capitals, of two or more real words ("TÉCNICO DE MANTENIMIENTO"; "SAP PM" is names). */
const shouted = (line: string) => !/\p{Ll}/u.test(line) && line.split(/\s+/).filter((word) => /^\p{Lu}{4,}$/u.test(word)).length >= 2;

/** A first degree: on the resume or not, what an interview asks about is the work, so it ranks after the rest. Folded. */
const firstDegree =
  /\b(degree|bachelor|bachelors|master|masters|diploma|grado|licenciatura|graduacao|bacharel|bacharelado|titulo|formacao|formacion|ensino superior|superior completo|profesional en|ingenier[oa] (de|en)|engenheir[oa] (de|em)|tecnico superior)\b/;

/** Whether a word is the initials of the words just before it: "CCA" of "Certified Crop Adviser", "SAE" of "Sistematização da Assistência de Enfermagem". */
function abbreviates(word: string, before: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(word)) return false;
  const initials = before
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
  return initials.endsWith(word);
}

/** The phrase candidates of one line of the posting. */
function lineCandidates(
  line: string,
  language: TextLanguage,
  fields: readonly ScoredField[],
  titleStems: ReadonlySet<string>,
): Candidate[] {
  const bare = foldText(line.replace(/^[\s\-•*·–>¡¿!]+/, ''));
  const foldedLine = foldText(line);
  const degreeLine = firstDegree.test(foldedLine);
  if (aboutEmployer.test(bare) || aboutOffer.test(bare)) return [];
  const required =
    /\b(must|required|requirements?|essential|mandatory|need|requisit\w*|obligatori\w*|indispensa\w*|imprescindible|excluyente|necesari\w*|obrigatori\w*|necessari\w*)\b/.test(
      foldText(line),
    );
  const stops = functionWords[language];
  // The posting's language, or the line's own when it differs (postings mix languages).
  const lineLanguage = language === 'en' ? guessLanguage(foldText(line)) : language;
  const found: Candidate[] = [];
  // Runs of words between joiners and punctuation: each run is one candidate phrase.
  const parts = line
    .replace(/^[\s\-•*·–>]+/, '')
    .split(/[,;:()[\]/|!?]|\.(?=\s|$)|\s[-–—]\s/)
    .map((part) => part.trim())
    .filter(Boolean);
  parts.forEach((part, partIndex) => {
    const words = part.split(/\s+/).map(clean).filter(Boolean);
    // "Certified Crop Adviser (CCA)": the short form of the name before it is the same thing, not another.
    if (words.length === 1 && abbreviates(words[0] ?? '', parts[partIndex - 1] ?? '')) return;
    let run: string[] = [];
    /** Where a joiner was kept inside the run ("degree in Agronomy"): a run too long is cut back there. */
    let kept: { at: number; tool: boolean }[] = [];
    /** The candidate a run of words makes, if any; 'too long' when it is a clause rather than one thing. */
    const read = (words0: string[]): Candidate | undefined | 'too long' => {
      const run = [...words0];
      // Framing and duty verbs come off the ends; what is left is the thing.
      // A capitalised word inside a line is a name ("Looker"), not a verb, whatever it ends with.
      const verbAt = (word: string) => (word === words[0] || !/^\p{Lu}/u.test(word)) && isDutyVerb(foldText(word), lineLanguage);
      // "de preferência Manhattan", "básicos de HTML": a qualifier after a function word, or before one, comes off too.
      while (run.length && (framing.test(foldText(run[0] ?? '')) || verbAt(run[0] ?? '') || stops.has(foldText(run[0] ?? '')))) run.shift();
      // A capitalised word after a name is the name's own ("SMS Advanced", "Excel Avanzado"), framing word or not.
      const endsName = () => run.length > 1 && /^\p{Lu}/u.test(run.at(-1) ?? '') && /^\p{Lu}/u.test(run.at(-2) ?? '');
      // A verb after the thing makes a clause of it ("customers find"): the thing is what came before.
      const verbInside = run.findIndex((word, i) => i > 0 && /^\p{Ll}/u.test(word) && clauseVerbs.has(foldText(word)));
      if (verbInside > 0) run.splice(verbInside);
      while (
        run.length &&
        ((framing.test(foldText(run.at(-1) ?? '')) && !endsName()) ||
          stops.has(foldText(run.at(-1) ?? '')) ||
          trailingParticle.test(foldText(run.at(-1) ?? '')))
      )
        run.pop();
      while (run.length && stops.has(foldText(run[0] ?? ''))) run.shift();
      // "BLS e SBV" counts as one word: it names one thing.
      const pairs = run.filter(
        (word, i) => andWords.has(foldText(word)) && isAcronym(run[i - 1] ?? '') && isAcronym(run[i + 1] ?? ''),
      ).length;
      if (run.length - 2 * pairs > LONGEST_PHRASE) return 'too long';
      if (run.length > 0) {
        const folded = run.map((word) => foldText(word));
        const stems = folded.filter((w) => w.length > 2 && !stops.has(w)).map((w) => stemWord(w, language));
        const named = run.some((word, i) => isNamed(word, partIndex === 0 && i === 0 && word === words[0], lineLanguage, degreeLine));
        const distinct = stems.reduce((sum, stem) => sum + fieldWordWeight(stem, fields), 0);
        const onlyTitle = stems.length > 0 && stems.every((stem) => titleStems.has(stem));
        // "Sunday-Thursday", "lunes a viernes", "Dezembro": when the work happens, never a thing to ask about.
        const onlyCalendar = folded.every((word) => word.split('-').every((part) => calendarWords.test(part) || stops.has(part)));
        const credential = isCredential(folded.join(' '));
        // A lone common word must be very much the field's own to be a must-have ("packaging", not "clinic").
        const enough = stems.length > 1 ? distinct >= MIN_DISTINCTIVENESS : distinct >= LONE_WORD_DISTINCTIVENESS;
        if (!onlyTitle && !onlyCalendar && stems.length > 0 && (named || credential || enough)) {
          return {
            phrase: run.join(' '),
            kind: credential ? 'credential' : named ? 'tool' : 'task',
            score:
              (named ? 1.5 : 0) +
              (credential ? 1 : 0) +
              distinct +
              (required ? 0.5 : 0) +
              Math.min(0.5, 0.15 * stems.length) -
              // A first degree and the subjects its line lists ("Soil Science or Crop Science") rank last.
              (degreeLine ? DEGREE_PENALTY : 0),
            stems,
            // A name made only of names ("NALA Certified Paralegal") is shown by most of it, not by one common word of it.
            nameStems: run.every((word, i) => isNamed(word, partIndex === 0 && i === 0 && word === words[0], lineLanguage, degreeLine))
              ? []
              : run
                  .filter((word, i) => isNamed(word, partIndex === 0 && i === 0 && word === words[0], lineLanguage, degreeLine))
                  .map((word) => stemWord(foldText(word), language)),
          };
        }
      }
      return undefined;
    };
    /** The runs of the "X or Y" list being read, each with the candidates it made. */
    let choices: { stems: string[]; made: Candidate[] }[] = [];
    const closeChoices = () => {
      if (choices.length > 1)
        for (const [i, choice] of choices.entries())
          for (const candidate of choice.made) candidate.alternatives = choices.filter((_, j) => j !== i).map((other) => other.stems);
      choices = [];
    };
    const flush = (offersChoice = false) => {
      const before = found.length;
      const whole = read(run);
      // A task tied to its tool only when the task is one on its own ("document productions in Relativity", not "accuracy in").
      const task = (at: number) => {
        const before = read(run.slice(0, at));
        return typeof before === 'object' && before.kind === 'task';
      };
      const cut = whole === 'too long' || kept.some(({ at, tool }) => tool && !task(at));
      if (!cut && whole) found.push(whole);
      if (cut) {
        // Each side of a kept joiner on its own ("Técnico Superior" | "Laboratorio de Análisis").
        const cuts = [-1, ...kept.map(({ at }) => at), run.length];
        for (let i = 1; i < cuts.length; i += 1) {
          const piece = read(run.slice((cuts[i - 1] ?? 0) + 1, cuts[i]));
          if (typeof piece === 'object') found.push(piece);
        }
      }
      if (run.length > 0) {
        const stems = run.map((word) => foldText(word)).filter((w) => w.length > 2 && !stops.has(w));
        choices.push({ stems: stems.map((w) => stemWord(w, language)), made: found.slice(before) });
      }
      if (!offersChoice) closeChoices();
      run = [];
      kept = [];
    };
    words.forEach((word, index) => {
      const folded = foldText(word);
      // A bare figure or time ("35-45", "1.400.000", "30pm-11pm") ends a phrase: a count is not a thing to ask about,
      // unless it numbers the name before it ("ISO 9001", "Ley 16.744", "NR 35").
      const figure = /^\d[\d.,:+%–-]*(am|pm|h|hs|hrs)?(-\d[\d.,:]*(am|pm|h|hs|hrs)?)?$/.test(folded);
      const numbersName =
        figure &&
        /^\d[\d.,-]*$/.test(folded) &&
        (/^\p{Lu}/u.test(run.at(-1) ?? '') || (/^\p{Lu}{2,}/u.test(run[0] ?? '') && folded.length <= 4));
      if (numbersName) run.push(word);
      else if (joinsThing(folded, run, words[index + 1] ?? '')) {
        kept.push({
          at: run.length,
          tool: toolJoiners.has(folded) && !subjectHead.test(foldText(run.at(-1) ?? '')) && !registersWith(run) && !andWords.has(folded),
        });
        run.push(word);
      } else if (joiners.has(folded) || figure) flush(orWords.has(folded) && !figure);
      else run.push(word);
    });
    flush();
  });
  return found;
}

/** A short line that names a section: "About us", "Requisitos:", "What you'll do". */
const looksLikeHeading = (line: string) => {
  const words = line.trim().split(/\s+/).length;
  return words <= 6 && (/:\s*$/.test(line) || (words <= 4 && /^\s*[¿¡#*]*\s*\p{Lu}/u.test(line) && !/[.;,]\s*$/.test(line)));
};

/** What a posting would like rather than needs: "Nice to have", "is a plus", "Deseable", "Diferenciais". Folded. */
const wishes =
  /\b(nice[- ]to[- ]haves?|a plus|is a plus|bonus points?|preferred|desirable|deseables?|se valora\w*|valorable|valoramos|plus|diferenci\w*|desejavel|desejaveis|seria otimo|sera un plus)\b/;

/**
 * The posting without its headings and without the employer's blurb: under an "About us"
 * heading, or its opening paragraph when a heading comes later ("Midway Distribution runs a
 * 400,000 sq ft DC in Joliet, IL…": the employer, its size and its town, nothing to ask about).
 */
function withoutBlurb(description: string): { line: string; wish: boolean }[] {
  const kept: { line: string; wish: boolean }[] = [];
  let inWishes = false;
  let inBlurb = false;
  const paragraphs = description.split(/\r?\n\s*\r?\n/);
  const opening = paragraphs[0] ?? '';
  const openingIsBlurb =
    paragraphs.length > 1 &&
    !looksLikeHeading(opening.split(/\r?\n/)[0] ?? '') &&
    description.split(/\r?\n/).some((line) => looksLikeHeading(line)) &&
    !/\b(you will|you'll|responsib|requir|must|seras|serás|tu rol|você vai|voce vai|requisit)/i.test(opening);
  const body = openingIsBlurb ? paragraphs.slice(1).join('\n\n') : description;
  for (const line of body.split(/\r?\n/)) {
    if (looksLikeHeading(line)) {
      const heading = foldText(line.replace(/^[\s#*]+/, ''));
      inBlurb = aboutHeading.test(heading);
      inWishes = wishes.test(heading);
      continue;
    }
    if (!inBlurb) kept.push({ line, wish: inWishes || wishes.test(foldText(line)) });
  }
  return kept;
}

/**
 * The sentences of the posting that say what the job needs or does: no headings, no blurb,
 * no place, pay or perks, nothing it only wishes for. What a resume line is matched against. Pure.
 */
export function postingNeeds(jobDescription: string): string[] {
  const employers = employerNames(jobDescription);
  return withoutBlurb(jobSections(jobDescription, { headings: 'keep' }))
    .filter(({ wish }) => !wish)
    .flatMap(({ line }) => line.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .filter((sentence) => {
      const bare = foldText(sentence.replace(/^[\s\-•*·–>¡¿!]+/, ''));
      return (
        bare.split(/\s+/).length >= 3 && !aboutEmployer.test(bare) && !aboutOffer.test(bare) && !opensWithEmployer(sentence, employers)
      );
    });
}

/**
 * The posting's must-haves as phrases — named tools and systems, licences and degrees,
 * the domain's tasks and methods — most telling first, each marked where the resume shows
 * it. Never a verb, a framing word ("experience", "strong"), a joiner or the job title
 * itself: these are what an interviewer can ask about by name. Pure.
 */
export function requirementPhrases(
  brief: { jobTitle: string; jobDescription: string; resumeText: string; field: FieldId; language?: Language },
  limit = 6,
): RequirementPhrase[] {
  const description = withoutBlurb(jobSections(brief.jobDescription, { headings: 'keep' }));
  // The interview's language is the better guess for a short posting; the text's own for a long one in another language.
  const guessed = guessLanguage(foldText(`${brief.jobTitle}\n${description.map(({ line }) => line).join('\n')}`));
  const length = description.reduce((sum, { line }) => sum + line.length + 1, 0);
  const language = brief.language && length < 600 ? textLanguageOf[brief.language] : guessed;
  const fields = fieldsInPlay(brief);
  // "Técnico/a", "Cocinero/a": the title's words with their slash-joined endings apart.
  const titleStems = new Set(
    tokenize(foldText(brief.jobTitle))
      .flatMap((token) => token.split('/'))
      .filter(Boolean)
      .map((token) => stemWord(token, language)),
  );
  const resumeLanguage = guessLanguage(foldText(brief.resumeText));
  // A slash joins names a resume lists together ("BLS/SBV", "ACLS/PALS"): each is shown on its own too.
  const resumeStems = new Set(
    tokenize(foldText(brief.resumeText))
      .flatMap((token) => (token.includes('/') ? [token, ...token.split('/').filter(Boolean)] : [token]))
      .flatMap((token) => [stemWord(token, resumeLanguage), stemWord(token, language)]),
  );
  // Places and names: the resume's header (name, town, contact) and a "Town, ST" in the posting are where, not what.
  // The header is the contact lines among the first few: an email, a phone, a link or "|" and "·" separators.
  const header = brief.resumeText
    .split(/\r?\n/)
    .slice(0, 3)
    .filter((line) => /@|\+?\d[\d\s().-]{7,}|linkedin|github|\s[|·•]\s/i.test(line))
    .flatMap((line) => tokenize(foldText(line.replace(/\S+@\S+|\S*(linkedin|github)\S*/gi, ' '))));
  const employers = employerNames(brief.jobDescription);
  const places = new Set([
    ...header,
    ...employers.flatMap((employer) => tokenize(foldText(employer))),
    ...[...brief.jobDescription.matchAll(/\b(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?),\s?(?:\p{Lu}{2}|\p{Lu}\p{Ll}+)\b/gu)].flatMap((m) =>
      tokenize(foldText(m[1] ?? '')),
    ),
    // Where a licence or a register holds: "license in Texas", "colegiado en Madrid", "registro no Paraná".
    ...[
      ...brief.jobDescription.matchAll(
        /\b(?:[Ll]icen[cs]e[sd]?|[Ll]icensure|[Ll]icencia|[Ll]icen[cç]a|[Rr]egistration|[Rr]egistered|[Cc]olegiad[oa]|[Cc]olegiaci[oó]n|[Rr]egistro)\s(?:in|en|em|no|na|de|del)\s(?:the\s)?(?:state\sof\s|estado\sde\s)?(\p{Lu}\p{Ll}[\p{L}'-]+(?:\s\p{Lu}\p{Ll}[\p{L}'-]+)?)/gu,
      ),
    ].flatMap((m) => tokenize(foldText(m[1] ?? ''))),
    // A town with its state as Brazilian and Mexican postings write it: "Cajamar (SP)", "Jundiaí/SP", "Belém - PA".
    ...[
      ...brief.jobDescription.matchAll(
        /\b(\p{Lu}[\p{L}'-]+(?:\s(?:d[aeo]s?\s)?\p{Lu}[\p{L}'-]+)?)\s?(?:\(\p{Lu}{2,4}\)|\/\p{Lu}{2}\b|\s[-–]\s\p{Lu}{2}\b)/gu,
      ),
    ].flatMap((m) => tokenize(foldText(m[1] ?? ''))),
  ]);
  // Shown on the resume when its telling stems are there (all of a short phrase, most of a long one).
  const shownOnResume = (c: Candidate) =>
    c.nameStems.some((stem) => resumeStems.has(stem)) ||
    c.stems.filter((stem) => resumeStems.has(stem)).length >= Math.max(1, Math.ceil(c.stems.length * 0.6));
  // Met by an alternative the posting accepts: "Tableau or Power BI" with Tableau on the resume.
  const metOnResume = (c: Candidate) =>
    shownOnResume(c) || (c.alternatives ?? []).some((stems) => stems.length > 0 && stems.every((stem) => resumeStems.has(stem)));
  // A place, or a common word of where ("fábrica de Betim", "CD de Cajamar"): every name in it is a place.
  const aPlace = (phrase: string) => {
    const names = phrase.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
    const tokens = tokenize(foldText(names.length > 0 ? names.join(' ') : phrase));
    return tokens.length > 0 && tokens.every((token) => places.has(token));
  };
  const candidates = description
    .flatMap(({ line, wish }) =>
      line
        .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
        // A sentence the employer opens is about the employer ("Hartwell & Crane is a 60-attorney firm"),
        // and a line in capitals is a heading ("TÉCNICO DE MANTENIMIENTO INDUSTRIAL"), not a list of names.
        .filter((sentence) => !opensWithEmployer(sentence, employers) && !shouted(sentence))
        .map(withoutIntroduction)
        // The people the hire works with are colleagues, not must-haves.
        .map((sentence) => withoutCollaborators(sentence, (word) => isDutyVerb(word, language)))
        .map(withoutRestatedCredential)
        // What the posting rules out ("sem dispensar medicamentos controlados") is no must-have either.
        .map(withoutExclusions)
        .flatMap((sentence) => lineCandidates(sentence, language, fields, titleStems))
        // What the posting only wishes for comes after what it needs.
        .map((candidate) => (wish ? { ...candidate, score: candidate.score - WISH_PENALTY, wished: true } : candidate)),
    )
    // A schedule is when the job happens, unless the resume names it too (payroll for "escalas 12x36" is work with them).
    .filter((candidate) => !aPlace(candidate.phrase) && (!aboutSchedule.test(foldText(candidate.phrase)) || metOnResume(candidate)))
    // What the resume shows too is what both sides say matters: asked first, as the candidate's own.
    .map((candidate) => (metOnResume(candidate) ? { ...candidate, score: candidate.score + RESUME_BONUS } : candidate))
    .sort((a, b) => b.score - a.score);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    // One phrase per thing: a phrase sharing most of its stems with a kept one says the same.
    // So is one the posting offers as an alternative to a kept one: "Tableau or Power BI" is one must-have, asked once.
    const same = kept.some(
      (k) =>
        candidate.stems.filter((stem) => k.stems.includes(stem)).length * 2 >= Math.min(k.stems.length, candidate.stems.length) + 1 ||
        (candidate.alternatives ?? []).some((stems) => k.stems.length > 0 && k.stems.every((stem) => stems.includes(stem))),
    );
    if (!same) kept.push(candidate);
    if (kept.length === limit) break;
  }
  return kept.map((c) => ({ phrase: c.phrase, kind: c.kind, onResume: shownOnResume(c), met: metOnResume(c), wished: c.wished === true }));
}
