import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { opening } from './answer-opening.ts';

/*
 * A résumé said aloud where the question asked for an episode or a way of working: one's studies,
 * records, rewards, career path, tenure, an unbroken record, or the scope of one's job. Each kind
 * is read only where the question did not ask for it (a question about one's background is
 * answered by a career path). Pure; folded text.
 */

/** Certificates, courses and degrees: what one studied, told where a story of work was asked for. Folded. */
const credentialWords: PerLanguage = {
  en: /\b(certificat\w*|certified|certification|course|bootcamp|degree|diploma|mba|master'?s|studied|exam)\b/,
  es: /\b(certificac\w*|certificad\w*|curso|bootcamp|titulo|diplomado|maestria|mba|estudie|examen)\b/,
  pt: /\b(certifica\w*|curso|bootcamp|diploma|graduacao|mba|mestrado|estudei|prova)\b/,
};
/**
 * One's own studies told ("I've got my certification", "me certifiqué en…", "sou formada em…"); a course
 * or an exam named inside a story ("asked about an eye exam", "faltaba un certificado") is not. Folded.
 */
const ownCredential: PerLanguage = {
  en: /\b((i|i'?ve|i'?m|i am|i have)\b[^.?!,]{0,25}\b(certificat\w*|certified|course|bootcamp|degree|diploma|mba|master'?s)|my (\w+ ){0,2}(certificat\w*|degree|diploma|mba|master'?s|course|bootcamp|studies)|(course|bootcamp|degree|diploma|certification) (\w+ ){0,5}(that )?i (did|took|finished|completed|got)|(after|before) (the|my) (\w+ )?(course|bootcamp|degree|diploma|certification)|i studied)\b/,
  es: /\b((hice|tengo|saque|estudie|termine|curse|me titule|me forme)\b[^.?!,]{0,25}\b(certificac\w*|certificad[oa]s?|curso|bootcamp|titulo|diplomado|maestria|mba)|mis? (\w+ ){0,2}(certificac\w*|certificado|titulo|diplomado|maestria|mba|curso|bootcamp|estudios)|(curso|diplomado|certificacion|titulo|maestria|bootcamp) (\w+ ){0,5}que (hice|saque|termine|curse)|(despues|antes) del (curso|diplomado|bootcamp|titulo|master)|estudie|me certifique)\b/,
  pt: /\b((fiz|tenho|tirei|estudei|terminei|me formei|conclui)\b[^.?!,]{0,25}\b(certifica\w*|curso|bootcamp|diploma|graduacao|mba|mestrado|pos)|(meu|minha) (\w+ ){0,2}(certificado|certificacao|diploma|graduacao|mba|mestrado|curso|bootcamp|faculdade)|(curso|diploma|certificacao|pos|mba|graduacao) (\w+ ){0,5}que (eu )?(fiz|tirei|terminei|conclui)|(depois|antes) d[ao] (curso|pos|faculdade|mba|bootcamp|graduacao)|estudei|sou formad[oa])\b/,
};

/** Rankings and targets beaten: a record, told where a way of working was asked for. Folded. */
const recordWords: PerLanguage = {
  en: /\b(ranked|number one|top (seller|performer|\d+)|employee of the month|quota|target|(the )?fastest|record)\b/,
  es: /\b(numero uno|la mejor|el mejor|mas rapid[oa]s?|empleado del mes|cuota|meta|record|ranking)\b/,
  pt: /\b(numero um|a melhor|o melhor|mais rapid[oa]|funcionari[oa] do mes|meta|recorde|ranking)\b/,
};
/** A record of one's own told: a ranking, a target beaten; not a platform or an aim named in a story ("subi no Meta"). Folded. */
const ownRecord: PerLanguage = {
  en: /\b(ranked|number one|top (seller|performer|two|three|five|ten|\d+)|employee of the month|(hit|beat|made|exceeded) (my |the |our )?(quota|target)s?|(quota|target)s? (was|were)\b[^.?!]{0,40}\b(always|under|over|above)|(\d+|\w+) (percent|%) (of|to) (my |the )?(quota|target|plan)|(the )?fastest|record)\b/,
  es: /\b(numero uno|la mejor|el mejor|mas rapid[oa]s?|(el|la) mas alt[oa] del equipo|empleado del mes|(cumpl\w+|super\w+|pase|llegue a|sobre) (la |mi |las |mis )?(cuota|meta)s?|(encima|debajo|ciento|doble|%) (\w+ )?de (la |mi )?(meta|cuota)|record|ranking)\b/,
  pt: /\b(numero um|a melhor|o melhor|mais rapid[oa]|funcionari[oa] do mes|(bat\w+|super\w+|cumpr\w+|passei|acima d[ae]) (a |da |minha |as |das |minhas )?metas?|(acima|abaixo|cento|dobro|%) (\w+ )?d[ae] (minha )?meta|recorde|ranking)\b/,
};

/**
 * A story whose payoff is praise or a reward ("got me promoted", "la jefa me felicitó", "ganhei
 * viagem", "owners were thrilled"): one's track record, told where the question asked for
 * something else. Folded.
 */
const recognitionTalk: PerLanguage = {
  en: /\b(president'?s club|got (me )?promoted|promoted me|i was promoted|got (a|the) promotion|(an?|the) (\w+ )?award|awarded|bonus|congratulat\w*|thrilled|employee of the (month|year))\b/,
  es: /\b(me (ascendieron|promovieron|felicit\w+|hicieron (lider|jefe|jefa|encargad\w+)|nombraron|dieron (un )?(bono|premio|reconocimiento))|felicito|premio|reconocimiento|(empleado|analista) del (mes|ano))\b/,
  pt: /\b(fui (promovid\w+|efetivad\w+|reconhecid\w+|elogiad\w+)|me (promoveram|efetivaram|elogi\w+|parabeniz\w+)|ganhei (uma )?(viagem|premio|bonus)|premiad\w+|elogi\w+|parabeniz\w+|funcionari\w+ do (mes|ano))\b/,
};
/** A question that asks for one's achievements, strengths, recognition or best work, which such a payoff or framing answers. Folded. */
const asksRecognition: PerLanguage = {
  en: /\b(strengths?|strong (suit|point)s?|(good|best) at|biggest|best|greatest|largest|favou?rite|proud\w*|achievement\w*|accomplish\w*|recogni[sz]\w*|promot\w*|award\w*|success\w*)\b/,
  es: /\b(fortalezas?|puntos? fuertes?|(lo|en) que mejor|mayor|mejor|favorit[oa]|orgull\w*|logro\w*|reconoc\w*|ascens\w*|premi\w*|exito\w*)\b/,
  pt: /\b(pontos? fortes?|(o|no) que (voce )?(faz )?de melhor|maior|melhor|favorit[oa]|orgulh\w*|conquista\w*|realiza\w*|reconhec\w*|promo\w*|premi\w*|sucesso\w*)\b/,
};

/**
 * The scope of one's job told ("I manage a team of six", "yo era el referente técnico", "eu coordenava
 * os estagiários", "the biggest thing I did"): what one is in charge of, not the episode or the way
 * of working a question asked for. Folded.
 */
const scopeTalk: PerLanguage = {
  en: /\b(i (manage|managed|lead|led|run|ran|coordinate|coordinated|supervise|supervised|oversee|oversaw) (a |the |my |our )?(team|crew|group|staff|shift|department|unit|store|branch)|(a |my )?team of (\w+ )?(people|agents|reps|nurses|techs|engineers|analysts|auditors|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d+)|i was the (technical |tech )?(lead|go-to|point person|referent)|the biggest thing i (did|built|ran|led|delivered)|what i did (the )?most)\b/,
  es: /\b((coordine|coordinaba|coordino|supervise|supervisaba|supervisaba|dirigi|dirigia|dirijo|lidere|lideraba|lidero|gestione|gestionaba|gestiono) (a |un |el |al |los |las |mi |todo el )?(equipo|grupo|turno|area|departamento|personal|auxiliares|tecnicos|practicantes)|(coordinador|coordinadora|supervisor|supervisora|jefe|jefa|lider) de (un |mi )?equipo|equipo de (\w+ )?(personas|auxiliares|tecnicos|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|\d+)|(yo )?era (el|la) (referente|lider|encargad[oa]|jef[ea])|lo que mas hice|lo mas grande que (hice|he hecho))\b/,
  pt: /\b((coordenei|coordenava|coordeno|supervisionei|supervisionava|supervisiono|liderei|liderava|lidero|gerenciei|gerenciava|gerencio|chefiei|chefiava) (a |o |uma |um |os |as |minha |meu |toda a )?(equipe|time|turno|setor|area|estagiarios|estagiarias|tecnicos|pessoal|grupo)|(coordenador|coordenadora|supervisor|supervisora|chefe|lider) de (uma |um )?(equipe|time)|equipe de (\w+ )?(pessoas|tecnicos|duas|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|vinte|\d+)|eu era (o|a) (referencia|lider|responsavel)|o que (eu )?mais fiz|o maior (projeto|trabalho) que (eu )?fiz)\b/,
};
/** A question about leading people, which the scope of one's job may answer. Folded. */
const asksLeading: PerLanguage = {
  en: /\b(team\w*|lead\w*|manag\w*|supervis\w*|staff|people|coach\w*|delegat\w*|report\w*|hire\w*|hiring|colleague\w*|coworker\w*|agent\w*|yourself|background|role|responsib\w*)\b/,
  es: /\b(equipo\w*|lider\w*|gestion\w*|supervis\w*|personal|personas|coordin\w*|deleg\w*|compan\w*|colega\w*|cargo|rol|responsab\w*|trayectoria|ti mism[oa]|usted mism[oa])\b/,
  pt: /\b(equipe\w*|time|lider\w*|gest\w*|gerenc\w*|supervis\w*|pessoas|coorden\w*|deleg\w*|colega\w*|cargo|papel|responsab\w*|trajetoria|sobre voce)\b/,
};

/** One's career path told ("I started as…, then I moved to…", "empecé haciendo…", "comecei como…"). Folded. */
const careerTalk: PerLanguage = {
  en: /\b(i started (as|out|in|at)|started my career|then i (went|moved|joined|got promoted)|after that i (went|moved|joined|was)|grew up on)\b/,
  es: /\b(empece (como|haciendo|en)|despues estuve|luego me pase|me pase a)\b/,
  pt: /\b(comecei (como|na|no|em)|depois (fui|passei|entrei))\b/,
};
/**
 * One's tenure and unbroken record told ("I've been doing housekeeping for eleven years", "llevo cinco
 * años con la carretilla y nunca he tenido un accidente", "rodo há quinze anos e nunca tomei uma multa"):
 * a résumé said aloud, not the episode or the way of working a question asked for. Folded.
 */
const tenureTalk: PerLanguage = {
  en: /\b(i'?ve (been|worked)\b[^.?!]{0,40}\bfor (like |about |almost |over |nearly |more than )?(\w+|\d+) (years|yrs)|i'?ve got (like |about |almost |over |nearly )?(\w+|\d+) years|(\w+|\d+) years (of experience|in the (field|industry|trade))|in (\w+|\d+) years (of|driving|working|as|on the))\b/,
  es: /\b(llevo (como |casi |mas de )?(\w+|\d+) anos|tengo (como |casi |mas de )?(\w+|\d+) anos (de experiencia|en el|en la|como|trabajando)|hace (\w+|\d+) anos que (trabajo|estoy|manejo)|en (\w+|\d+) anos (de|manejando|trabajando|como))\b/,
  pt: /\b((estou|to|trabalho|atuo|rodo|dirijo|eu) (\w+ ){0,2}(ha|faz) (uns |quase |mais de )?(\w+|\d+) anos|tenho (uns |quase |mais de )?(\w+|\d+) anos (de experiencia|de casa|de estrada|na|no|como|trabalhando)|em (\w+|\d+) anos (de|dirigindo|trabalhando|como))\b/,
};
/** An unbroken record claimed: never an accident, a fine or a shortfall; always on target. Folded. */
const recordClaim: PerLanguage = {
  en: /\b(i'?ve (actually |honestly |really )?never (had|got|gone|missed|lost|taken|received|been)|never had (a|an|one|any|a single) (\w+ )?(incident|accident|complaint|injury|ticket|fine|shortage|write-?up|preventable|recordable|error)|accident[- ]free|zero (incidents|accidents|shortages|complaints|errors)|i (always|usually) (hit|make|made|met|meet|beat|exceed\w*)|i (don'?t|do not|rarely|never) (really )?(lose|miss|fail)\b)\b/,
  es: /\b((nunca|jamas) (he tenido|tuve|he perdido|he fallado|me han puesto|me pusieron) (un |una |ningun |ninguna |ni un |ni una )?(?!(que|de|a|el|la|lo)\b)\w+|no he tenido (ni un|ni una|ningun|ninguna) \w+|cero (accidentes|faltantes|quejas|incidentes|choques|errores|multas)|siempre (cumpli|cumplo|llegue|llego|he cumplido|logre|logro|supere|supero) (la|las|mi|mis|con)|(nunca|no) se me (ha )?(vencio|vencido|paso|pasado|cayo|caido))\b/,
  pt: /\b(nunca (tive|tomei|levei|recebi|perdi) (um |uma |nenhum |nenhuma )?(?!(que|de|a|o)\b)\w+|nao tive (nenhum|nenhuma) \w+|zero (acidentes?|faltas?|reclamac\w+|erros?|multas?)|sempre (bati|bato|cumpri|cumpro|entreguei|entrego|superei|supero)\b|nunca (me )?(atrasei|falhei|perdi prazo))\b/,
};
/** What a story's result opens with: a record after it is what the story achieved ("since then no incidents"). Folded. */
const resultLead: PerLanguage = {
  en: /\b(since then|ever since|since(?=\s*([.,;!]|$))|after that|from then on|the rest of the|afterwards)/,
  es: /\b(desde (entonces|ahi|ese dia)|despues de eso|a partir de (ahi|entonces)|el resto del?)\b/,
  pt: /\b(desde (entao|ali|aquele dia)|depois disso|a partir dai|dali pra frente|o resto do)\b/,
};
/** An unbroken record that opens the answer, not the result a story ends on. */
function claimsRecord(folded: string, language: TextLanguage): boolean {
  const claim = recordClaim[language].exec(opening(folded));
  if (!claim) return false;
  const around = folded.slice(Math.max(0, claim.index - 40), claim.index + claim[0].length + 20);
  return !resultLead[language].test(around);
}

/** A question that asks for one's background, which a career path answers. Folded. */
const asksBackground: PerLanguage = {
  en: /\b(yourself|background|career|experience|journey|path|resume|cv)\b/,
  es: /\b(ti mism[oa]|usted mism[oa]|trayectoria|carrera|experiencia|perfil|curriculum|cv)\b/,
  pt: /\b(voce mesm[oa]|sobre voce|trajetoria|carreira|experiencia|perfil|curriculo|cv)\b/,
};

/** Where a record claimed is blanked out of an answer: every match, not the first. */
const recordClaims = Object.fromEntries(
  (['en', 'es', 'pt'] as const).map((language) => [language, new RegExp(recordClaim[language].source, 'g')]),
) as PerLanguage;

/** The answer without its record claims: "I don't lose a lot" tells no loss. */
export const withoutRecordClaims = (folded: string, language: TextLanguage) => folded.replace(recordClaims[language], ' ');

/** Whether the question asks for one's achievements, strengths, recognition or best work. */
export const asksPraise = (foldedQuestion: string, language: TextLanguage) => asksRecognition[language].test(foldedQuestion);

/**
 * How many kinds of résumé the answer tells that the question did not ask for. A record or a reward
 * told where trouble was asked, and trouble was told, is that trouble's outcome ("missed my target").
 */
export function resumeSigns(
  foldedQuestion: string,
  foldedAnswer: string,
  language: TextLanguage,
  { troubleTold, praiseAsked }: { troubleTold: boolean; praiseAsked: boolean },
): number {
  const backgroundAsked = asksBackground[language].test(foldedQuestion);
  return [
    ownCredential[language].test(foldedAnswer) && !credentialWords[language].test(foldedQuestion),
    ownRecord[language].test(foldedAnswer) && !recordWords[language].test(foldedQuestion) && !troubleTold,
    recognitionTalk[language].test(foldedAnswer) && !praiseAsked && !troubleTold,
    careerTalk[language].test(foldedAnswer) && !backgroundAsked,
    tenureTalk[language].test(foldedAnswer) && !backgroundAsked && !troubleTold,
    // An unbroken record denies the trouble its own words name ("never had an incident"): no trouble told by it.
    claimsRecord(foldedAnswer, language) && !backgroundAsked,
    scopeTalk[language].test(foldedAnswer) && !asksLeading[language].test(foldedQuestion),
  ].filter(Boolean).length;
}
