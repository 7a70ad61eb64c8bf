import { contentStems, genericStems, numberWords, type PerLanguage } from '../answers/answer-vocabulary.ts';
import { stemWord } from '../field-detection/stem-word.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText } from '../fold-text.ts';
import { opening } from './answer-opening.ts';
import { asksPraise, resumeSigns, withoutRecordClaims } from './resume-told.ts';

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
  en: 'tell talk walk through describe give example examples recent recently last share situation experience approach handle handled handling explain take would could should what when which where who whom whose why how time times ever specific particular instance moment one ones about your yours you have had has happen happened keep keeps kept didn didnt get got make made put go going went repeat was were is are been role includes resume shows',
  es: 'cuentame cuenteme cuentenos cuenta contar dime digame hableme hablame habla describe describa describeme explica explicame explique da dame deme ejemplo ejemplos reciente reciente ultimo ultima situacion experiencia manejas maneja manejaste manejo haces hace hiciste hizo como que cual cuales cuando donde quien por alguna alguno vez veces momento caso concreto concreta especifico especifica usted tu tus su sus has haya hayas tuviste tuvo paso puso pusiste pusieron hacer dar pasar tocar toco fue fueron era eran eso esto repito puesto incluye curriculum muestra',
  pt: 'conta conte conti contar fala fale falar descreva descreve explica explique explicar da de exemplo exemplos recente ultimo ultima situacao experiencia lida lidar lidou lidava faz fez faria como que qual quais quando onde quem por alguma algum vez vezes momento caso concreto especifico voce sua seu suas seus teve tem tenha aconteceu nao pra para dar deu fazer ter conseguiu consegue foi foram era eram isso isto repito vaga inclui curriculo mostra',
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

/** Owning up to the question's subject in passing, then "but": "failed, sure, everyone has, but…". Folded. */
const concession: PerLanguage = {
  en: /\b(every(one|body)|all of us|ups and downs|it happens)\b[^.?!]{0,60}\b(but|though)\b|\bbut (what|the one|the thing)\b/,
  es: /\b(todos|todo el mundo|como todos|obvio|pasa)\b[^.?!]{0,60}\bpero\b|\bpero (la|lo|el) que\b/,
  pt: /\b(todo mundo|todos|acontece|claro)\b[^.?!]{0,60}\bmas\b|\bmas (o|a) que\b/,
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
  const toldTrouble = tellsTrouble(withoutRecordClaims(withoutSuccesses(foldedAnswer, language), language), language);
  const pride = prideFraming[language].test(foldedAnswer);
  // Asked for one's strengths or pride, "my strong suit is…" answers it.
  const praiseAsked = asksPraise(foldedQuestion, language);
  const pivot = pride || otherFraming[language].test(foldedAnswer);
  const conceded = concession[language].test(foldedAnswer);
  // Studies, a record, a reward, a career path or one's job's scope told where the question asked for none of them.
  // A target missed or a promotion lost is the trouble asked for, told: no record or reward told instead.
  const troubleTold = asksTrouble && toldTrouble;
  const resumeKinds = resumeSigns(foldedQuestion, foldedAnswer, language, { troubleTold, praiseAsked });
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
