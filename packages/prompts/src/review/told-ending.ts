import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { withoutIdioms } from './told-idioms.ts';

/** What a result sounds like: a change, a before and after, an outcome. */
const resultMarkers: PerLanguage = {
  en: /\b(went (back )?(from|down|up)|none of (them|those|the \w+) (had|was|were|came|went|failed|broke|needed|got)|(got|brought) (it|us|them|that) (down|up) to|moved (us )?from|dropped|fell|cut|reduced|halved|saved|increased|grew|improved|recovered|stayed|since (then|that day|that point|the change)|as a result|so that|which meant|ended up|we signed|signed|closed|renewed|agreed|avoided|(to|down to|at|hit) (zero|none)|zero \w+|stable|came back|stopped after)\b/,
  es: /\b((?<!\bque (no )?)pas(o|aron|amos|emos|e) de|(consegui|conseguimos|logre|logramos) que|bajo|baje|bajamos|bajaron|logre|logramos|redujo|reduje|reducimos|ahorr(o|e|amos|aron)|aument(o|e|amos|aron)|mejor(o|e|amos|aron)|se recupero|desde entonces|firmamos|firmaron|renovo|se cerro|acepto|evitamos|(a|en) cero|cero \w+|ningun[oa]? (queja|reclamo|error|caida|incidente|accidente|devolucion|falla)\w*|estable|se fue de alta|paro a)\b/,
  pt: /\b(pass(ou|amos|ei|aram) de|(consegui|conseguimos) que|caiu|cairam|caíram|baixei|baixamos|consegui|conseguimos|reduzi|reduziu|reduzimos|economiz(ou|ei|amos|aram)|aument(ou|ei|amos|aram)|melhor(ou|ei|amos|aram)|se recuperou|desde entao|assinamos|assinaram|renovou|fechou|aceitou|evitamos|(a|pra|para|em) (zero|nenhum|nenhuma)|zero \w+|nenhum[a]? (reclamacao|queixa|erro|acidente|incidente|falha|devolucao)\w*|estavel|teve alta|parou em|baixou|voltaram atras)\b/,
};

/** A measured change, "from 480 to 210 ms": a result in any wording. */
const beforeAfter: PerLanguage = {
  en: /\bfrom [\d.,]+\s*[%\p{L}]*\s+(down |up )?to [\d.,]+/u,
  es: /\bde [\d.,]+\s*[%\p{L}]*\s+a [\d.,]+/u,
  pt: /\bde [\d.,]+\s*[%\p{L}]*\s+(para|a) [\d.,]+/u,
};

/*
 * How the story ended, told in words rather than as a measured change: what others did
 * because of it ("they swapped it", "aceptaron", "trocaram o lote"), a state reached ("the
 * corner was empty by lunch", "virou procedimento"), an ending announced ("in the end we
 * did it her way", "al final la cerramos", "no fim ele voltou"), someone solving it ("HR
 * solved it with a rotation", "ella lo solucionó"), "it worked", "no errata needed". The
 * reviewer reads a result from these too, so "finish with the result" is never listed for
 * an answer that finished with one. Written from the tuning answers; matched on the folded
 * answer (lower case, no accents).
 */
const endingCues: PerLanguage = {
  en: /\b((the|my|our) (end |final )?result (was|is)\b|it worked|(they|he|she) (chose|picked|hired|went with) us|worked out|(was|were|got) (fixed|solved|resolved|approved|accepted|done|empty|back|caught|stopped|dropped|cleared)|they (swapped|fixed|changed|agreed|accepted|approved|adopted|added|kept|renewed|stayed|stopped|chose)|(no|zero) (errors?|errata|complaints?|incidents?|falls?|issues?|returns?)( needed)?|became|turned into|from then on|ever since|by (lunch|the end|friday|monday)|on time|in time|(we|i|they) (won|signed|closed|shipped|launched|filed|passed|hit|met|kept)|stopped (yelling|complaining|happening)|the real win|after that|(we|i|they) (didn'?t|never) (miss|lose|lost|have|had) (a|any|another|one)|by (january|february|march|april|may|june|july|august|september|october|november|december|the next|next)|in the end|eventually (it|the|we|they|he|she|i)|\w+ (solved|resolved|fixed) it|(i|we) fixed (it|the)|never happened again|resulted in|the outcome was|which led to|(doubled|tripled)|we (shipped|launched|delivered) (it|on)|(was|got) resolved|within (a|one|two|three|four|six) (days?|weeks?|months?)|(inside|on|above|over) (the )?target|(beat|hit|met|passed|exceeded) (the|our|my) (\w+ )?(targets?|goals?|quota)|(wasn'?t|weren'?t|didn'?t \w+|never \w+) [^.;]{0,30}\bagain|went (way |right |straight )?(down|up)|finished (\w+ )?(weeks?|days?|months?) (ahead|early)|finished (ahead|early|on time)|came out (at|around|to|about)|thanked (me|us)|(gave|got) (me|us) (a |an )?(bonus|raise|promotion|shout-?out|award)|i (got|was) (a )?(bonus|raise|promoted)|(praised|congratulated|complimented) (me|us|the team))\b/,
  es: /\b(el resultado (fue|es)\b|(salio|salieron|quedo|quedaron|cerro|cerramos|termino) sin (diferencias|errores|incidencias|multas|reclamos|quejas)|no perdi(o|mos|eron) (ni|ningun|nada)|(lo|se) solucion(o|e|amos|aron)|nos (eligieron|eligio|escogieron|escogio|contrataron|contrato)|(lo|la|los|las) (corrigieron|corrigio|arreglaron|arreglo|arregle|arreglamos)|no (paro|fallo|se cayo|se trabo|se corto) mas|(las|los) \w+ se (acabaron|terminaron)|ningun[oa] de (ellos|ellas|los \w+|las \w+) (volvio|fallo|se quejo|tuvo)|(lo|se) resolv(io|i|imos|ieron)|aceptaron|aprobaron|funciono|salio bien|anduvo (bastante |muy )?bien|quedo|paso a|desde ese|a partir de (ahi|ese|entonces)|ni (caida|queja|error)\w* ni nada|cerramos|firmamos|ganamos|cambiaron|dejaron de|dejo de|desaparecieron|pasamos de|se redujo|bajo|subio|ya \w+(?<!ar|er|ir)ia\b|ya \w+aba\b|despues de eso|para (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|al final (?!de\b|del\b)|finalmente|se llego a|(consegui|conseguimos|logre|logramos) (un|una|el|la|los|las)\b|cerre (la|el|un|una)\b|como resultado|nunca mas|resolvimos|solucionamos|termino (en|con|siendo)|recupere|recuperamos|(superamos|cumplimos|pasamos) (la|el) (meta|objetivo|cupo)|no volvio a|ninguno se quejo|salio (a tiempo|limpi[oa]|bien)|se controlo|y volvio\b|me (agradecio|agradecieron)|salv(o|amos) (el|la)|(me|nos) (dieron|dio) (un |el )?(bono|aumento|ascenso|premio)|me ascendieron|(me|nos) (felicito|felicitaron|elogio|elogiaron))/,
  pt: /\b(o resultado (foi|e)\b|(saiu|sairam|ficou|ficaram|fechou|fechamos|terminou) sem (diferenca|diferencas|erro|erros|multa|multas|reclamacao|reclamacoes)|nao perde(u|mos|ram) (nenhum|nenhuma|nada)|virou|nos (escolheram|escolheu|contrataram|contratou)|(corrigiram|corrigiu|arrumaram|arrumou|consertei|consertamos|arrumei|arrumamos) (o|a|os|as)\b|nao (parou|falhou|caiu|travou) mais|(as|os) \w+ (acabaram|pararam)|nenhum[a]? (deles|delas|dos \w+|das \w+) (voltou|falhou|reclamou|teve|precisou)|passou a|fechei|fechamos|dobrou|triplicou|trocaram|resolveu|resolveram|conseguiu|conseguiram|resolvemos|funcionou|deu certo|a partir d(isso|ai|e entao)|desde entao|aprovaram|aceitaram|ganhamos|assinamos|caiu|subiu|parou de|pararam de|zerou|no final (?!d[oae]\b)|no fim (?!d[oae]\b)|finalmente|nao teve (reclamacao|erro|problema)|mais vendeu|atendeu todo mundo|ja \w+(?<!ar|er|ir)ia\b|ja \w+ava\b|depois disso|recuperei|recuperamos|recuperad[oa]|nao voltou a|entregamos [^.;]{0,30}\b(na data|no prazo|a tempo)|ficou (lis[ao]|bo[ma]|pront[oa]|resolvid[oa]|certo|otim[oa]|estavel)|batia a meta|salvou|salvamos|(me )?agradeceu|(passamos|passei|batemos|bati) (da|a) meta|como resultado|nunca mais|melhorou|acabou (com|sendo|em)|em (janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) (ele|ela|eles|elas|a gente|ja)|(me|nos) (deu|deram) (um |o )?(bonus|aumento|premio)|fui promovid[oa]|(me |nos )?(elogiou|elogiaram|parabenizou|parabenizaram))/,
};

/**
 * Whether the folded answer tells how the story ended: a measured change, a before and after,
 * or an ending told in words; idioms blanked first ("al final es el cliente el que paga",
 * "at the end of the day", "resulta que" end nothing).
 */
export function resultTold(folded: string, language: TextLanguage): boolean {
  const plain = withoutIdioms(folded, language);
  return resultMarkers[language].test(plain) || beforeAfter[language].test(plain) || endingCues[language].test(plain);
}

/**
 * A story that closes on a lesson or a finding ("I learned to ask who signs", "resulta que
 * tenía dislexia", "hoje eu faço o diagnóstico antes", "the cause was a mutex", "y era
 * fractura", "e era sepse") may have told its outcome in words no list foresees: the
 * reviewer's evidence that the result is missing is weak there. Folded.
 */
const lessonCues: PerLanguage = {
  en: /\b(i learn(ed|t)|the lesson|lesson (was|learned)|turned out|it turns out|now i (always|first|ask|check)|since then i|these days i|the (root )?(cause|problem|issue) (was|turned out))\b/,
  es: /(\b(aprendi|la leccion|resulto que|resulta que|ahora (siempre|primero)|desde ahi|hoy (en dia )?(siempre|primero)|resulto ser|(la causa|el problema)( raiz)? (era|fue))\b|(^|[.;!?] | y )era \p{L}+)/u,
  pt: /(\b(aprendi|a licao|descobri que|acontece que|hoje eu|agora eu (sempre|primeiro)|desde entao eu|(a causa|o problema)( raiz)? (era|foi))\b|(^|[.;!?] | e )era \p{L}+)/u,
};

/** Whether the folded answer closes on a lesson or a finding. */
export function lessonTold(folded: string, language: TextLanguage): boolean {
  return lessonCues[language].test(folded);
}
