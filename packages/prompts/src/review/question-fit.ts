import { contentStems, genericStems, numberWords, type PerLanguage } from '../answers/answer-vocabulary.ts';
import { stemWord } from '../field-detection/stem-word.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText } from '../fold-text.ts';

/*
 * Whether an answer answers the question it was given, read from three families of evidence
 * that hold across jobs and languages:
 * - the question's own topic words (with the interview frame "tell me about a time when" taken
 *   away) and whether the answer touches any of them;
 * - what the question asks for: a difficulty (a problem, a loss, a conflict, a mistake) is
 *   answered with a difficulty; a story with no trouble in it is a different story;
 * - the pivot: an answer framed as one's proudest work or best win ("the thing I'm proudest
 *   of…") after a question that asked for something else.
 * Pure; folded text only.
 */

/** The words that frame an interview question and carry none of its topic, folded. */
const frameWords: Record<TextLanguage, string> = {
  en: 'tell talk walk through describe give example examples recent recently last share situation experience approach handle handled handling explain take would could should what when which where who whom whose why how time times ever specific particular instance moment one ones about your yours you have had has happen happened keep keeps kept didn didnt get got make made put go going went',
  es: 'cuentame cuenteme cuentenos cuenta contar dime digame hableme hablame habla describe describa describeme explica explicame explique da dame deme ejemplo ejemplos reciente reciente ultimo ultima situacion experiencia manejas maneja manejaste manejo haces hace hiciste hizo como que cual cuales cuando donde quien por alguna alguno vez veces momento caso concreto concreta especifico especifica usted tu tus su sus has haya hayas tuviste tuvo paso puso pusiste pusieron hacer dar pasar tocar toco',
  pt: 'conta conte conti contar fala fale falar descreva descreve explica explique explicar da de exemplo exemplos recente ultimo ultima situacao experiencia lida lidar lidou lidava faz fez faria como que qual quais quando onde quem por alguma algum vez vezes momento caso concreto especifico voce sua seu suas seus teve tem tenha aconteceu nao pra para dar deu fazer ter conseguiu consegue',
};

const frameStems: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(frameWords.en.split(' ').map((word) => stemWord(word, 'en'))),
  es: new Set(frameWords.es.split(' ').map((word) => stemWord(word, 'es'))),
  pt: new Set(frameWords.pt.split(' ').map((word) => stemWord(word, 'pt'))),
};

/** Trouble in any wording: a problem, a failure, a loss, a conflict, a complaint, pressure. Folded. */
const trouble: PerLanguage = {
  en: /\b(problems?|issues?|aggressi\w*|hostile|bad news|turn(ed)? down|den(y|ied|ial)|said no|didn'?t go (to plan|well|as planned)|went wrong|reduced budget|budget (cut|was cut)|couldn'?t|could not|bugs?|fail\w*|mistakes?|errors?|wrong|broke|broken|break\w*|outages?|down|crash\w*|incidents?|lost|lose|losing|loss\w*|late|delay\w*|conflicts?|disagree\w*|argu\w*|angry|upset|furious|mad|complain\w*|frustrat\w*|difficult\w*|hard|tough|challeng\w*|pressure|crisis|emergenc\w*|urgent|drop\w*|fell|declin\w*|struggl\w*|stuck|blame\w*|behind|missed|miss|bad|worse|worst|unhappy|rude|yell\w*|shout\w*|tension|stress\w*|setbacks?|reject\w*|churn\w*|cancel\w*|escalat\w*|underperform\w*|slow\w*|leak\w*|shortage|short-staffed|overdue|risk\w*|disrupt\w*|injur\w*|unsafe|hazard\w*|defect\w*|recall\w*|stopp\w*|jam\w*|refus\w*|pushback|objection\w*|no-show\w*|absent|tight|ran out|run out|paged|alarms?|alerts?|pests?|outbreak\w*|infest\w*|damag\w*|flood\w*|worried|concern\w*|mess)\b/,
  es: /\b(fracas\w*|agresiv\w*|negar\w*|nego|negue|mala(s)? noticia\w*|no (salio|pudo|pudiste|pude|funciono)|salio mal|problema\w*|fall\w*|error\w*|equivoc\w*|mal|roto|rompi\w*|caid\w*|cayo|incidente\w*|perdi\w*|perder|perdida\w*|tarde|retras\w*|atras\w*|conflicto\w*|desacuerdo\w*|discusion\w*|discuti\w*|enojad\w*|enfadad\w*|molest\w*|queja\w*|quej\w*|reclam\w*|dificil\w*|complicad\w*|duro|dura|reto\w*|desafio\w*|presion\w*|crisis|emergencia\w*|urgen\w*|bajo|bajaron|bajada|baja|lucha\w*|atasc\w*|culpa\w*|peor|grit\w*|pelea\w*|tension\w*|estres\w*|rechaz\w*|cancel\w*|escal(o|aron|ar|amos|ado|ada|acion)\b|lento|lenta|fuga\w*|falta\w*|riesgo\w*|interrump\w*|lesion\w*|accidente\w*|defecto\w*|par[oó]|parada\w*|averia\w*|averi\w*|negativa|objecion\w*|ausen\w*|bronca|lio|brav[oa]|plaga\w*|se acabo|cortes?|salt(o|aba)|alarma\w*|alerta\w*|dan(o|ado)\w*|inund\w*|preocup\w*)\b/,
  pt: /\b(fracass\w*|agressiv\w*|ruim|ruins|negar\w*|negou|neguei|ma noticia|nao (conseguiu|consegui|deu certo|funcionou)|deu errado|problema\w*|falh\w*|erro\w*|errei|errad\w*|quebr\w*|queda\w*|caiu|cairam|incidente\w*|perdi\w*|perder|perda\w*|atras\w*|conflito\w*|desacordo\w*|discussao\w*|discuti\w*|brav\w*|irritad\w*|chatead\w*|reclama\w*|dificil\w*|dificuldade\w*|complicad\w*|pressao\w*|crise\w*|emergencia\w*|urgen\w*|baixo|baixa|baixou|desempenho|trav\w*|culpa\w*|pior|grit\w*|briga\w*|tensao|estresse\w*|rejei\w*|cancel\w*|escal(ou|aram|ar|amos|ado|ada|acao|onou)\b|lento|lenta|vazamento\w*|falta\w*|risco\w*|interromp\w*|lesao\w*|acidente\w*|defeito\w*|parou|parad\w*|pane\w*|objecao\w*|ausen\w*|treta\w*|perrengue\w*|bronca|praga\w*|acabou|cortes?|alarme\w*|alerta\w*|dan(o|ificad)\w*|inund\w*|preocup\w*)\b/,
};

/**
 * Trouble as people say it aloud, without a word for trouble: someone would not ("didn't want to",
 * "se negaba", "não queria"), hated it, nobody knew or bought, numbers that did not add up, a thing
 * that kept dropping, too much of something, a plan that slipped or came out rubbish. Folded.
 */
const everydayTrouble: PerLanguage = {
  en: /\b(didn'?t|did not|wouldn'?t|would not|won'?t|doesn'?t|does not) (want|like|add up|match|work|pass|make it|show|listen|take)|hated|slipp\w*|rubbish|messed up|screwed up|blew up|disaster|nobody (knew|bought|came|wanted|showed)|no one (knew|bought|came|wanted|showed)|too (much|many|late|long)|over budget|overr?an|kept (getting|falling|dropping|crashing|failing|talking|interrupting)|wasn'?t (enough|working|happy)|not (enough|happy)\b/,
  es: /\b(no (queria|quiso|quisieron|le gusto|les gusto|cuadraba|cuadra|alcanzaba|alcanzo|paso|pasaba|funcionaba|servia|llego|llegaba|sabia)|se neg\w*|niega\w*|odi(o|aron|aba)|nadie (sabia|compro|vino|queria|entendia)|demasiad[oa]s?|de mas|desastre|se caia|caia|se cayo|lio|me sobraban|sobraba\w*|me faltaba\w*|se pas(o|aron) de)\b/,
  pt: /\b(nao (queria|quis|quiseram|gostou|gostaram|batia|bate|passou|passava|funcionava|chegou|chegava|sabia|dava)|se recus\w*|recus\w*|odi(ou|aram|ava)|ninguem (sabia|comprou|veio|queria|entendia)|demais|desastre|caia|deu ruim|bagun\w*|sobrava\w*|estourou|estourado)\b/,
};
/** Whether folded text tells of trouble, in a word for it or in everyday words. */
const tellsTrouble = (folded: string, language: TextLanguage) => trouble[language].test(folded) || everydayTrouble[language].test(folded);

/** What follows a measured change within a few words: a figure, in digits or in words, or where it went from or to. */
const changeMeasure: Record<TextLanguage, string> = {
  en: `from|to|by|under|below|${numberWords.en.source.slice(3, -3)}`,
  es: `de|del|a|al|un|una|${numberWords.es.source.slice(3, -3)}`,
  pt: `de|do|da|pra|para|a|${numberWords.pt.source.slice(3, -3)}`,
};
const changeWords: Record<TextLanguage, string> = {
  en: 'went down|down|dropp?\\w*|fell|declin\\w*|cut',
  es: 'bajo|bajaron|baja|bajamos|baje|bajada|redujimos|reduje',
  pt: 'baixou|baixamos|baixei|caiu|cairam|queda|reduzimos|reduzi',
};
/**
 * Words that also measure a success ("cost went down", "bajamos la merma", "a ruptura caiu"),
 * the figure in digits or in words as said aloud ("labor went down four points", "caíram quase
 * pela metade"): a trouble the question asks about is not told by them. Folded.
 */
const measuredChange = Object.fromEntries(
  (['en', 'es', 'pt'] as const).map((language) => [
    language,
    new RegExp(`\\b(${changeWords[language]})\\b(?=(\\s+\\S+){0,5}\\s+((${changeMeasure[language]})\\b|\\d))`, 'g'),
  ]),
) as PerLanguage;

/**
 * A state one moved from on the way to a better one ("we went from the worst shift in the building
 * to the best", "pasamos de ser la peor planta a…", "saímos de último pra primeiro"): a success
 * told, not the trouble a question asks about. Folded.
 */
const fromWorseState: PerLanguage = {
  en: /\b(went|go|going|moved|took (it|us|them|the \w+)|turned (it|things) around) from\b[^.;]{0,60}?\bto\b/g,
  es: /\b(pasamos|pase|paso|pasaron|fuimos|salimos|sali) de\b[^.;]{0,60}?\ba\b/g,
  pt: /\b(saimos|sai|saiu|passamos|passei|passou|fomos) de\b[^.;]{0,60}?\b(pra|para|a)\b/g,
};
/** The answer without the measured changes and the states left behind: what is left tells any trouble there was. */
const withoutSuccesses = (folded: string, language: TextLanguage) =>
  folded.replace(measuredChange[language], ' ').replace(fromWorseState[language], ' ');

/**
 * An answer framed as one's pride, strength or best win ("what I'm really proud of", "lo mío fuerte es",
 * "o que eu mais destaco"): told where the question asked for no achievement, it answers another one. Folded.
 */
const prideFraming: PerLanguage = {
  en: /\b(my (strong|strongest) (suit|point|area)|what i'?m (really )?good at|proudest|most proud|(i'?m|i am) (really |most |very )?proud of|biggest (win|achievement|success|case)|my (best|favou?rite) (project|thing|part|achievement|story|case|deal)|the best thing i|shows my \w+ best)\b/,
  es: /\b(lo mio fuerte|mi fuerte|lo que (mas )?destaco|lo que mas (orgullo|me enorgullece)|(mas|muy) orgullos[oa]|me enorgullece|mi (mayor|mejor) (logro|exito|proyecto|caso)|lo mejor que (hice|he hecho)|de lo que (mas|estoy) orgullos[oa])\b/,
  pt: /\b(o que (eu )?mais destaco|meu forte|(mais|muito) orgulhos[oa]|me orgulho|meu (maior|melhor) (resultado|sucesso|projeto|feito|case|caso)|minha (maior|melhor) (conquista|entrega))\b/,
};
/** Other framings of a pivot: the story that stands out or is remembered, "something else", a denial of the kind asked. Folded. */
const otherFraming: PerLanguage = {
  en: /\b(what i (really )?(love|enjoy|like) (most|is)|the part i (love|like|enjoy)|the one (that )?stands out|what stands out|the one i'?d point to|let me tell you (about|instead)|i'?d rather (talk|tell|focus)|(talk|tell you) about something else|something else,? (i think|that)|instead,? (let me|i'?ll)|not exactly (that|this),? but|i don'?t really (lose|fail|have|get|make|deal)\w*)\b/,
  es: /\b(lo mas fuerte que (he vivido|hice|he hecho)|lo que mas (me gusta|disfruto)|lo mas (desafiante|importante|grande|dificil) que (hice|he hecho)|lo que mas recuerdo|la que me marco|prefiero (contar|hablar)|(mejor )?le voy a contar (mejor )?de|mejor (le|te) cuento|(hablar|contar) de otra cosa|otra cosa que|en vez de eso|no (me pasa|suelo perder|suele pasar|pierdo)|no es exactamente (eso|lo que))\b/,
  pt: /\b(uma coisa que eu fiz (e )?que mudou|o que (eu )?mais (curti|gosto)|(o|um) projeto que (eu )?mais|o que (eu )?mais lembro|prefiro (contar|falar)|(falar|contar) (de|sobre) outra coisa|outra coisa que|deixa eu (te )?contar (de|sobre|do|da)|em vez disso|nao (costumo perder|perco|me acontece)|nao e bem isso,? mas)\b/,
};

/** Owning up to the question's subject in passing, then "but": "failed, sure, everyone has, but…". Folded. */
/** A pivot said out loud: "I'd rather talk about…", "prefiero contarle otra cosa", "posso falar de outra coisa?". Folded. */
const declaredPivot: PerLanguage = {
  en: /\b(i'?d rather (talk|tell|focus)|(talk|tell you) about something else|let me tell you instead|instead,? (let me|i'?ll))\b/,
  // With the pronoun joined on, as people say it: "prefiero hablarte de", "prefiro te contar".
  es: /\b(prefiero (contar|hablar)(te|le|les)?|(hablar|contar)(te|le|les)? de otra cosa|en vez de eso|mejor (le|te) cuento)\b/,
  pt: /\b(prefiro (te |lhe )?(contar|falar)|(falar|contar) (de|sobre) outra coisa|em vez disso)\b/,
};

/**
 * Not having the experience asked about, said first ("I don't really have conflicts", "conflictos
 * como tal no he tenido", "conflito assim eu não tenho não", "never had one"), then a turn to
 * something else ("but something I'm proud of…", "así que…", "mas o que eu posso falar…"). Folded.
 */
const deniedExperience: PerLanguage = {
  en: /\b(i (don'?t|do not|never) (really |actually |usually |honestly )?(have|had|get|got|run into|deal with|lose|make)|i'?ve never (really )?(had|lost|made|been in)|i haven'?t (really )?(had|lost|made|been in)|never (really )?(had|happened to me))\b/,
  es: /\b(no (he tenido|tengo|tuve|me ha pasado|me paso|he vivido|suelo tener)|nunca (he tenido|tuve|me ha pasado|me paso))\b/,
  pt: /\b(nao (tenho|tive|me aconteceu|aconteceu|passei)|nunca (tive|aconteceu|me aconteceu|passei))\b/,
};
/** The turn after it, to another story. Folded. */
const turnAway: PerLanguage = {
  en: /\b(but|so|instead|anyway|though)\b/,
  es: /\b(pero|asi que|en cambio|igual|mejor)\b/,
  pt: /\b(mas|entao|so que|agora)\b/,
};
/** "The closest I've had", "lo más parecido": the asked experience answered with the nearest one, which is an answer. Folded. */
const nearestCase: PerLanguage = {
  en: /\b(closest|nearest|similar|something like (it|that)|the same kind)\b/,
  es: /\b(lo mas parecido|algo parecido|parecido|similar|lo mas cercano)\b/,
  pt: /\b(o mais parecido|algo parecido|parecido|similar|o mais proximo)\b/,
};
/** Words a denial or a record claimed must come within: it opens the answer (told at its end, it is a result). */
const OPENING_WORDS = 30;
const opening = (folded: string) => folded.split(/\s+/).slice(0, OPENING_WORDS).join(' ');

/**
 * The experience asked for denied at the start, then a turn to a story that touches none of the
 * question's topic, nor, where a difficulty was asked for, tells one ("never had a big conflict,
 * but there was a disagreement with my supervisor…" answers).
 */
function deniedThenElsewhere(folded: string, focus: string[], asksTrouble: boolean, language: TextLanguage): boolean {
  const denial = deniedExperience[language].exec(opening(folded));
  if (!denial) return false;
  const after = folded.slice(denial.index + denial[0].length);
  const turn = turnAway[language].exec(after);
  if (!turn || nearestCase[language].test(after)) return false;
  const told = after.slice(turn.index + turn[0].length);
  if (asksTrouble && tellsTrouble(withoutSuccesses(told, language), language)) return false;
  const rest = new Set(contentStems(told, language));
  return !focus.some((stem) => [...rest].some((own) => sameWord(stem, own)));
}

const concession: PerLanguage = {
  en: /\b(every(one|body)|all of us|ups and downs|it happens)\b[^.?!]{0,60}\b(but|though)\b|\bbut (what|the one|the thing)\b/,
  es: /\b(todos|todo el mundo|como todos|obvio|pasa)\b[^.?!]{0,60}\bpero\b|\bpero (la|lo|el) que\b/,
  pt: /\b(todo mundo|todos|acontece|claro)\b[^.?!]{0,60}\bmas\b|\bmas (o|a) que\b/,
};

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

/**
 * A question that asks for an episode ("tell me about a time…", "cuéntame de una vez…", "me conta de um
 * problema…"), whose trouble the answer must tell; "how do you handle…" and "what would you do if…" set
 * the trouble themselves, and an answer of what one does need not say it again. Folded.
 */
const asksEpisode: PerLanguage = {
  en: /\b(a time|an? (occasion|situation|example|case)|tell me about|talk me through|walk me through|describe an?|share an?|have you ever)\b/,
  es: /\b(una vez|alguna vez|cuentame|cuenteme|contame|cuentanos|hablame|hableme|un caso|una situacion|un ejemplo)\b/,
  pt: /\b(uma vez|alguma vez|me conta|me conte|conta de|conta uma|conta um|me fala de|me fale de|um caso|uma situacao|um exemplo)\b/,
};

/**
 * The opening "tell me about yourself": one's background in any form answers it (studies, a record,
 * a career path, the scope of one's job), so no story told to it is another story. Folded.
 */
const introduction: PerLanguage = {
  en: /\b(about yourself|introduce yourself|your background|walk me through your (resume|cv|career|background))\b/,
  es: /\b(sobre ti|de ti mism[oa]|presentate|presentarte|tu trayectoria)\b/,
  pt: /\b(sobre voce|se apresente|se apresentar|sua trajetoria)\b/,
};

export interface QuestionFit {
  /** The question's own topic stems, its frame taken away. */
  focus: string[];
  /** The share of those the answer touches (1 when the question has none). */
  touched: number;
  /** The question asks about a difficulty: a problem, a loss, a conflict, a mistake. */
  asksTrouble: boolean;
  /** The answer tells of a difficulty. */
  toldTrouble: boolean;
  /** The answer is framed as one's proudest work or best win. */
  pivot: boolean;
  /** All together: the answer tells another story than the one asked. */
  otherStory: boolean;
}

/** Two stems of one word: the same, or one the start of the other past five letters ("disrupt", "disruption"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/** The question's topic stems: its content words without the interview frame and words with no topic. */
export function questionFocus(question: string, language: TextLanguage): string[] {
  const stems = contentStems(question, language).filter((stem) => !frameStems[language].has(stem) && !genericStems[language].has(stem));
  return [...new Set(stems)];
}

/** How the answer meets its question: the question's topic touched, the difficulty asked for told, no pivot. Pure. */
export function questionFit(question: string, answer: string, language: TextLanguage): QuestionFit {
  const focus = questionFocus(question, language);
  const answerStems = new Set(contentStems(answer, language));
  const hits = focus.filter((stem) => [...answerStems].some((own) => sameWord(stem, own))).length;
  const touched = focus.length === 0 ? 1 : hits / focus.length;
  const foldedQuestion = foldText(question).replace(/[’']/g, "'");
  const foldedAnswer = foldText(answer).replace(/[’']/g, "'");
  const asksTrouble = trouble[language].test(foldedQuestion);
  // A trouble told, not a success measured: "the backlog was under 100" tells none, "a forklift nearly tipped" does.
  // A record claimed ("I don't lose a lot", "nunca tomei uma multa") denies the trouble its words name.
  const toldTrouble = tellsTrouble(
    withoutSuccesses(foldedAnswer, language).replace(new RegExp(recordClaim[language].source, 'g'), ' '),
    language,
  );
  const pride = prideFraming[language].test(foldedAnswer);
  // Asked for one's strengths or pride, "my strong suit is…" answers it.
  const praiseAsked = asksRecognition[language].test(foldedQuestion);
  const pivot = pride || otherFraming[language].test(foldedAnswer);
  const conceded = concession[language].test(foldedAnswer);
  // Studies, a record, a reward, a career path or one's job's scope told where the question asked for none of them.
  // A target missed or a promotion lost is the trouble asked for, told: no record or reward told instead.
  const troubleTold = asksTrouble && toldTrouble;
  const backgroundAsked = asksBackground[language].test(foldedQuestion);
  const resumeKinds = [
    ownCredential[language].test(foldedAnswer) && !credentialWords[language].test(foldedQuestion),
    ownRecord[language].test(foldedAnswer) && !recordWords[language].test(foldedQuestion) && !troubleTold,
    recognitionTalk[language].test(foldedAnswer) && !praiseAsked && !troubleTold,
    careerTalk[language].test(foldedAnswer) && !backgroundAsked,
    tenureTalk[language].test(foldedAnswer) && !backgroundAsked && !troubleTold,
    // An unbroken record denies the trouble its own words name ("never had an incident"): no trouble told by it.
    claimsRecord(foldedAnswer, language) && !backgroundAsked,
    scopeTalk[language].test(foldedAnswer) && !asksLeading[language].test(foldedQuestion),
  ].filter(Boolean).length;
  const elsewhere = resumeKinds > 0;
  // Two kinds of résumé at once (studies and years, a record and an award) is a résumé recited: enough on its own.
  const recited = resumeKinds >= 2;
  // No one piece of evidence is enough: a good story may use none of the question's words, or tell its trouble in other words.
  const missed = hits === 0 && focus.length > 0;
  // A declared pivot is enough on its own; one's proudest work is, where the question's topic is missing or conceded in passing.
  const declared = declaredPivot[language].test(foldedAnswer) || deniedThenElsewhere(foldedAnswer, focus, asksTrouble, language);
  const evidence =
    Number(missed) +
    Number(asksTrouble && !toldTrouble && asksEpisode[language].test(foldedQuestion)) +
    Number(elsewhere) +
    Number(recited) +
    2 * Number(declared || (!praiseAsked && (pride || (pivot && (missed || conceded)))));
  const otherStory = evidence >= 2 && !introduction[language].test(foldedQuestion);
  return { focus, touched, asksTrouble, toldTrouble, pivot: pivot || declared, otherStory };
}
