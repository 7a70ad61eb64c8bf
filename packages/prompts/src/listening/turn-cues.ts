import { contentStems, leisureStemsIn, ownActions } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { globalPattern } from './global-pattern.ts';

/**
 * The cues a candidate's turn carries, on folded text (lower case, no accents): asking to hear
 * the question again, asking what it means, not knowing, closing, asking about the meeting, and
 * whether the turn is put as a question. Read by the dialog act's rules and, as features, by
 * the trained turn reader. Pure.
 */

export type Cues = Record<TextLanguage, RegExp>;

/** Asking to hear the question again, folded: "could you repeat", "¿me lo repites?", "pode repetir?". */
export const repeatCues: Cues = {
  en: /\b(repeat|say (that|it|again)|said again|one more time|once more|come again|pardon|didn'?t (quite )?(catch|hear)|didn'?t get (that|it|the question|you)|did not (quite )?(catch|hear)|missed (that|the question|it|what you said)|(cut|broke) (out|up)|you froze|lost you|can'?t hear|couldn'?t hear|hear you|ask (it|that|the question) again|the question again|run that by me|what was the (question|last part|second part|first part)|(breaking|broke|cutting) (up|out)|go over (it|that) again|speak up|louder|choppy|audio|froze|frozen|lagg?ing|(whole thing|all of (it|that)|everything) again|(the )?(sound|audio|voice) (dropped|went)|a what|(can|could) you (please )?(speak|talk|say it|go) (a (bit|little) )?(more )?slow\w*|forgot (the|what the|your) question|forgot what you (asked|said))\b/,
  es: /\b(repet\w*|repit\w*|otra vez|una vez mas|de nuevo|no (te |le |lo )?(escuche|oi|entendi bien lo que dijiste)|no se escucho|se (corto|escucho mal|te corto|trabo)|no te oigo|no le oigo|me lo (dices|dice) (otra vez|de nuevo)|perdon,? no|(cual|como) era la pregunta|que (dijiste|dijo)|entrecortad\w*|se congelo|congelad\w*|no se oye|mas fuerte|el audio|como (dijo|dijiste|dice)|(escucho|escuche|oye|oyo) cortad\w*|(un|una|el|la|de) que\?|(puede|podria|puedes|podrias) hablar (un poco )?(mas )?(despacio|lento)|hable (un poco )?mas despacio|(no me acuerdo|no recuerdo|se me olvido|olvide) (de )?(la pregunta|(que|lo que) me (pregunt\w*|dij\w*)))/,
  pt: /\b(repet\w*|de novo|outra vez|mais uma vez|nao (te |lhe )?(ouvi|escutei|entendi o que (voce|vc) (disse|falou))|(cortou|travou|falhou)|nao deu pra ouvir|nao consegui ouvir|(qual|como) era a pergunta|o que (voce|vc) (disse|falou)|ta cortando|cortando|mais alto|o audio|nao escutei|nao peguei|como e que e|(a voz|o audio|o som) sumiu|(um|uma|o|a|de) que\?|(fala|fale|falar) (um pouco )?(mais )?(devagar|devagarinho)|esqueci (a pergunta|o que (voce|vc|o senhor|a senhora) (perguntou|falou|disse)))/,
};

/** A whole turn that only asks "what?": "Sorry?", "¿Cómo?", "Oi?", "Hã?". */
export const bareRepeat =
  /^((sorry|pardon|what|huh|hmm|hm|mm|eh|excuse me|come again|como|perdon|perdona|que|mande|disculpa|oi|ha|hein|hem|o que|que|como e|desculpa|perdao)[?!.,]*\s*){1,3}$/;

/** Asking what the question means or how wide it is: "what do you mean?", "¿a qué te refieres?", "como assim?". */
export const clarifyCues: Cues = {
  en: /\b(what do you mean|what does (that|it|this) mean|do you mean|you mean|meaning what|what are you (asking|looking for)|not sure what you('re| are) (asking|looking for)|not sure i (understand|follow|get)|(don'?t|do not) know what you mean|don'?t (understand|follow|get) (the|your|what)|(rephrase|reword|clarify|elaborate on the question)|in what sense|like what|what kind of (example|situation|answer|thing)|which (one|project|job|kind)|does it (have|need) to be|can (it|i) (be|use|talk about)|should i (talk|answer|focus)|is it (ok|okay|fine|alright) if|from (work|school|university|college) or|are you asking|as in|in terms of|which part|how far back|more specific|an example of what|does (it|that) count|getting at|what exactly|current (job|role) or|(wasn'?t|not|i'?m not) (quite )?sure what you mean\w*|do you want (a|an|me to|like))\b/,
  es: /\b(que (quieres|quiere|quieren) decir|a que te refieres|a que se refiere|te refieres|se refiere a|no (entiendo|entendi|comprendo) (la|tu|su|bien la|bien tu|que)|(puedes|puede|podrias|podria) (reformular|explicar|aclarar)|reformul\w+|en que sentido|no se (a )?que (quieres|quiere) decir|que tipo de (ejemplo|situacion|respuesta)|tiene que ser|puede ser (de|del|algo)|puedo (hablar|usar|contar)|(esta bien|vale) si|me (centro|enfoco) en|un ejemplo de lo que|no capto|a que va|cualquier (proyecto|trabajo|ejemplo)|actual o|mas especifico|dices|dice usted)\b/,
  pt: /\b(o que (voce|vc) quer dizer|como assim|quer dizer o que|(voce|vc) (se refere|fala de|ta falando de)|se refere a|nao (entendi|compreendi|sei se entendi) (a|sua|bem a|bem|o que)|(pode|poderia) (reformular|explicar melhor|esclarecer)|reformul\w+|em que sentido|tipo o que|nao sei o que (voce|vc) quer dizer|que tipo de (exemplo|situacao|resposta)|tem que ser|pode ser (de|da|do|algo)|posso (falar|usar|contar)|tudo bem se|pode ser sobre|nao captei|qualquer (projeto|trabalho|exemplo)|atual ou|mais especifico|dar um exemplo|em qual sentido|(voce|vc) quer dizer|quer dizer)\b/,
};

/** Asking what a word of the question means, with or without a "sorry": "fmla, what does that stand for?", "picking, no conozco esa palabra". Folded. */
export const termMeaningCues: Cues = {
  en: /\b(stand for|stands for|what does (that|this|it|the) (word|term|acronym|abbreviation)? ?(mean|stand)|(don'?t|do not) know (that|this|the) (word|term|acronym)|never heard (of )?(that|this|the) (word|term|acronym)|what('?s| is) that (word|term|acronym))\b/,
  es: /\b(que significa|que quiere decir (eso|esa palabra|ese termino)|no conozco (esa|la|ese|el) (palabra|termino|sigla)|no se que (es|significa) (eso|esa|ese)|que (son|es) (esas|esa|esos|ese) (siglas|sigla|palabra|termino))\b/,
  pt: /\b(o que significa|que significa|nao conheco (essa|a|esse|o) (palavra|termo|sigla)|nao sei o que (e|significa) (isso|essa|esse)|o que (e|quer dizer) (essa|esse) (palavra|termo|sigla))\b/,
};

/** Asking for the question in other words: "can you put that another way", "¿me lo dices de otra forma?", "fala de outro jeito". Folded. */
export const rephraseCues: Cues = {
  en: /\b(put|say|ask|phrase|word|explain) (that|it|this|the question)( \w+)? (in )?(a )?(different|another|other|simpler|easier|plainer|plain) (way|words|terms)\b/,
  es: /\b(decir|explicar|preguntar|plantear|poner|formular)(lo|la|melo|mela)? (de|en|con) (otr[ao]s? (forma|manera|palabras)|palabras mas (simples|sencillas))\b/,
  pt: /\b((falar|explicar|perguntar|dizer|colocar|formular)( isso)? (de|em|com) (outr[ao]s? (forma|maneira|jeito|palavras)|um jeito mais simples|palavras mais simples)|de outro jeito)\b/,
};

/** Thanks, goodbye, "that's all": a turn that closes rather than answers. */
export const closingCues: Cues = {
  en: /\b(thanks?|thank you|cheers|bye|goodbye|see you|that'?s (all|it)( from me)?|nothing else|no (more )?questions|have a (good|nice|great) (day|one|weekend)|appreciate (it|your time)|having me|a pleasure|nice (talking|meeting|chatting)|for your time|take care)\b/,
  es: /\b(gracias|muchas gracias|chao|chau|adios|hasta (luego|pronto|la proxima)|nos vemos|eso es todo|nada mas|ninguna (otra )?pregunta|no tengo (mas )?preguntas|que tengas (un )?buen dia|un placer|un gusto|por (su|tu) tiempo|la oportunidad|eso seria todo|saludos|cuidate)\b/,
  pt: /\b(obrigad[oa]|valeu|brigad[oa]|tchau|ate (mais|logo|a proxima)|e (isso|so isso)|so isso|nada mais|nenhuma (outra )?pergunta|nao tenho (mais )?perguntas|bom dia pra voce|um abraco|um prazer|pela oportunidade|pelo (seu )?tempo|se cuida|tamo junto)\b/,
};

/** Colloquial "I don't know" beyond the shared pattern: "I dunno", "pass", "paso", "sei lá". */
export const notKnowingCues: Cues = {
  en: /\b(dunno|no clue|not a clue|(you )?got me (there|on that)|you got me|i'?ve got nothing|i got nothing|(couldn'?t|can'?t) tell you|haven'?t (got )?a clue|pass|skip (this|that|it)|next question|nothing comes to mind|drawing a blank|can'?t think of (one|any|anything)|never (done|did) (that|this|anything like)|no experience (with|in) (that|this)|rather not (get into|answer|talk|say|go into)|(don'?t|do not) (really )?remember (any|one|anything|a time))\b/,
  es: /\b(ni idea|paso|no sabria|me (has|ha|habeis) pillado|me pillaste|me agarraste|(la )?siguiente|nunca (lo )?he (visto|oido)|no lo he (visto|oido) nunca|me la reservo|nunca (habia|he) oido|no tengo (ni )?idea|no se me ocurre (nada|ninguno|ninguna)|me quede en blanco|siguiente pregunta|nunca (lo )?he hecho|no tengo experiencia (en|con) eso|ni \w+ idea|prefiero no (hablar|responder|contestar|decir|entrar))\b/,
  pt: /\b(sei la|passo|nao saberia|(voce )?me pegou|(a )?proxima|nunca ouvi falar|pula essa|pular essa|nao faco (a menor )?ideia|nao me vem nada|deu branco|proxima pergunta|nunca fiz (isso|nada)|nao tenho experiencia (com|nisso)|prefiro nao (responder|falar|comentar|entrar))\b/,
};

/**
 * Nothing comes, said at length: "I feel like I should know it but no, it's gone", "le he estado
 * dando vueltas… en blanco total", "fiquei pensando e não vem nada na cabeça". Folded.
 */
export const blankMind: Cues = {
  en: /\b(my mind (went|is|'?s|just went) (completely |totally )?(blank|empty)|(went|going|gone) (completely |totally )?blank|(it'?s|it is|it'?s just) gone|(i )?(can'?t|cannot|couldn'?t) (really )?(say|think of|come up with) (anything|a thing|one)|nothing('?s| is)? coming|i'?m blanking|i blanked|(never|not) (really )?been in that situation|(i )?(can'?t|cannot) remember (anything|a single|one))\b/,
  es: /\b(en blanco|no me sale nada|no se me viene (nada|ninguna|ninguno)|no me (acuerdo|recuerdo) de nada|no se me ocurre (nada|ninguna|ninguno)|nunca me (ha|he) (pasado|tocado)|no tengo (ningun|ninguna) ejemplo)\b/,
  pt: /\b(deu (um )?branco|nao vem nada|nao me vem nada|nao lembro de nada|fiquei em branco|nunca (passei|me aconteceu) (por )?isso|nao tenho (nenhum )?exemplo|nao consigo pensar em nada)\b/,
};

/** Asking to leave the question: "can we skip this one", "¿podemos pasar a la siguiente?", "dá pra pular essa?". Folded. */
export const skipRequest =
  /\b(skip (this|that|it)( one)?|next question|pass on (this|that)|move on|(podemos|puedo|podriamos) (saltar|pasar|saltarnos)|saltar(nos)? (esta|esa)|pasemos a (la )?otra|(da pra|posso|podemos) pular|pular (essa|esta)|vamos pra proxima)\b/;

/**
 * Two readings of the question offered back, with or without a question mark: "if you want
 * the technical steps or more the communication side", "¿quieres que te explique lo que hace
 * o cómo lo construí?", "você quer saber como resolvi ou como evitei". Folded.
 */
export const whichReading: Cues = {
  en: /\b((do|if|whether) you want|you want me to|are you asking|you'?re asking|asking (about|for))\b.*\bor\b/,
  es: /\b((quieres|quiere|quieren) (que|saber)|me (estas|esta|estan) preguntando)\b.*\b(o|u)\b/,
  // Portuguese "o" is an article: only "ou" offers a choice.
  pt: /\b((voce|vc) quer (saber|que)|(voce|vc) (ta|esta) perguntando|se (voce|vc) quer)\b.*\bou\b/,
};

/**
 * A remark about the call itself or the room around it, not the job: talking to a computer,
 * "are you a real person", construction outside, the neighbour's drill, a car park. Folded.
 */
export const aboutTheCall =
  /\b(battery|charger|headphones|can you see me|power (went|is) out|so nervous|i'?m sweating|linkedin|se fue la luz|los datos del celular|mi bateria|el cargador|me (esta|estoy) (poniendo )?nervios[oa]|me (ves|ve)|(ta|esta) me vendo|bateria|carregador|acabou a luz|suando|nervos[oa]|this system|este sistema|esse sistema|a real person|a robot|robots?|a bot|an ai|to a computer|a machine|una maquina|un robot|una persona real|robos?|um robo|uma maquina|uma pessoa (de verdade|real)|construction|my window|next door|neighbou?rs?|drilling|leaf blower|car park|parking lot|la ventana|vecin[oa]s?|taladr\w+|estacionamiento|vizinh[oa]s?|furadeira|britadeira|quebrando a parede|estacionamento|no carro)\b/;

/** A fragment of the question echoed back with "what?": "the last bit of what", "¿el qué?", "experiência com o quê". Folded. */
export const echoedWhat = /^(\S+ ){0,4}(of |with |about |con |de |com |o )?(what|que|o que)\s*[?!.]*$/;

/** Words that open a question, folded. */
const questionOpeners =
  /^(what|how|why|when|where|who|which|is|are|do|does|did|can|could|will|would|may|should|que|como|cual|cuales|cuando|donde|quien|cuanto|cuantos|por que|puedo|hay|habra|es|son|se|o que|qual|quais|quando|onde|quem|quanto|quantos|posso|tem|existe|vai|vou|e|sao)\b/;

/** A question about the interviewer or the meeting, not the role: "is this recorded?", "¿eso es Cartagena?", "você é de onde?". Folded. */
export const aboutTheMeeting =
  /\b(recorded|recording|behind you|your (kitchen|background|room|accent|dog|cat|house|place|setup|shirt|voice|weekend)|where are you (from|based|calling from)|are you (a bot|an ai|a robot|real|human)|do you (like (it|your|working)|live (here|there|in)|work from home)|how long have you (been|worked)|grab(ar|ando|ado|a|as|aste)|grabacion|tu fondo|su fondo|detras de (ti|usted)|atras|de donde (eres|es usted|sos)|eres de|sos de|te gusta|le gusta|(usted|vos|tu) (tambien )?trabaj\w+|hace mucho que trabaj\w+|tu acento|su acento|eres (un bot|un robot|real)|gravad[oa]|gravando|gravacao|de onde (voce|vc) e|(voce|vc) e de onde|sotaque|seu fundo|atras de (voce|vc)|(voce|vc) (tambem )?trabalha|(voce|vc) gosta|(voce|vc) e (um robo|um bot|real))\b/;

/** Words that open a question in English even when a recogniser drops the question mark. Folded. */
const spokenQuestionOpeners =
  /^(what'?s|what is|what are|is (there|it|this|that)|are (there|you|we)|would (this|it|i|there)|will (this|it|i|there)|do (you|i|we|they)|does (it|this|the)|can (i|we|you)|could (i|we|you)|how (many|much|long|often|big|soon)|when (would|will|do|does|is)|where (is|would|will))\b/;

/** What follows a question to say why it is asked: "…? because…", "…? es que…". Folded. */
const reasonOpeners = /^(because|cause|'cause|cuz|since|porque|es que|pois|e que|e porque)\b/;

/** Two options offered in one question: "X or Y", "X o Y", "X ou Y". Folded. */
const alternatives = /\S \b(or|o|ou)\b \S/;

/** Words about the interview itself rather than the role: "can I answer with…" is about the question. */
export const aboutTheQuestion =
  /\b(the question|your question|la pregunta|tu pregunta|su pregunta|a pergunta|sua pergunta|answer with|responder con|responder com|an example|un ejemplo|um exemplo)\b/;

/**
 * Whether the turn is put as a question: a question mark at its end, a question opener on its
 * last sentence, a first sentence that asks followed only by a short reason ("¿cierres mensuales
 * o anuales? porque anuales hice pocos"), or an English question opener whose mark the
 * recogniser dropped ("what's the salary range on this one").
 */
/** A tag that asks for agreement after a statement: "…, right?", "…, ¿no?", "…, ¿verdad?", "…, né?". Folded. */
const tagQuestion = /,\s*¿?\s*(right|you know|yeah|no|verdad|cierto|sabes|ne|nao e|sabe|entende|ta)\s*\?/g;

/** "I …", "yo …", "eu …", "a gente …": the speaker telling what they did (folded, so accents cannot mark the verb). */
const firstPersonSaid = /\b(i|we|yo|nosotros|eu|nos|a gente)\s+\p{L}{2,}/u;

/**
 * A statement with a tag question is a statement: "eu liderei o time, né?" tells, it does not
 * ask. Only where what comes before the tag says something done (a question with a tag,
 * "is it about leadership, right?", is left a question).
 */
function withoutTagQuestions(folded: string, language: TextLanguage): string {
  return folded.replace(tagQuestion, (tag: string, _word: string, offset: number) => {
    const before =
      folded
        .slice(0, offset)
        .split(/[.!?]\s+/)
        .at(-1) ?? '';
    return ownActions(before, language).length > 0 || firstPersonSaid.test(before) ? '.' : tag;
  });
}

/**
 * A question asked without its form, as people ask politely: "I was wondering about the team",
 * "lo que quería saber era…", "não ficou muito claro pra mim como é…". Folded.
 */
const indirectQuestion =
  /\b(i was (just |kind of |sort of |also )?wondering|i'?m (just |kind of )?wondering|i'?d (like|love) to know|i wanted to (ask|know)|i want to know|(it'?s|it was|that'?s) not (really |very |super )?clear (to me )?(what|how|if|whether)|curious (about|if|whether|what|how)|(queria|quisiera|quiero|me gustaria|quería) (saber|preguntar)|no me (quedo|queda|quedó) (muy |del todo )?claro|tengo (una )?(curiosidad|duda)|(queria|gostaria de|quero) (saber|perguntar)|nao ficou (muito |bem )?claro|fiquei (com duvida|curios[oa])|tenho uma duvida)\b/;

/**
 * A question the recogniser wrote without its mark, by the words that open it, per language:
 * "is it rotating or fixed", "con quién trabajaría", "tem vale transporte". Spanish and
 * Portuguese openers leave out words that also join clauses ("cuando", "como", "quando").
 */
const unmarkedQuestionOpeners: Cues = {
  en: /^(what'?s|what is|what are|what (kind|sort|type)|which|is (there|it|this|that|the)|are (there|you|we|the)|would (this|it|i|there)|will (this|it|i|there)|do (you|i|we|they)|does (it|this|the)|can (i|we|you)|could (i|we|you)|how (many|much|long|often|big|soon)|when (would|will|do|does|is)|where (is|would|will)|who (would|will|is))\b/,
  es: /^(que (tipo|horario|dias|pasa)|cual|cuales|cuanto|cuanta|cuantos|cuantas|con quien|quien|quienes|a quien|hay|habria|tiene|tienen|se (paga|pagan|trabaja|trabajan|puede|dan|da)|el puesto|la vacante|el contrato|el sueldo|el uniforme|es (presencial|remoto|por|a plazo|fijo|indefinido)|puedo|podria|seria|dan)\b/,
  pt: /^(qual|quais|quanto|quanta|quantos|quantas|com quem|quem|tem|teria|tera|existe|a vaga|o contrato|o salario|e pra|e para|vai ter|da pra|posso|poderia|seria|sao|a empresa (paga|da|oferece|tem))\b/,
};

/** Leading fillers a recogniser keeps before a question: "yeah so", "pues", "então". Folded. */
const leadingFillers =
  /^((yeah|yes|so|and|ok|okay|um|uh|like|also|oh|wait|hey|just|y|pues|bueno|oye|mira|entonces|e|entao|ah|tipo|olha|mas),?\s+)+/;

/** A short turn offering two options back, "work or school", "cliente interno ou externo": asked, with or without a mark. */
const twoOptions: Cues = {
  en: /^\S+( \S+){0,5} or \S+( \S+){0,5}$/,
  es: /^\S+( \S+){0,5} [ou] \S+( \S+){0,5}$/,
  pt: /^\S+( \S+){0,5} ou \S+( \S+){0,5}$/,
};

/** Asked without a question mark: a question opener of the language, or two short options offered back. */
/** "Or" that offers nothing: "o sea", "ou seja", "or something", "more or less", "two or three". Folded. */
export const fillerOr =
  /\b(o sea|ou seja|or (something|so|whatever|anything)|o algo( asi)?|ou algo( assim)?|more or less|mas o menos|mais ou menos|(one|two|three|four|five|un|uno|una|dos|tres|cuatro|cinco|um|uma|dois|duas|quatro) (or|o|u|ou) (two|three|four|five|six|dos|tres|cuatro|cinco|seis|dois|duas|quatro|seis))\b/g;

/** Whether a turn offers two options, not counting an "or" that offers nothing ("more or less", "o sea"). Folded. */
export function offersAlternatives(folded: string): boolean {
  return alternatives.test(folded.replace(fillerOr, ' '));
}

function askedWithoutMark(folded: string, language: TextLanguage): boolean {
  const bare = folded
    .replace(/[.!,]+\s*$/, '')
    .replace(leadingFillers, '')
    .replace(fillerOr, ' ');
  const words = tokenize(bare).length;
  if (words === 0 || words > 15 || ownActions(bare, language).length > 0) return false;
  return unmarkedQuestionOpeners[language].test(bare) || (words <= 12 && twoOptions[language].test(bare));
}

export function isQuestion(turn: string, language?: TextLanguage): boolean {
  const folded = withoutTagQuestions(turn, language ?? 'en');
  if (indirectQuestion.test(folded) && tokenize(folded).length <= 40) return true;
  if (language && askedWithoutMark(folded, language)) return true;
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
    spokenQuestionOpeners.test(folded.replace(/^((so|and|ok|okay|um|uh|like|also|oh|wait|hey|just|and just),?\s+)+/, '')) &&
    tokenize(folded).length <= 25
  );
}

/** Whether a turn touches life outside work (sport, food, weather…): small talk, not a question about the interview. */
export function leisureSaid(folded: string, language: TextLanguage): boolean {
  return leisureStemsIn(folded, language).length > 0;
}

/**
 * Spanish first-person preterites of work, folded: the turn readers see "armé", "reorganicé",
 * "negocié" without their accent, which is what marks them ("arme", "negocie"). Common work
 * verbs only, none that is also a common word once folded ("creé" is "cree", believes).
 */
const foldedSpanishPreterites = new Set(
  'arme implemente organice reorganice coordine lidere negocie disene redisene desarrolle automatice cambie revise monte logre hable llame arregle resolvi aprendi vendi atendi cerre abri migre configure instale capacite entrene supervise gestione planifique programe prepare reduje ahorre explique documente analice medi probe ajuste corregi detecte escale priorice contrate ensene ayude redacte calcule saque baje subi converse propuse empece termine entregue limpie repare mejore optimice digitalice estandarice elimine'.split(
    ' ',
  ),
);

/** Whether a turn says something about work: "thanks, I led the audit" is an answer that opens with thanks. */
export function workSaid(folded: string, language: TextLanguage): boolean {
  if (ownActions(folded, language).length > 0) return true;
  if (language !== 'es') return false;
  const tokens = tokenize(folded);
  return tokens.some((token, i) => foldedSpanishPreterites.has(token) && !afterQue(tokens, i));
}

/** Spanish clitic pronouns, which may stand between "que" and its verb. */
const clitics = new Set(['me', 'te', 'le', 'lo', 'la', 'nos', 'les', 'los', 'las', 'se']);
/** After "que" (a pronoun or two between), the same folded form is a subjunctive: "quieres que te explique…". */
function afterQue(tokens: readonly string[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && clitics.has(tokens[i] ?? '')) i -= 1;
  return tokens[i] === 'que';
}

/** Any cue of any language: candidates switch, and "sorry, can you repeat?" in English is clear in any interview. */
export function cued(cues: Cues, folded: string, language: TextLanguage): boolean {
  return cues[language].test(folded) || (language !== 'en' && cues.en.test(folded));
}

/** The turn with a cue's words removed, as content words: what is left besides the cue. */
/** Words that wrap a request politely or fill a pause: "I was wondering if maybe you could…", "si fuera tan amable…". Folded. */
const courtesyWords = new Set(
  'wondering maybe could would mind please quite just really kind sort actually sorry like kinda basically totally again thing disculpe disculpa perdon perdona favor amable fuera podria podrias puede puedes quiza quizas nomas solo mire mira pues bueno verdad desculpa desculpe poderia pode podia seria sera muito obrigado obrigada tipo assim entao'.split(
    ' ',
  ),
);

/** The turn with a cue's words removed: how many content words are left besides the cue and its courtesy. */
export function restAfter(cues: Cues, folded: string, language: TextLanguage): number {
  const stripped = folded.replace(globalPattern(cues[language]), ' ').replace(globalPattern(cues.en), ' ');
  return tokenize(stripped).filter((token) => token.length > 3 && !courtesyWords.has(token)).length;
}

/**
 * Two or three words all taken from the question just asked, and nothing else: "biggest achievement?",
 * "a última parte?" — the candidate repeating what they caught, asking for the rest.
 */
export function echoed(folded: string, question: string, language: TextLanguage): boolean {
  if (!question || /\d/.test(folded)) return false;
  const own = contentStems(folded, language);
  const asked = new Set(contentStems(question, language));
  return own.length >= 2 && own.length <= 3 && own.every((stem) => asked.has(stem));
}
