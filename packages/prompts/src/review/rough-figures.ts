import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText } from '../fold-text.ts';

/*
 * A figure said in words the reading does not count as one: a magnitude ("hundreds of
 * orders", "miles de personas", "milhares de atendimentos"), a count stressed as one ("a single
 * slide", "un ejercicio, uno solo", "uma só reunião"), a time span lost, spent or taken ("it
 * cost us a day", "perdí un turno", "levei um dia"), a span ahead ("an hour early", "uma hora
 * antes"), a whole span ("the entire week", "todo el mes", "o mês inteiro") or a count brought to none ("from several a month to none", "pra nenhum"). Readers
 * who label answers count these as figures, so "put a number on it" would be a guess where
 * they are said. Not scored: how precise they are is for the reviewer's reading to weigh.
 * Folded (lower case, no accents).
 */
const roughFigures: PerLanguage = {
  en: /\b((hundreds|thousands|millions|dozens|tens) of (?!(times|things|ways|reasons)\b)|(a single|only one|just one|one single)|(took|takes|take|lost|lose|spent|spend|wasted|cost|costs|lasted|needed) (me |us |them |him |her )?(a|one|half a|a whole|a full) (day|night|shift|weekend|morning|afternoon)|(an?|one) (minute|hour|day|week|month) (early|earlier|ahead|before)|(the|a) (whole|entire|full) (day|night|week|month|year|shift|weekend|quarter)|all (day|night|week|month|year) long|(\bfrom [^.;]{1,40} |down )to (none|nobody|no one|zero))\b/,
  es: /\b((cientos|miles|millones|decenas|centenares) de (?!(veces|cosas|maneras)\b)|(un solo|una sola|uno solo|solo uno|solo una)|(perd\w+|tard\w+|llev\w+|gast\w+|dur\w+|cost\w+) (me |nos |les |le )?(un|una|medio|media|todo un|toda una) (dia|noche|turno|fin de semana|jornada|manana|tarde)|(un|una|media) (minuto|hora|dia|semana|mes) (antes|de anticipacion)|(todo el|toda la) (dia|semana|mes|ano|turno|noche|fin de semana)|(el|la|un|una) (dia|semana|mes|ano|turno|noche) (entero|entera|completo|completa)|\bde [^.;]{1,40} a (ninguno|ninguna|nadie|cero))\b/,
  pt: /\b((centenas|milhares|milhoes|dezenas) de (?!(vezes|coisas|jeitos)\b)|(um so|uma so|um unico|uma unica)\b|(perd\w+|gast\w+|lev\w+|demor\w+|dur\w+|cust\w+) (me |nos )?((um|uma|meio|meia) (dia|noite|turno|fim de semana|manha|tarde)|o dia (todo|inteiro))|(um|uma|meia) (minuto|hora|dia|semana|mes) (antes|de antecedencia)|(o|a|um|uma) (dia|semana|mes|ano|turno|noite) (inteiro|inteira|todo|toda)|(todo o|toda a) (dia|semana|mes|ano|turno|noite)|\bde [^.;]{1,40} (pra|para|a) (nenhum|nenhuma|ninguem|zero))\b/,
};

/*
 * A small count said with an article and a word that stresses or caps it, no number word:
 * the stress after the noun ("a chart and that was it", "a slide, tops", "un gráfico nomás",
 * "una tabla solamente", "um slide só", "uma página e pronto"), before the article ("solo un
 * correo", "apenas una camioneta", "só um e-mail", "somente uma tabela"), a cap ("no more than
 * a paragraph", "kept it to a page", "como mucho una página", "no máximo uma página") or a
 * couple, a pair, a handful. The shared reading counts "one", "dos", "dois" but not "un",
 * "um" (articles), so a count stressed as one was not read. Not counts: a moment, a question,
 * a little ("solo un momento", "só uma pergunta", "só um pouco"), "só que" (but), a couple of
 * things, an idiom of "all" after a copula ("tava um barro só", "fue un desorden nomás"), "no
 * solo un", "não só um" (not only a). Folded.
 */
const stressedCounts: PerLanguage = {
  en: /\b(a (couple|pair|handful) (of )?(?!(of|things|ways|reasons|questions|words|points|ideas)\b)\w+|a (lone|sole) \w+|(no more than|at most|at the most) an? \w+|an? (?!(lot|bit|little|few|while)\b)\w+,? (tops|max|and that'?s (it|all)|and that was (it|all)|and nothing (else|more))|(kept|keep|keeps|cut|boiled|trimmed|narrowed|squeezed)( \w+){1,3} (down )?to an? (?!(minimum|halt|stop|close|head|point|standstill|end|lot)\b)\w+)\b/,
  es: /(?<!\bno )\b((solo|solamente|nomas|apenas|unicamente|nada mas que|no mas que) (un|una) (?!(momento|momentito|segundo|segundito|minutito|ratito|rato|poco|poquito|pregunta|preguntita|duda|cosa|cosita|favor)\b)\w+|(?<!\b(es|era|fue|esta|estaba|estuvo|queda|quedo|sera) )(un|una) (?!(momento|momentito|segundo|ratito|rato|poco|poquito|cosa|desorden|caos|lio)\b)\w+,? (nomas|nada mas|no mas|solamente|unicamente|como mucho|como maximo|a lo sumo)|un par de (?!(cosas|veces|preguntas|ideas|palabras)\b)\w+|(como mucho|como maximo|a lo sumo) (un|una) \w+)\b/,
  pt: /(?<!\bnao )\b((so|apenas|somente|unicamente) (um|uma) (?!(coisa|coisinha|pergunta|perguntinha|duvida|minuto|minutinho|segundo|segundinho|momento|momentinho|pouco|pouquinho|instante|favor)\b)\w+|(?<!\b(e|era|foi|ta|tava|esta|estava|fica|ficou|virou|vira) )(um|uma|num|numa) (?!(coisa|pouco|pouquinho|minutinho|momento|instante)\b)\w+ (so(?! que)|apenas|somente|e pronto|e mais nada|e acabou|no maximo)|um par de (?!(coisas|vezes|perguntas|ideias)\b)\w+|no maximo (um|uma) \w+)\b/,
};

/** Whether the answer says a figure in words the reading does not count. Pure. */
export function roughFigure(answer: string, language: TextLanguage): boolean {
  const folded = foldText(answer);
  return roughFigures[language].test(folded) || stressedCounts[language].test(folded);
}
