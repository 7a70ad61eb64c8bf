import { stemWord } from '../field-detection/stem-word.ts';
import { functionWords, type TextLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { globalPattern } from '../listening/global-pattern.ts';

/*
 * Roles that cannot be done without a licence, a registration or a certificate (a registered
 * nurse, a licensed electrician, a certified welder, a lawyer admitted to the bar) are the
 * clear cases the fit check may end on even when the field is open to many backgrounds: the
 * candidate neither holds the credential nor has ever done the trade. Pure.
 */

/** A licence, registration or certificate, folded. */
export const credentialWords =
  /\b(licen[cs]e\w*|licensed|licen[cs]ia\w*|licenca|habilita\w*|certifi\w*|registration|registered|registro|registrad[oa]|colegiad\w*|colegiatura|matricula\w*|inscri\w*|autorizad[oa]|journeyman|carnet|carne (de )?(operador\w*|conducir|manipulador\w*|instalador\w*|gruista|carretiller\w*|profesional)|tarjeta profesional|cpa|crea|coren|crm|crc|cro|crf|crmv|crtr|cref|crefito|crp|crn|crq|crbio|oab|cfm|cedula|colegiac\w*|pharmd|dvm|j\.?d|juris doctor|bar admission|(admission|admitted) to (the )?(\w+ )?bar|credential|diplomatura|grado en|magisterio|nr-?10|nr-?35|pe|rn|cdl|aws d1\.1|degree|bachelor'?s?|master'?s?|diploma|titulo|titulad[oa]|licenciatura|graduacao|graduad[oa]|formacao superior|formacion (universitaria|superior)|ensino superior)\b/;

/** Words that make a sentence a requirement rather than a nice-to-have, folded. */
const requiredWords =
  /\b(required|requirements?|must|mandatory|need|needs|valid|active|current|requisitos?|excluyentes?|indispensables?|obligatori[oa]s?|imprescindibles?|vigentes?|activ[oa]s?|necesari[oa]s?|exigid[oa]s?|obrigatori[oa]s?|necessari[oa]s?|ativ[oa]s?|valid[oa]s?)\b/;

/** A heading that opens what the job asks for, and one that closes it (what is nice to have, what is offered). Folded. */
const asksHeading =
  /^((minimum|basic|required|key|essential|job|mandatory|preferred and minimum) )?(requirements?|qualifications?|required|must[- ]haves?|what (we'?re|we are) looking for|what you (need|bring|have)|you (have|bring)|requisitos?|lo que buscamos|que buscamos|perfil|exigimos|o que buscamos|o que esperamos|pre-?requisitos)\b/;
const endsAsking =
  /^(nice to have|bonus|preferred|pluses|desirable|deseables?|valoramos|se valora|diferenciais?|desejavel|benefits?|perks|we offer|what we offer|beneficios|ofrecemos|oferecemos|about us|sobre nosotros|sobre nos)\b/;

/** Words that make a line under "Requirements" a preference: "Bachelor's degree preferred; equivalent experience considered", "helpful but not required". Folded. */
const optional =
  /\b(preferred|preferably|a plus|is a plus|nice to have|or equivalent|equivalent experience|desirable|ideally|helpful|optional|not (required|necessary|mandatory|needed)|no (es )?(necesari[oa]|obligatori[oa]|requerid[oa])|opcional|nao (e )?necessari[oa]|deseable|valorable|se valora|preferentemente|preferible|no excluyente|desejavel|diferencial|preferencialmente|nao obrigatori[oa]|sera um diferencial|within (\w+ )?(\d+|one|two|three|six|twelve) (days|weeks|months|year)( of (hire|hiring|start|employment))?|(after|upon|once) hired|after (hire|hiring)|able to (get|obtain|earn)|dentro de (los )?(\d+|seis|tres|doce) (dias|meses)|en los primeros (\d+|seis|tres) (dias|meses)|nos primeiros (\d+|seis|tres) (dias|meses)|apos (a )?(contratacao|admissao))\b/;

/** Lines and sentences of the posting, each marked when it sits under a "Requirements" heading. */
function requirementLines(jobDescription: string): { text: string; asked: boolean }[] {
  const lines: { text: string; asked: boolean }[] = [];
  let asking = false;
  for (const raw of foldText(jobDescription).split(/\n+/)) {
    const line = raw.replace(/^[\s\-•*·]+/u, '').trim();
    if (!line) continue;
    if (asksHeading.test(line) && line.length < 60) asking = true;
    else if (endsAsking.test(line) && line.length < 60) asking = false;
    for (const sentence of line.split(/(?<=[.!?;])\s+/)) lines.push({ text: sentence, asked: asking });
  }
  return lines;
}

/**
 * A school-leaving certificate, folded: "High school diploma or GED required", "ensino médio completo",
 * "bachillerato terminado". Anyone may hold it; it makes no role a licensed profession.
 */
const schoolLeaving =
  /\b((high|secondary) school( diploma)?( or (a |the )?(ged|equivalent))?|ged|(diploma de )?(bachillerato|bachiller|preparatoria|secundaria)( completa| terminad[oa]| completo)?|ensino (medio|fundamental)( completo)?|educacion (media|secundaria)( completa)?)\b/g;

/** The posting's sentences that state a condition of the job: under a "Requirements" heading, or saying "required". Folded; a school-leaving certificate is left out of them. */
export function requiredLines(jobDescription: string): string[] {
  return requirementLines(jobDescription)
    .filter(({ text, asked }) => (asked || requiredWords.test(text)) && !endsAsking.test(text) && !optional.test(text))
    .map(({ text }) => text.replace(schoolLeaving, ' '));
}

/** A licence or a professional register by its own name, folded: "CRC ativo", "Admission to the Bar", "FAA ATP", "cédula profesional". */
const namedLicence =
  /\b(cpa|crea|coren|cro|crf|crmv|crtr|cref|crefito|crp|crn|crq|crbio|crc|oab|cfm|crm-\w+|nr-?10|nr-?35|rn|pe|cdl|atp|a&p|faa|dgac|anac|pharmd|dvm|j\.?d|bar|cedula|colegiac\w*|matricula\w*|tarjeta profesional|registro profissional|journeyman)\b/;

/** Whether the posting asks for a licence or a register by its own name (not "a degree", not "a certification"). */
export function namedLicenceRequired(jobDescription: string): boolean {
  return requiredLines(jobDescription).some((text) => namedLicence.test(text));
}

/** Words that make a condition explicit in its own sentence ("(obrigatório)", "must hold", "excluyente"), not a heading's "Requirements". Folded. */
const mandatoryWords =
  /\b(required|must|mandatory|essential|obligatory|indispensables?|imprescindibles?|excluyentes?|obligatori[oa]s?|exigid[oa]s?|obrigatori[oa]s?|indispensavel|imprescindivel)\b/;

/**
 * Whether a requirement makes a credential or degree mandatory in so many words: "Licenciatura
 * em Matemática (obrigatório)", "Bachelor's degree in Nursing required". A "Forklift
 * certification (or able to get certified in 30 days)" or a "degree in education, HR or
 * related" listed under Requirements is not the profession's own licence.
 */
export function credentialMandatory(jobDescription: string): boolean {
  return requiredLines(jobDescription).some((text) => credentialWords.test(text) && mandatoryWords.test(text));
}

/** Whether the title itself names a credential: "Registered Nurse", "Licensed Electrician", "Structural Engineer (PE)". */
export function titleNamesCredential(jobTitle: string): boolean {
  return credentialWords.test(foldText(jobTitle));
}

/** Whether the posting makes a licence, a certificate or a degree a condition of the job: in its title, or in a line that requires it. */
export function licenceRequired(jobTitle: string, jobDescription: string): boolean {
  if (titleNamesCredential(jobTitle)) return true;
  return requiredLines(jobDescription).some((text) => credentialWords.test(text));
}

/** A degree or a course of study, folded: "licenciatura" is a degree, "licencia" a licence. */
const degreeWords =
  /\b(degree|bachelor'?s?|master'?s?|diploma|diplomatura|grado en|magisterio|titulo|titulad[oa]|licenciatura|graduacao|graduad[oa]|formacao superior|formacion (universitaria|superior)|ensino superior|bsn|msn|mba)\b/;

/** What kind of credential the posting makes a condition of the job, for the reason an ending gives. */
export type RequiredCredential = 'degree' | 'licence' | 'degree_or_licence';

/**
 * Whether the posting's condition is a degree, a licence (a registration, a certificate), or both:
 * "Licenciatura en Enfermería" ends on a missing degree, "Active RN license" on a missing licence. Pure.
 */
export function requiredCredential(jobTitle: string, jobDescription: string): RequiredCredential {
  const asking = [foldText(jobTitle), ...requiredLines(jobDescription)].filter(
    (text) => credentialWords.test(text) || degreeWords.test(text),
  );
  const degree = asking.some((text) => degreeWords.test(text));
  // What is left of a line once its degree is taken away: "bachelor's degree and active license" asks both.
  const licence = asking.some((text) => credentialWords.test(text.replace(globalPattern(degreeWords), ' ')));
  if (degree && !licence) return 'degree';
  return degree ? 'degree_or_licence' : 'licence';
}

/** Title words that name a rank, a grade or a kind of role rather than the trade itself, folded. */
const notTheTrade = new Set(
  'senior sr ssr semi semisenior junior jr pleno mid lead principal staff chief head trainee intern associate asociado asociada associado associada first second third primer primero primera segundo segunda primeiro primeira internship estagio estagiario estagiaria pasantia pasante practicas becario i ii iii iv remote remoto hibrido hybrid part full time tiempo parcial completo contract temporal temporario technician technologist tecnico tecnica tecnologo assistant asistente assistente auxiliar aide specialist especialista analyst analista manager gerente coordinator coordinador coordenador supervisor responsable responsavel operator operador operario worker trabajador trabalhador professional profesional profissional officer oficial agent agente clinico clinica commercial comercial industrial general geral heavy duty heavy-duty level nivel night nights day shift turno noche noturno'.split(
    ' ',
  ),
);

/** A title that names a technician or an intern of a trade, folded: the trade follows ("Técnico em Radiologia", "Estágio em Nutrição"). */
const technicianOf =
  /^(tecnic[oa]s?|tecnolog[oa]s?|technician|technologist|auxiliar|aux|estagio|estagiari[oa]|pasantia|pasante|practicas|becari[oa]|internship|intern)$/;

/** The grade of a technician's title, folded: "Técnico Superior", "Técnico de Nivel Medio", "Tecnólogo II". */
const technicianGrades = /^(superior|medio|media|medi[oa]|basico|basica|grado|nivel|especialista|especializado|especializada)$/;

/** A folded title with its gender forms read as one word: "enfermero/a", "médico(a)" → "enfermero", "medico". */
export function withoutGenderForms(folded: string): string {
  return folded.replace(/(\p{L})\s*\(\s*(?:a|as|o|os|es|ra|ras)\s*\)/gu, '$1').replace(/(\p{L})\/(?:a|as|o|os|es|ra|ras)\b/gu, '$1');
}

/** The trade the title names, as stems: "Journeyman Electrician – Commercial" → electrician; "Enfermero/a Clínico" → enfermer. */
export function tradeStems(jobTitle: string, language: TextLanguage): string[] {
  const head = withoutGenderForms(foldText(jobTitle)).split(/\s[-–|@]\s|[,(|]/)[0] ?? '';
  const trade = (words: string) =>
    tokenize(words)
      .filter((token) => token.length > 2 && !functionWords[language].has(token) && !notTheTrade.has(token) && !credentialWords.test(token))
      .map((token) => stemWord(token, language));
  const [before = '', ...after] = head.split(/\s(?:at|for|en|em|para|de|do|da|del)\s/);
  // "Técnico(a) em Radiologia", "Técnico Superior en Higiene Bucodental", "Auxiliar de Enfermería": a technician's trade is
  // what follows, whatever the grade (an assistant of research is no researcher).
  const [first = '', ...grade] = before.trim().split(/\s+/);
  const technician = technicianOf.test(first) && grade.every((word) => technicianGrades.test(word) || notTheTrade.has(word));
  return technician && after[0] ? trade(after[0]) : trade(before);
}

/**
 * The word of the trade that names the profession: the last in English ("Special Education
 * Teacher" → teacher), the first in Spanish and Portuguese ("Abogado Litigante Laboral" →
 * abogado); a broad one gives way to the words that narrow it ("Ingeniero Civil" → civil).
 * An "Education" heading or a "labour" dispute shows no teacher and no lawyer.
 */
export function tradeHead(trade: readonly string[], language: TextLanguage): string[] {
  const head = language === 'en' ? trade.at(-1) : trade[0];
  if (head === undefined) return [];
  return broadProfession.test(head) ? specificTrade(trade) : [head];
}

/** Title words that name a broad profession its other words narrow: an "Ingeniero Agrónomo" is an agronomist. Stems. */
const broadProfession = /^(engin|ingenier|engenheir|mainten|manten|manutenc|medic)/;

/** The trade's words without a broad profession's ("engineer", "maintenance"): what narrows it. */
export const narrowingWords = (trade: readonly string[]) => trade.filter((stem) => !broadProfession.test(stem));

/** The trade's narrowing words when it has them: a software engineer is no agronomist engineer. */
function specificTrade(trade: readonly string[]): string[] {
  const narrow = narrowingWords(trade);
  return narrow.length > 0 ? narrow : [...trade];
}

/**
 * Two stems of one word or one family: sharing their first five letters and most of the shorter
 * ("contador", "contabilidad"), or the shorter, of four letters or more, opening the longer
 * ("weld" of "welded", "welder"; "fisi" of "fisio", "fisioterapeuta").
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  const shorter = Math.min(a.length, b.length);
  return (common >= 5 && common >= 0.6 * shorter) || (common === shorter && shorter >= 4);
}

/** Licensed professions whose discipline is written with another word than the trade: a lawyer studied law, a first responder does pre-hospital care. Folded. */
const disciplineOf: [RegExp, RegExp][] = [
  [/^(lawyer|attorne|abogad|advogad|paralegal)/, /\b(law|legal|juris\w*|derecho|abogacia|juridic\w*|direito|advocacia|bar)\b/],
  [/^(dentist|odontolog|cirujano dentista|cirurgiao)/, /\b(dental|dentistry|odontolog\w*|dentist\w*)\b/],
  [/^(physician|doctor|medic)/, /\b(medicine|medical|md|medicina|medico|medica|clinic\w*)\b/],
  [/^(pharmac|farmac|quimico farmac)/, /\b(pharm\w*|farmac\w*)\b/],
  [/^(teacher|maestr|profesor|professor)/, /\b(teaching|magisterio|pedagog\w*|docen\w*|licenciatura)\b/],
  [
    /^(socorrist|paramedic|emt|tecnico en emergencias)/,
    /\b(aph|pre-?hospital\w*|prehospital\w*|emt|ems|paramedic\w*|resgate|rescate|rescue)\b/,
  ],
];

/**
 * The credentials a posting names, as a candidate would write them: short ones ("RN", "CPA",
 * "OAB") and the names in capitals in a sentence that asks for a credential ("TKT, CELTA,
 * ICELT"), and the short name the title gives the trade in brackets ("(TCAE)"). A candidate
 * who writes one holds it or does the trade. Folded; the first line of jobText is the title.
 */
export function credentialMarks(jobText: string): string[] {
  const short = tokenize(foldText(jobText)).filter((token) => token.length <= 4 && credentialWords.test(token));
  const named = jobText
    .split(/(?<=[.!?;])\s+|\n+/)
    .filter((sentence) => credentialWords.test(foldText(sentence)))
    .flatMap((sentence) => sentence.match(/\b\p{Lu}[\p{Lu}\d-]{2,}\b/gu) ?? [])
    // "EMT-Basic" is read up to its capitals: the name is "EMT", not "EMT-".
    .map((name) => foldText(name).replace(/-+$/, ''));
  // The title's own short name for the trade: "Técnico/a en Cuidados Auxiliares de Enfermería (TCAE)", "Nursing Assistant (CNA)".
  const titleLine = jobText.split('\n')[0] ?? '';
  const abbreviated = [...titleLine.matchAll(/\(\s*(\p{Lu}[\p{Lu}\d-]{1,7})\s*\)/gu)].map((m) => foldText(m[1] ?? ''));
  // A word in capitals that asks ("REQUIRED", "OBRIGATÓRIO") or any word of the sentence is no credential's name.
  return [...new Set([...short, ...named, ...abbreviated])].filter(
    (token) => (!['pe', 'rn'].includes(token) || /\b(PE|RN)\b/.test(jobText)) && !requiredWords.test(token) && !optional.test(token),
  );
}

/** Whether tokens name a posting's short credential; its grade written on it ("EMT-Basic", "CREA-PR") is the same credential. */
export function showsMark(tokens: readonly string[], mark: string): boolean {
  return tokens.some((token) => token === mark || token.split('-')[0] === mark);
}

/** Whether the candidate's own claimed experience names the trade the title names, or one of the posting's short credentials. */
export function tradeShown(
  trade: readonly string[],
  marks: readonly string[],
  candidateStems: readonly string[],
  candidateTokens: readonly string[],
): boolean {
  if (trade.length === 0) return true;
  if (marks.some((mark) => showsMark(candidateTokens, mark))) return true;
  const said = candidateTokens.join(' ');
  if (trade.some((stem) => disciplineOf.some(([profession, discipline]) => profession.test(stem) && discipline.test(said)))) return true;
  return trade.some((stem) => candidateStems.some((own) => sameWord(stem, own)));
}

/** Wanting, hoping, planning: a clause about a future, not a past ("I'd love to work as a nurse"). Folded. */
const aspiration =
  /\b(want(s|ed)? to|wanna|would (like|love) to|looking (to|for (a|an|my) (chance|change|role|position|job|opportunity|career))|i ?'?d (like|love) to|hop(e|ing) to|dream(ing)? (of|to|about)|plan(ning)? to|going to|gonna|aspir\w+|seeking (a|an|to)|transition(ing)? (into|to)|quiero|quisiera|me gustaria|me encantaria|sueno con|espero (poder|ser|trabajar)|pienso (estudiar|ser)|aspiro|me interesa (ser|trabajar)|quero|queria|gostaria|adoraria|sonho (em|com)|pretendo|espero (poder|ser|trabalhar)|tenho interesse)\b/;

/** Whether a clause says what the candidate wants rather than what they have done. */
export function aspires(tokens: readonly string[]): boolean {
  return aspiration.test(tokens.join(' '));
}
