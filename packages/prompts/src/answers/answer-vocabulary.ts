import type { Language } from '@voxly/config';
import { stemWord } from '../field-detection/stem-word.ts';
import { functionWords, type TextLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';

/*
 * What both the interviewer (listening to an answer) and the reviewer (judging it) read off
 * a candidate's words, defined once: figures, own actions, "I don't know", the vocabulary of
 * work, named things and content stems, per language.
 */

export const textLanguageOf: Record<Language, TextLanguage> = { en: 'en', es: 'es', 'pt-BR': 'pt' };

/** A pattern per language, matched on the folded answer (lower case, no accents) unless said otherwise. */
export type PerLanguage = Record<TextLanguage, RegExp>;

/** Numbers written as words, so "cut it by half" counts as a figure. */
export const numberWords: PerLanguage = {
  en: /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|percent|half|a third|a quarter|double|twice|tripled|doubled)\b/,
  es: /\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|cuarenta|cincuenta|cien|mil|millon|millones|por ciento|mitad|un tercio|doble|triple)\b/,
  pt: /\b(dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta|quarenta|cinquenta|cem|mil|milhao|milhoes|por cento|metade|um terco|dobro|triplo)\b/,
};

/** Whether an answer gives a figure: digits, or a number written as a word. */
export function hasFigure(answer: string, folded: string, language: TextLanguage): boolean {
  return /\d/.test(answer) || numberWords[language].test(folded);
}

/** First-person actions in the past, on the lower-cased answer with its accents. */
const ownActionPatterns: Record<TextLanguage, RegExp> = {
  en: /\b(i|i've|i have) (\w+ed|built|led|ran|made|wrote|did|took|set|found|cut|drove|got|put|chose|sold|taught|won|brought|began|grew|saw|gave|sat|kept|moved|split|went|told|asked|offered|pulled|called|shipped|pinned|stayed|spent|learned|heard|read|knew|spoke|met|paid|sent|bought|caught|held|hit|let|left|quit|stood|threw|understood|dealt|drew|hung|laid|oversaw|rebuilt|rewrote|redid|broke|became|came|fed|rode|shut|swapped|tore|wound|sped|sought|struck|thought through|overcame)\b/gu,
  es: /\b\p{L}{3,}[éí](?![\p{L}])|\b(re|des|com|pro|ex|dis|su)?(hice|hicimos|duje|dujimos|puse|pusimos|tuve|tuvimos)\b|\b(fui|pedí|medí|serví|reduje|conduje)\b/gu,
  pt: /\b\p{L}{3,}(ei|i)(?![\p{L}])|\b(re|des|com|pro|ex|su)?(fiz|fizemos|pus|pusemos|tive|tivemos)\b|\b(fui|pedi|medi)\b/gu,
};

/** Past actions chained after an "I" in the same sentence: "I read the logs, reproduced it, formed a hypothesis and found…". */
const chainedActions =
  /(?:,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)(\w{3,}ed|built|found|made|wrote|took|ran|led|set|got|put|chose|brought|kept|moved|split|went|told|asked|sent|caught|held|rebuilt|rewrote|sold|won|drove|cut|paid|spoke|met|left|pulled|called|shipped)\b/gu;

/** How far back, within its sentence, a chained action still belongs to an "I". */
const chainReach = 120;

/**
 * Whether an "I" stands before `at` in the same sentence, at most `chainReach` characters back.
 * Read on a window, not with a look-behind: a look-behind is retried at every position of the answer
 * and was most of a report's cost.
 */
function afterI(lower: string, at: number): boolean {
  const from = Math.max(0, at - chainReach - 2);
  const before = lower.slice(from, at);
  return (from === 0 ? /(?:^|\W)i\b[^.;!?]*$/u : /\Wi\b[^.;!?]*$/u).test(before);
}

/**
 * The candidate's own past actions in an answer ("I built", "implementé", "liderei"), read on
 * the lower-cased answer with its accents. English forms count in any interview language:
 * candidates switch, and "I led" is an own action whatever the language.
 */
export function ownActions(answer: string, language: TextLanguage): string[] {
  const lower = answer.toLowerCase();
  const patterns = language === 'en' ? [ownActionPatterns.en] : [ownActionPatterns[language], ownActionPatterns.en];
  const direct = patterns.flatMap((pattern) => [...lower.matchAll(pattern)].map((match) => match[0]));
  const chained =
    direct.length > 0
      ? [...lower.matchAll(chainedActions)].filter((match) => afterI(lower, match.index)).map((match) => `i ${match[1]}`)
      : [];
  return [...direct, ...chained];
}

/** "I don't know" in the three languages, folded, as a short answer says it. */
export const dontKnow =
  /\b(i (really )?(do not|don't|dont) know|i can't (think|remember|say|answer)|no idea|not sure|i have no (idea|experience)|no lo se|no se|ni idea|no tengo idea|no se me ocurre|no me acuerdo|nao sei|nao faco ideia|nao consigo pensar|nao lembro|sei la)\b/;

/**
 * The vocabulary of work in general, folded: an answer that uses it is about work even when
 * it shares no word with this job ("I planned the release and told my manager").
 */
const workWords: Record<TextLanguage, string> = {
  en: 'work job project team client customer colleague manager boss deadline plan process result problem solution task role company business product service meeting report test deliver release goal target budget conflict feedback decision priority risk data system code design sale deal patient user shift quota contract lead learn improve measure',
  es: 'trabajo empleo proyecto equipo cliente colega companero jefe jefa gerente plazo plan proceso resultado problema solucion tarea puesto empresa negocio producto servicio reunion informe prueba entrega objetivo meta presupuesto conflicto decision prioridad riesgo datos sistema codigo diseno venta paciente usuario turno cuota contrato liderar aprender mejorar medir',
  pt: 'trabalho emprego projeto equipe time cliente colega gestor gestora chefe prazo plano processo resultado problema solucao tarefa cargo vaga empresa negocio produto servico reuniao relatorio teste entrega objetivo meta orcamento conflito decisao prioridade risco dados sistema codigo design venda paciente usuario plantao contrato liderar aprender melhorar medir',
};

/** A word list per language as the set of its stems. */
const stemSets = (lists: Record<TextLanguage, string>): Record<TextLanguage, ReadonlySet<string>> => ({
  en: new Set(lists.en.split(' ').map((word) => stemWord(word, 'en'))),
  es: new Set(lists.es.split(' ').map((word) => stemWord(word, 'es'))),
  pt: new Set(lists.pt.split(' ').map((word) => stemWord(word, 'pt'))),
});

/** The stems of the work vocabulary, per language. Built once. */
export const workStems = stemSets(workWords);

/**
 * Words that carry no topic, folded: fillers, hedges, time words, "do/make/get". An answer
 * made of these is vague, not off-topic; and sharing one with the job ("year") does not put
 * an answer on the topic.
 */
const genericWords: Record<TextLanguage, string> = {
  en: 'thing things stuff kind sort way lot lots really very well good fine great best general generally usually always often everyone everybody someone something anything everything depend depends depending situation situations time times year years month months week weeks day days today yesterday done doing did does make made try tried trying went going get got yes yeah okay sure also overall basically actually maybe think thought feel felt know knew mean like just pretty quite much many worked working out',
  es: 'cosa cosas tipo manera forma mucho muchos mucha muchas realmente bien bueno buena general generalmente siempre normalmente todos todo alguien algo nada depende situacion situaciones vez veces tiempo ano anos mes meses semana semanas dia dias hoy ayer hecho hacer hago hice hicimos intento intentar intente claro tambien creo pienso siento cierto verdad bastante salio funciono',
  pt: 'coisa coisas tipo jeito forma muito muitos muita muitas realmente bem bom boa geral geralmente sempre normalmente todos todo tudo alguem algo nada depende situacao situacoes vez vezes tempo ano anos mes meses semana semanas dia dias hoje ontem feito fazer faco fiz fizemos tento tentar tentei claro tambem acho penso sinto certo verdade bastante deu certo funcionou',
};

/**
 * The vocabulary of life outside work, folded: sport, food, weather, pets, outings, screens.
 * A remark made of it, touching nothing of the job, the question or work, is off the topic;
 * without it, a turn that shares no word with the job is more likely an answer in other
 * words than chatter, and is treated as an answer (precision first).
 */
const leisureWords: Record<TextLanguage, string> = {
  en: 'game games match football soccer basketball baseball hockey tennis cubs yankees lakers playoffs league goal score pizza burger tacos sushi pasta dinner lunch breakfast food restaurant beer wine cocktail party birthday wedding weather rain raining sunny snow hot cold movie movies film series netflix show tv episode song music concert band playlist cat cats dog dogs puppy pet pets weekend vacation holiday holidays beach trip cousin cousins girlfriend boyfriend grandma grandmother shopping mall videogame videogames playstation xbox fortnite topping pineapple ice cream coffee cup tea traffic tired sleep slept nap kid kids baby neighbour neighbours neighbor neighbors noise barking news election elections politics gym workout cooking recipe garden hike hiking bike mountain lake church rained stadium referee penalty nephew niece uncle aunt camping camped tent fishing hunting skiing ski snowboarding surfing festival carnival touchdown quarterback halftime barbecue bbq cookout picnic brunch karaoke grandpa grandfather',
  es: 'futbol partido partidos baloncesto beisbol tenis liga gol goles pizza hamburguesa tacos sushi pasta cena almuerzo desayuno comida restaurante cerveza vino fiesta cumpleanos boda clima lluvia llueve lloviendo calor frio sol pelicula peliculas cine serie series netflix tele cancion musica concierto gato gatos perro perros mascota mascotas finde vacaciones playa viaje primo primos prima novia novio abuela compras videojuego videojuegos helado asado cafe trafico transito cansado cansada cansadisimo dormi dormir sueno hijo hija hijos bebe vecino vecinos ruido noticias elecciones politica gimnasio cocinar receta jardin bici montana iglesia misa estadio hincha arbitro penal penalti sobrino sobrina acampar acampamos camping carpa pesca pescar cazar esquiar surf festival carnaval partidazo golazo aficion aficionado aficionados hinchada cancha tortas tamales pozole empanadas paella abuelo abuelos bautizo karaoke telenovela excursion',
  pt: 'jogo jogos futebol basquete volei tenis campeonato gol gols pizza hamburguer sushi macarrao jantar almoco cafe comida restaurante cerveja vinho festa aniversario casamento chuva chovendo calor frio sol filme filmes cinema serie series netflix novela musica show cachorro cachorros gato gatos pet praia viagem ferias primo primos prima namorada namorado avo shopping videogame sorvete churrasco flamengo corinthians palmeiras alagou transito cansado cansada dormi dormir sono filho filha filhos bebe vizinho vizinhos barulho noticias eleicao eleicoes politica cozinhar jardim bike montanha igreja missa torco torce criança crianca estadio torcedor arbitro penalti sobrinho sobrinha acampar acampamos camping barraca pescar pescaria esquiar surfe festival carnaval jogao golaco torcida feijoada pagode samba baile balada boteco',
};

/** Spoken fillers, folded, per language: what a turn made mostly of says nothing. */
export const spokenFillers: PerLanguage = {
  en: /\b(um+|uh+|erm|hmm+|like|you know|i mean|kind of|sort of|basically|literally|actually|so yeah|yeah|whatever|stuff|things)\b/g,
  es: /\b(eh+|em+|este|pues|o sea|bueno|digamos|tipo|como que|nada|vale|cosas|la verdad|mmm+)\b/g,
  pt: /\b(tipo|ne|entao|assim|sabe|ahn|hum+|ta|eh+|coisa|coisas|cara|meio que|sei la)\b/g,
};

/** The stems of the leisure vocabulary, per language. Built once. */
export const leisureStems = stemSets(leisureWords);

/** The leisure vocabulary as written, per language: "showed" is no TV show, "matched" no match, "tripped" no trip. */
const leisureWordSets: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(leisureWords.en.split(' ')),
  es: new Set(leisureWords.es.split(' ')),
  pt: new Set(leisureWords.pt.split(' ')),
};

/** An English verb's past or -ing form: "showed", "matched", "tripped" share a leisure noun's stem and mean work. */
const englishVerbForm = /(ed|ing)$/;

/**
 * The content stems of a text that are leisure words, any form of them ("partidos", "jogos"),
 * but not an English verb sharing their stem ("I showed her the sheet", "the breaker tripped")
 * nor an unlisted word that is their bare stem ("new", "cook"):
 * what the interviewer's readers count as small talk.
 */
export function leisureStemsIn(text: string, language: TextLanguage): string[] {
  const stops = functionWords[language];
  return (
    tokenize(foldText(text))
      .filter(
        (token) =>
          token.length > 2 && !stops.has(token) && !(language === 'en' && englishVerbForm.test(token) && !leisureWordSets.en.has(token)),
      )
      .map((token) => ({ token, stem: stemWord(token, language) }))
      // A bare stem that is not itself listed is another word: "new" is not "news", a line "cook" not "cooking".
      .filter(({ token, stem }) => leisureStems[language].has(stem) && (token !== stem || leisureWordSets[language].has(token)))
      .map(({ stem }) => stem)
  );
}

/** The stems of the generic words, per language. Built once. */
export const genericStems = stemSets(genericWords);

/** A text's content-word stems: no function words, nothing shorter than three letters. */
export function contentStems(text: string, language: TextLanguage): string[] {
  const stops = functionWords[language];
  return tokenize(foldText(text))
    .filter((token) => token.length > 2 && !stops.has(token))
    .map((token) => stemWord(token, language));
}

/** "I", "I'm", "I've", "I'd", "I'll": the speaker, capitalised mid-sentence but naming nothing. */
const firstPerson = /^I(['’](m|ve|d|ll))?$/u;

/** Capitalised mid-sentence words and words with digits or code marks: a tool, a product, a name, a figure. */
export function namedThings(answer: string): string[] {
  const found: string[] = [];
  const words = answer.split(/\s+/);
  for (let i = 0; i < words.length; i += 1) {
    const word = (words[i] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#%]+$/gu, '');
    const previous = words[i - 1] ?? '';
    const midSentence = i > 0 && !/[.!?:]$/.test(previous);
    if (
      word.length > 1 &&
      ((midSentence && /^\p{Lu}/u.test(word) && !firstPerson.test(word)) || /\d/.test(word) || /[+#]|\.\p{L}/u.test(word))
    )
      found.push(word);
  }
  return [...new Set(found)];
}
