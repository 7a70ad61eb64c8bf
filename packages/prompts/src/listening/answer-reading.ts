import type { Language } from '@voxly/config';
import { stemWord } from '../field-detection/stem-word.ts';
import { functionWords, languageCounts, type TextLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';

type AnswerKind = 'empty' | 'dont_know' | 'question' | 'other_language' | 'off_topic' | 'thin' | 'substantive';

const textLanguageOf: Record<Language, TextLanguage> = { en: 'en', es: 'es', 'pt-BR': 'pt' };

/** "I don't know" in the three languages, folded, as a whole short answer says it. */
const dontKnow =
  /\b(i (really )?(do not|don't|dont) know|no idea|not sure|i have no (idea|experience)|i can't (say|answer)|no lo se|no se|ni idea|no tengo idea|nao sei|nao faco ideia|sei la)\b/;

/** Words that open a question, folded. */
const questionOpeners =
  /^(what|how|why|when|where|who|which|is|are|do|does|can|could|will|would|may|que|como|cual|cuales|cuando|donde|quien|por que|puedo|hay|o que|qual|quais|quando|onde|quem|posso|tem|existe)\b/;

/** Past-tense first-person actions, read on the lower-cased answer with its accents: "I built", "implementé", "liderei". */
const ownActions: Record<TextLanguage, RegExp> = {
  en: /\b(i|we) (\w+ed|built|led|ran|made|wrote|did|took|set|found|cut|drove|got|put|chose|sold|taught|won|brought|began|grew|saw|gave)\b/u,
  es: /\p{L}{3,}[éí](?![\p{L}])|\b(hice|hicimos|reduje|conduje|\p{L}{3,}(amos|imos))\b/u,
  pt: /\p{L}{3,}ei(?![\p{L}])|\b(fiz|fizemos|\p{L}{3,}(amos|imos))\b/u,
};

const numberWords =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred|thousand|million|percent|half|uno|dos|tres|cuatro|cinco|diez|cien|mil|millon|por ciento|mitad|um|dois|tres|quatro|cinco|dez|cem|milhao|por cento|metade)\b/;

/**
 * The vocabulary of work in general, folded: an answer that uses it is about work even when
 * it shares no word with this job ("I planned the release and told my manager").
 */
const workWords: Record<TextLanguage, string[]> = {
  en: 'work job project team client customer colleague manager boss deadline plan process result problem solution task role company business product service meeting report test deliver release goal target budget conflict feedback decision priority risk data system code design sale patient user lead learn improve measure'.split(
    ' ',
  ),
  es: 'trabajo empleo proyecto equipo cliente colega companero jefe gerente plazo plan proceso resultado problema solucion tarea puesto empresa negocio producto servicio reunion informe prueba entrega objetivo meta presupuesto conflicto decision prioridad riesgo datos sistema codigo diseno venta paciente usuario liderar aprender mejorar medir'.split(
    ' ',
  ),
  pt: 'trabalho emprego projeto equipe time cliente colega gestor chefe prazo plano processo resultado problema solucao tarefa cargo vaga empresa negocio produto servico reuniao relatorio teste entrega objetivo meta orcamento conflito decisao prioridade risco dados sistema codigo design venda paciente usuario liderar aprender melhorar medir'.split(
    ' ',
  ),
};

export interface AnswerReading {
  kind: AnswerKind;
  words: number;
  /** A term the candidate named (a tool, a project, a number), for a follow-up that refers to it. */
  mentioned?: string;
}

export interface ReadingContext {
  language: Language;
  /** The question just asked. */
  question: string;
  /** Job title, description and resume: what an on-topic answer would share words with. */
  documents: string;
}

function contentStems(text: string, language: TextLanguage): string[] {
  const stops = functionWords[language];
  return tokenize(foldText(text))
    .filter((token) => token.length > 2 && !stops.has(token))
    .map((token) => stemWord(token, language));
}

/** A word the candidate capitalised mid-sentence or wrote with digits: a name, a tool, a figure. */
function namedTerm(answer: string): string | undefined {
  const words = answer.split(/\s+/);
  for (let i = 1; i < words.length; i += 1) {
    const word = (words[i] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#%]+$/gu, '');
    const previous = words[i - 1] ?? '';
    if (word.length > 1 && !/[.!?]$/.test(previous) && (/^\p{Lu}/u.test(word) || /\d/.test(word)) && word !== 'I') return word;
  }
  return undefined;
}

/**
 * What kind of answer the candidate just gave, so the interviewer can listen rather than
 * recite: nothing, "I don't know", a question back, another language, off the topic,
 * thin (no figure, no named thing, no own action), or substantive. Pure.
 */
export function readAnswer(answer: string, context: ReadingContext): AnswerReading {
  const folded = foldText(answer).replace(/[’']/g, "'").trim();
  const words = tokenize(folded).length;
  if (words === 0) return { kind: 'empty', words };
  const language = textLanguageOf[context.language];
  if (words <= 15 && dontKnow.test(folded)) return { kind: 'dont_know', words };
  const lastSentence = folded.split(/(?<=[.!?])\s+/).at(-1) ?? folded;
  if (/\?\s*$/.test(folded) && (words <= 30 || questionOpeners.test(lastSentence.replace(/^[¿¡]/, '')))) return { kind: 'question', words };
  // Another language only on positive evidence: two of its own words and none of the interview's.
  const counts = languageCounts(folded);
  const other = (['en', 'es', 'pt'] as const).find((l) => l !== language && counts[l] >= 2 && counts[l] > counts[language]);
  if (words >= 6 && other && counts[language] === 0) {
    return { kind: 'other_language', words };
  }
  const stems = contentStems(answer, language);
  const known = new Set(contentStems(`${context.question}\n${context.documents}`, language));
  const shared = stems.filter((stem) => known.has(stem)).length;
  const work = new Set(workWords[language].map((word) => stemWord(word, language)));
  const aboutWork = stems.some((stem) => work.has(stem));
  if (stems.length >= 8 && shared / stems.length < 0.12 && !aboutWork) return { kind: 'off_topic', words };
  const mentioned = namedTerm(answer);
  const substance = [
    /\d/.test(answer) || numberWords.test(folded),
    mentioned !== undefined,
    ownActions[language].test(answer.toLowerCase()),
    words >= 60,
  ].filter(Boolean).length;
  if (words < 12 || (substance <= 1 && words < 60)) return { kind: 'thin', words, ...(mentioned ? { mentioned } : {}) };
  return { kind: 'substantive', words, ...(mentioned ? { mentioned } : {}) };
}
