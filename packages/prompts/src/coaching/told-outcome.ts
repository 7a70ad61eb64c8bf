import type { Language } from '@voxly/config';

/**
 * How the story ended, told in words the reviewer's result markers miss: what others did
 * because of it ("they swapped it", "aceptaron", "trocaram o lote"), a state reached ("the
 * corner was empty by lunch", "virou procedimento"), "it worked", "no errata needed". The
 * hint reads it before asking for a result, so "finish with the result" is never said to
 * an answer that finished with one. Written from the tuning answers.
 */
const outcomeCues: Record<Language, RegExp> = {
  en: /\b(it worked|worked out|(was|were|got) (fixed|solved|resolved|approved|accepted|done|empty|back|caught|stopped|dropped|cleared)|they (swapped|fixed|changed|agreed|accepted|approved|adopted|added|kept|renewed|stayed|stopped)|(no|zero) (errors?|errata|complaints?|incidents?|falls?|issues?|returns?)( needed)?|became|turned into|from then on|ever since|by (lunch|the end|friday|monday)|on time|in time|(we|i|they) (won|signed|closed|shipped|launched|filed|passed|hit|met|kept)|stopped (yelling|complaining|happening)|the real win|after that|(we|i|they) (didn'?t|never) (miss|lose|lost|have|had) (a|any|another|one)|by (january|february|march|april|may|june|july|august|september|october|november|december|the next|next))\b/,
  es: /\b(lo solucion\p{L}*|se solucion\p{L}*|aceptaron|aprobaron|funcion[oó]|sali[oó] bien|se resolvi\p{L}*|al final|qued[oó]|pas[oó] a|desde ese|a partir de (ah[ií]|ese|entonces)|ni (ca[ií]da|queja|error)\p{L}* ni nada|cerramos|firmamos|ganamos|cambiaron|dejaron de|dej[oó] de|desaparecieron|pasamos de|se redujo|baj[oó]|subi[oó]|ya \p{L}+(ía|aba)\b|despu[eé]s de eso|para (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))/u,
  'pt-BR':
    /\b(virou|passou a|fechei|fechamos|dobrou|triplicou|trocaram|resolveu|resolvemos|funcionou|deu certo|a partir d(isso|a[ií]|e ent[aã]o)|desde ent[aã]o|aprovaram|aceitaram|ganhamos|assinamos|caiu|subiu|parou de|pararam de|zerou|no final|n[aã]o teve (reclama[cç][aã]o|erro|problema)|mais vendeu|atendeu todo mundo|j[aá] \p{L}+(ia|ava)\b|depois disso|em (janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) (ele|ela|eles|elas|a gente|j[aá]))/u,
};

export function toldOutcome(answer: string, language: Language): boolean {
  return outcomeCues[language].test(answer.toLowerCase());
}
