import type { Language } from '@voxly/config';
import { contentStems, dontKnow, leisureStems, ownActions, textLanguageOf } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';

/**
 * What a candidate's turn does in the conversation, read before any reply: the interviewer
 * reacts to the act (repeat the question, rephrase it, answer about the role, move on after
 * "I don't know", close after a goodbye), and only an `answer` is listened to as an answer.
 *
 * Precision first: each act but `answer` needs a clear cue, and a long turn is an answer
 * whatever cue it carries ("sorry, what I did was…" is not an apology). When unsure, the
 * turn is an answer and the interviewer moves on neutrally.
 */
export type DialogAct =
  'empty' | 'repeat_request' | 'clarification_request' | 'role_question' | 'off_topic' | 'dont_know' | 'thanks_closing' | 'answer';

/** What a question about the role asks about, so it is answered only from a sentence on the same topic. */
export type RoleTopic =
  | 'pay'
  | 'place'
  | 'schedule'
  | 'team'
  | 'start'
  | 'benefits'
  | 'contract'
  | 'travel'
  | 'growth'
  | 'tools'
  | 'process'
  | 'duties'
  | 'company';

export interface DialogActReading {
  act: DialogAct;
  words: number;
  /** For a `role_question`: what it asks about (none when that is not clear). */
  topics?: RoleTopic[];
}

type Cues = Record<TextLanguage, RegExp>;

/** Asking to hear the question again, folded: "could you repeat", "¿me lo repites?", "pode repetir?". */
const repeatCues: Cues = {
  en: /\b(repeat|say (that|it|again)|said again|one more time|come again|pardon|didn'?t (quite )?(catch|hear)|didn'?t get (that|it|the question|you)|did not (quite )?(catch|hear)|missed (that|the question|it|what you said)|(cut|broke) (out|up)|you froze|lost you|can'?t hear|couldn'?t hear|hear you|ask (it|that|the question) again|the question again|run that by me|what was the (question|last part|second part|first part)|(breaking|broke|cutting) (up|out)|go over (it|that) again|speak up|louder|choppy|audio|froze|frozen|lagg?ing|(whole thing|all of (it|that)|everything) again|(the )?(sound|audio|voice) (dropped|went)|a what)\b/,
  es: /\b(repet\w*|repit\w*|otra vez|de nuevo|no (te |le |lo )?(escuche|oi|entendi bien lo que dijiste)|no se escucho|se (corto|escucho mal|te corto|trabo)|no te oigo|no le oigo|me lo (dices|dice) (otra vez|de nuevo)|perdon,? no|cual era la pregunta|que (dijiste|dijo)|entrecortad\w*|se congelo|congelad\w*|no se oye|mas fuerte|el audio|como (dijo|dijiste|dice)|(escucho|escuche|oye|oyo) cortad\w*|(un|una|el|la|de) que\?)/,
  pt: /\b(repet\w*|de novo|outra vez|mais uma vez|nao (te |lhe )?(ouvi|escutei|entendi o que (voce|vc) (disse|falou))|(cortou|travou|falhou)|nao deu pra ouvir|nao consegui ouvir|qual era a pergunta|o que (voce|vc) (disse|falou)|ta cortando|cortando|mais alto|o audio|nao escutei|nao peguei|como e que e|(a voz|o audio|o som) sumiu|(um|uma|o|a|de) que\?)/,
};

/** A whole turn that only asks "what?": "Sorry?", "¿Cómo?", "Oi?", "Hã?". */
const bareRepeat =
  /^((sorry|pardon|what|huh|hmm|hm|mm|eh|excuse me|come again|como|perdon|perdona|que|mande|disculpa|oi|ha|hein|hem|o que|que|como e|desculpa|perdao)[?!.,]*\s*){1,3}$/;

/** Asking what the question means or how wide it is: "what do you mean?", "¿a qué te refieres?", "como assim?". */
const clarifyCues: Cues = {
  en: /\b(what do you mean|what does (that|it|this) mean|do you mean|you mean|meaning what|what are you (asking|looking for)|not sure what you('re| are) (asking|looking for)|not sure i (understand|follow|get)|(don'?t|do not) know what you mean|don'?t (understand|follow|get) (the|your|what)|(rephrase|reword|clarify|elaborate on the question)|in what sense|like what|what kind of (example|situation|answer|thing)|which (one|project|job|kind)|does it (have|need) to be|can (it|i) (be|use|talk about)|should i (talk|answer|focus)|is it (ok|okay|fine|alright) if|from (work|school|university|college) or|are you asking|as in|in terms of|which part|how far back|more specific|an example of what|does (it|that) count|getting at|what exactly|current (job|role) or|(wasn'?t|not|i'?m not) (quite )?sure what you mean\w*|do you want (a|an|me to|like))\b/,
  es: /\b(que (quieres|quiere|quieren) decir|a que te refieres|a que se refiere|te refieres|se refiere a|no (entiendo|entendi|comprendo) (la|tu|su|bien la|bien tu|que)|(puedes|puede|podrias|podria) (reformular|explicar|aclarar)|reformul\w+|en que sentido|no se (a )?que (quieres|quiere) decir|que tipo de (ejemplo|situacion|respuesta)|tiene que ser|puede ser (de|del|algo)|puedo (hablar|usar|contar)|(esta bien|vale) si|me (centro|enfoco) en|un ejemplo de lo que|no capto|a que va|cualquier (proyecto|trabajo|ejemplo)|actual o|mas especifico|dices|dice usted)\b/,
  pt: /\b(o que (voce|vc) quer dizer|como assim|quer dizer o que|(voce|vc) (se refere|fala de|ta falando de)|se refere a|nao (entendi|compreendi|sei se entendi) (a|sua|bem a|bem|o que)|(pode|poderia) (reformular|explicar melhor|esclarecer)|reformul\w+|em que sentido|tipo o que|nao sei o que (voce|vc) quer dizer|que tipo de (exemplo|situacao|resposta)|tem que ser|pode ser (de|da|do|algo)|posso (falar|usar|contar)|tudo bem se|pode ser sobre|nao captei|qualquer (projeto|trabalho|exemplo)|atual ou|mais especifico|dar um exemplo|em qual sentido|(voce|vc) quer dizer|quer dizer)\b/,
};

/** Thanks, goodbye, "that's all": a turn that closes rather than answers. */
const closingCues: Cues = {
  en: /\b(thanks?|thank you|cheers|bye|goodbye|see you|that'?s (all|it)( from me)?|nothing else|no (more )?questions|have a (good|nice|great) (day|one|weekend)|appreciate (it|your time)|having me|a pleasure|nice (talking|meeting|chatting)|for your time|take care)\b/,
  es: /\b(gracias|muchas gracias|chao|chau|adios|hasta (luego|pronto|la proxima)|nos vemos|eso es todo|nada mas|ninguna (otra )?pregunta|no tengo (mas )?preguntas|que tengas (un )?buen dia|un placer|un gusto|por (su|tu) tiempo|la oportunidad|eso seria todo|saludos|cuidate)\b/,
  pt: /\b(obrigad[oa]|valeu|brigad[oa]|tchau|ate (mais|logo|a proxima)|e (isso|so isso)|so isso|nada mais|nenhuma (outra )?pergunta|nao tenho (mais )?perguntas|bom dia pra voce|um abraco|um prazer|pela oportunidade|pelo (seu )?tempo|se cuida|tamo junto)\b/,
};

/** Colloquial "I don't know" beyond the shared pattern: "I dunno", "pass", "paso", "sei lá". */
const notKnowingCues: Cues = {
  en: /\b(dunno|no clue|not a clue|haven'?t (got )?a clue|pass|skip (this|that|it)|next question|nothing comes to mind|drawing a blank|can'?t think of (one|any|anything)|never (done|did) (that|this|anything like)|no experience (with|in) (that|this)|rather not (get into|answer|talk|say|go into)|(don'?t|do not) (really )?remember (any|one|anything|a time))\b/,
  es: /\b(ni idea|paso|no sabria|no tengo (ni )?idea|no se me ocurre (nada|ninguno|ninguna)|me quede en blanco|siguiente pregunta|nunca (lo )?he hecho|no tengo experiencia (en|con) eso|ni \w+ idea|prefiero no (hablar|responder|contestar|decir|entrar))\b/,
  pt: /\b(sei la|passo|nao saberia|nao faco (a menor )?ideia|nao me vem nada|deu branco|proxima pergunta|nunca fiz (isso|nada)|nao tenho experiencia (com|nisso)|prefiro nao (responder|falar|comentar|entrar))\b/,
};

/** Words that open a question, folded. */
const questionOpeners =
  /^(what|how|why|when|where|who|which|is|are|do|does|did|can|could|will|would|may|should|que|como|cual|cuales|cuando|donde|quien|cuanto|cuantos|por que|puedo|hay|habra|es|son|se|o que|qual|quais|quando|onde|quem|quanto|quantos|posso|tem|existe|vai|vou|e|sao)\b/;

/** What a role question asks about, folded. Every topic's words, any interview language. */
const roleTopics: Record<RoleTopic, RegExp> = {
  pay: /\b(salar\w*|pay|paid|compensation|wage|bonus|equity|stock|sueldo|remuneracion|pago|paga|salario|remuneracao|bonus|plr|clt|pj)\b/,
  place:
    /\b(remote|remotely|hybrid|on-?site|office|offices|relocat\w*|location|located|based|city|remoto|remota|hibrido|presencial|oficina|oficinas|ubicacion|ubicad\w+|ciudad|sede|reubic\w+|remoto|escritorio|cidade|localizacao|mudanca|home office)\b/,
  schedule:
    /\b(hours|schedule|shifts?|weekends?|overtime|on-?call|part-?time|full-?time|horario|horarios|turno|turnos|fines de semana|guardia|guardias|horas extra|jornada|escala|plantao|plantoes|fim de semana|sobreaviso)\b/,
  team: /\b(team|teams|manager|report to|colleagues|equipo|jefe|jefa|companeros|reportar\w*|equipe|time|gestor|gestora|colegas|lider)\b/,
  start: /\b(start date|start|when would|begin|empezar|comenzar|incorpora\w+|inicio|comecar|inicio|quando (eu )?comec\w+)\b/,
  benefits:
    /\b(benefits?|insurance|vacation|holidays?|perks|health plan|beneficios|seguro|vacaciones|prestaciones|beneficios|plano de saude|vale|ferias)\b/,
  contract: /\b(contract|permanent|temporary|freelance|contractor|contrato|indefinido|temporal|permanente|efetivo|temporario)\b/,
  travel: /\b(travel|travelling|traveling|trips?|viaj\w+|viagens?)\b/,
  growth:
    /\b(training|career|growth|grow|promotion|learn|crecer|crescer|mentor\w*|capacitacion|formacion|carrera|crecimiento|ascenso|treinamento|capacitacao|carreira|crescimento|promocao)\b/,
  tools:
    /\b(tools?|stack|use|uses|using|databases?|cloud|platforms?|usan|usa|utiliza\w*|bases? de datos|bancos? de dados|nuvem|plataformas?|software|technolog\w+|languages?|frameworks?|equipment|herramientas?|tecnologi\w+|lenguajes?|equipos?|ferramentas?|tecnologi\w+|linguagens?|equipamentos?|sistemas?)\b/,
  process:
    /\b(next steps?|process|interviews?|hiring|decision|hear back|proximos pasos|proceso|entrevistas?|seleccion|respuesta|proximos passos|processo|selecao|retorno)\b/,
  duties:
    /\b(day to day|typical day|day-to-day|success look|first (30|60|90|thirty|sixty|ninety) days|the role|this role|the position|el puesto|este puesto|la vacante|a vaga|esta vaga|o cargo|responsibilit\w+|duties|expect\w*|dia a dia|tipico|responsabilidad\w*|funciones|se espera|dia a dia|responsabilidades|atribuicoes|rotina|esperam)\b/,
  company:
    /\b(company|companys|business|clients|customers|products?|mission|culture|empresa|negocio|clientes|productos?|cultura|mision|empresa|negocio|produtos?|missao)\b/,
};

/** A question about the interviewer or the meeting, not the role: "is this recorded?", "¿eso es Cartagena?", "você é de onde?". Folded. */
const aboutTheMeeting =
  /\b(recorded|recording|behind you|your (kitchen|background|room|accent|dog|cat|house|place|setup|shirt|voice|weekend)|where are you (from|based|calling from)|are you (a bot|an ai|a robot|real|human)|do you (like (it|your|working)|live (here|there|in)|work from home)|how long have you (been|worked)|grab(ar|ando|ado|a|as|aste)|grabacion|tu fondo|su fondo|detras de (ti|usted)|atras|de donde (eres|es usted|sos)|eres de|sos de|te gusta|le gusta|(usted|vos|tu) (tambien )?trabaj\w+|hace mucho que trabaj\w+|tu acento|su acento|eres (un bot|un robot|real)|gravad[oa]|gravando|gravacao|de onde (voce|vc) e|(voce|vc) e de onde|sotaque|seu fundo|atras de (voce|vc)|(voce|vc) (tambem )?trabalha|(voce|vc) gosta|(voce|vc) e (um robo|um bot|real))\b/;

/** Words that open a question in English even when a recogniser drops the question mark. Folded. */
const spokenQuestionOpeners =
  /^(what'?s|what is|what are|is (there|it|this|that)|are (there|you|we)|would (this|it|i|there)|will (this|it|i|there)|do (you|i|we|they)|does (it|this|the)|can (i|we|you)|could (i|we|you)|how (many|much|long|often|big|soon)|when (would|will|do|does|is)|where (is|would|will))\b/;

/** What follows a question to say why it is asked: "…? because…", "…? es que…". Folded. */
const reasonOpeners = /^(because|cause|'cause|cuz|since|porque|es que|pois|e que|e porque)\b/;

/** Role topics whose words small talk also uses ("team", "company", "tools"). */
const weakRoleTopics: ReadonlySet<RoleTopic> = new Set(['team', 'company', 'tools']);

/** Two options offered in one question: "X or Y", "X o Y", "X ou Y". Folded. */
const alternatives = /\S \b(or|o|ou)\b \S/;

/** Words about the interview itself rather than the role: "can I answer with…" is about the question. */
const aboutTheQuestion =
  /\b(the question|your question|la pregunta|tu pregunta|su pregunta|a pergunta|sua pergunta|answer with|responder con|responder com|an example|un ejemplo|um exemplo)\b/;

/** The topics a question about the role (or a sentence of the posting) is about. */
export function roleTopicsOf(folded: string): RoleTopic[] {
  return (Object.keys(roleTopics) as RoleTopic[]).filter((topic) => roleTopics[topic].test(folded));
}

/**
 * Whether the turn is put as a question: a question mark at its end, a question opener on its
 * last sentence, a first sentence that asks followed only by a short reason ("¿cierres mensuales
 * o anuales? porque anuales hice pocos"), or an English question opener whose mark the
 * recogniser dropped ("what's the salary range on this one").
 */
function isQuestion(folded: string): boolean {
  const sentences = folded.split(/(?<=[.!?])\s+/);
  const lastSentence = (sentences.at(-1) ?? folded).replace(/^[¿¡\s]+/, '');
  if (/\?\s*$/.test(folded) || (/^[¿]/.test(lastSentence) && questionOpeners.test(lastSentence.slice(1)))) return true;
  const askedFirst = sentences.findIndex((sentence) => /\?$/.test(sentence.trim()));
  if (askedFirst >= 0) {
    const rest = sentences
      .slice(askedFirst + 1)
      .join(' ')
      .trim();
    const restWords = tokenize(rest).length;
    // What follows is only a reason for asking, not an answer: "you mean the outage? yeah so I restarted…" answers.
    if ((restWords <= 5 && ownActions(rest, 'en').length === 0) || (restWords <= 20 && reasonOpeners.test(rest))) return true;
  }
  return (
    spokenQuestionOpeners.test(folded.replace(/^(so|and|ok|okay|um|uh|like|also|oh|wait|hey),?\s+/, '')) && tokenize(folded).length <= 25
  );
}

/** Whether a turn touches life outside work (sport, food, weather…): small talk, not a question about the interview. */
function leisureSaid(folded: string, language: TextLanguage): boolean {
  return contentStems(folded, language).some((stem) => leisureStems[language].has(stem));
}

/** Whether a turn says something about work: "thanks, I led the audit" is an answer that opens with thanks. */
function workSaid(folded: string, language: TextLanguage): boolean {
  return ownActions(folded, language).length > 0;
}

/** Any cue of any language: candidates switch, and "sorry, can you repeat?" in English is clear in any interview. */
function cued(cues: Cues, folded: string, language: TextLanguage): boolean {
  return cues[language].test(folded) || (language !== 'en' && cues.en.test(folded));
}

/** The turn with a cue's words removed, as content words: what is left besides the cue. */
function restAfter(cues: Cues, folded: string, language: TextLanguage): number {
  const stripped = folded.replace(new RegExp(cues[language].source, 'g'), ' ').replace(new RegExp(cues.en.source, 'g'), ' ');
  return tokenize(stripped).filter((token) => token.length > 3).length;
}

/**
 * The act of a candidate's turn. `language` is the interview's; the reading works on the
 * folded text (lower case, no accents), so a speech recogniser's missing punctuation or
 * accents do not change it — except that a question mark helps tell a question back.
 */
export function readDialogAct(utterance: string, language: Language): DialogActReading {
  const folded = foldText(utterance).replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
  const words = tokenize(folded).length;
  if (words === 0) return { act: 'empty', words };
  const lang = textLanguageOf[language];
  if (bareRepeat.test(folded.replace(/^[¿¡]/, ''))) return { act: 'repeat_request', words };
  // Requests about the question are short: a long turn that starts "sorry, I didn't catch it, but…" goes on to answer.
  if (words <= 18 && cued(repeatCues, folded, lang) && restAfter(repeatCues, folded, lang) <= (isQuestion(folded) ? 8 : 6))
    return { act: 'repeat_request', words };
  // "Sorry, what? My kid just walked in": a bare "what?" opening a short turn.
  const firstSentence = folded.split(/(?<=[.!?])\s+/)[0] ?? '';
  if (words <= 12 && firstSentence !== folded && bareRepeat.test(firstSentence.replace(/^[¿¡]/, '')))
    return { act: 'repeat_request', words };
  // "I don't know what you mean" asks for the question in other words: clarification is read first.
  // A cue in the opening words of a turn with no question mark allows a longer turn: "like X or can it be anything, cause I did…".
  const opening = tokenize(folded).slice(0, 12).join(' ');
  if ((words <= 25 && cued(clarifyCues, folded, lang)) || (words <= 35 && !folded.includes('?') && cued(clarifyCues, opening, lang)))
    return { act: 'clarification_request', words };
  if (words <= 16 && (dontKnow.test(folded) || cued(notKnowingCues, folded, lang)) && !isQuestion(folded))
    return { act: 'dont_know', words };
  if (isQuestion(folded) && words <= 40) {
    if (words <= 30 && aboutTheMeeting.test(folded)) return { act: 'off_topic', words };
    const topics = aboutTheQuestion.test(folded) ? [] : roleTopicsOf(folded);
    // "Você torce pra algum time?": a team or a company in small talk is not the role's.
    if (leisureSaid(folded, lang) && topics.every((topic) => weakRoleTopics.has(topic))) return { act: 'off_topic', words };
    if (topics.length > 0) return { act: 'role_question', words, topics };
    // "Monthly or yearly closings?": a choice offered back about the question, not the role.
    if (words <= 30 && alternatives.test(folded)) return { act: 'clarification_request', words };
    // A short question back that is not about the role, nor small talk, is about the question: how to answer it.
    if (words <= 15 && !leisureSaid(folded, lang)) return { act: 'clarification_request', words };
  }
  if (words <= 20 && cued(closingCues, folded, lang) && restAfter(closingCues, folded, lang) <= 5 && !workSaid(folded, lang))
    return { act: 'thanks_closing', words };
  return { act: 'answer', words };
}
