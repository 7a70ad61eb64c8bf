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

/** Whether the answer says a figure in words the reading does not count. Pure. */
export function roughFigure(answer: string, language: TextLanguage): boolean {
  return roughFigures[language].test(foldText(answer));
}
