import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';

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
  en: /\b(it worked|worked out|(was|were|got) (fixed|solved|resolved|approved|accepted|done|empty|back|caught|stopped|dropped|cleared)|they (swapped|fixed|changed|agreed|accepted|approved|adopted|added|kept|renewed|stayed|stopped|chose)|(no|zero) (errors?|errata|complaints?|incidents?|falls?|issues?|returns?)( needed)?|became|turned into|from then on|ever since|by (lunch|the end|friday|monday)|on time|in time|(we|i|they) (won|signed|closed|shipped|launched|filed|passed|hit|met|kept)|stopped (yelling|complaining|happening)|the real win|after that|(we|i|they) (didn'?t|never) (miss|lose|lost|have|had) (a|any|another|one)|by (january|february|march|april|may|june|july|august|september|october|november|december|the next|next)|in the end|eventually (it|the|we|they|he|she|i)|\w+ (solved|resolved|fixed) it|(i|we) fixed (it|the)|never happened again|resulted in|the outcome was|which led to|(doubled|tripled)|we (shipped|launched|delivered) (it|on)|(was|got) resolved|within (a|one|two|three|four|six) (days?|weeks?|months?)|(inside|on|above|over) (the )?target|(beat|hit|met|passed|exceeded) (the|our|my) (\w+ )?(targets?|goals?|quota)|(wasn'?t|weren'?t|didn'?t \w+|never \w+) [^.;]{0,30}\bagain|went (way |right |straight )?(down|up)|finished (\w+ )?(weeks?|days?|months?) (ahead|early)|finished (ahead|early|on time)|came out (at|around|to|about)|thanked (me|us))\b/,
  es: /\b(lo solucion\w*|se solucion\w*|lo resolvi\w*|se resolvi\w*|aceptaron|aprobaron|funciono|salio bien|anduvo (bastante |muy )?bien|quedo|paso a|desde ese|a partir de (ahi|ese|entonces)|ni (caida|queja|error)\w* ni nada|cerramos|firmamos|ganamos|cambiaron|dejaron de|dejo de|desaparecieron|pasamos de|se redujo|bajo|subio|ya \w+(ia|aba)\b|despues de eso|para (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|al final (?!de\b|del\b)|finalmente|se llego a|(consegui|conseguimos|logre|logramos) (un|una|el|la|los|las)\b|cerre (la|el|un|una)\b|como resultado|nunca mas|resolvimos|solucionamos|termino (en|con|siendo)|recupere|recuperamos|(superamos|cumplimos|pasamos) (la|el) (meta|objetivo|cupo)|no volvio a|ninguno se quejo|salio (a tiempo|limpi[oa]|bien)|se controlo|y volvio\b|me (agradecio|agradecieron)|salv(o|amos) (el|la))/,
  pt: /\b(virou|passou a|fechei|fechamos|dobrou|triplicou|trocaram|resolveu|resolveram|conseguiu|conseguiram|resolvemos|funcionou|deu certo|a partir d(isso|ai|e entao)|desde entao|aprovaram|aceitaram|ganhamos|assinamos|caiu|subiu|parou de|pararam de|zerou|no final (?!d[oae]\b)|no fim (?!d[oae]\b)|finalmente|nao teve (reclamacao|erro|problema)|mais vendeu|atendeu todo mundo|ja \w+(ia|ava)\b|depois disso|recuperei|recuperamos|recuperad[oa]|nao voltou a|entregamos [^.;]{0,30}\b(na data|no prazo|a tempo)|ficou (lis[ao]|bo[ma]|pront[oa]|resolvid[oa]|certo|otim[oa]|estavel)|batia a meta|salvou|salvamos|(me )?agradeceu|(passamos|passei|batemos|bati) (da|a) meta|como resultado|nunca mais|melhorou|acabou (com|sendo|em)|em (janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) (ele|ela|eles|elas|a gente|ja))/,
};

/** Whether the folded answer tells how the story ended in words. */
export function endingTold(folded: string, language: TextLanguage): boolean {
  return endingCues[language].test(folded);
}

/**
 * A story that closes on a lesson or a finding ("I learned to ask who signs", "resulta que
 * tenía dislexia", "hoje eu faço o diagnóstico antes") may have told its outcome in words
 * no list foresees: the reviewer's evidence that the result is missing is weak there.
 * Folded.
 */
const lessonCues: PerLanguage = {
  en: /\b(i learn(ed|t)|the lesson|lesson (was|learned)|turned out|it turns out|now i (always|first|ask|check)|since then i|these days i)\b/,
  es: /\b(aprendi|la leccion|resulto que|resulta que|ahora (siempre|primero)|desde ahi|hoy (en dia )?(siempre|primero))\b/,
  pt: /\b(aprendi|a licao|descobri que|acontece que|hoje eu|agora eu (sempre|primeiro)|desde entao eu)\b/,
};

/** Whether the folded answer closes on a lesson or a finding. */
export function lessonTold(folded: string, language: TextLanguage): boolean {
  return lessonCues[language].test(folded);
}
