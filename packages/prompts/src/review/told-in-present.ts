import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';

/*
 * One's own steps told in the present, as people tell a story aloud ("so I call the supplier,
 * I sit down with them", "entonces llamo al proveedor", "aí eu ligo pro fornecedor"). The
 * reviewer does not score them as actions (tried in session 13 on present-tense procedures;
 * the independent ranking fell), but it does not ask for own actions where they are told.
 * Folded.
 */
const presentSteps: PerLanguage = {
  en: /\bi (always |usually |just |then |also |first |basically )?(call|sit down|talk to|ask|check|go|tell|take|put|grab|write|send|pull|open|walk|explain|show|stop|look at|move|bring|give|fix|phone|text|email|book|escalate|flag|document|review|test|count|measure|chart|page|change|switch|order|hand|meet|figure out|print|pick|load|unload|clean|wash|label|train|teach|cook|drive|handle|listen to|calm|offer|propose|prepare|organi[sz]e|coordinate|report|separate|lift|carry|log|sort|follow up|reach out|sit with|pull up|call up|try to \w+|do (a|an|the|some|my|our) \w+)\b/,
  es: /\b(llamo|hablo|pregunto|explico|aviso|pido|reviso|verifico|chequeo|anoto|escribo|muestro|preparo|organizo|coordino|agarro|limpio|atiendo|ofrezco|propongo|escucho|calmo|tranquilizo|reporto|escalo|apago|prendo|separo|mido|llevo|traigo|armo|reparo|aplico|comunico|vuelvo a \w+|hago (un|una|el|la|los|las) \w+|me siento|me acerco|le digo|les digo|yo (hago|armo|pongo|mando|saco|cambio|registro|corto|paro|voy))\b/,
  pt: /\b(ligo|falo|pergunto|explico|aviso|peco|reviso|verifico|confiro|anoto|escrevo|chamo|converso|mostro|preparo|organizo|coordeno|pego|limpo|atendo|ofereco|proponho|escuto|acalmo|reporto|escalo|desligo|separo|meco|levo|trago|comunico|faco (um|uma|o|a|os|as) \w+|sento com|eu (faco|monto|mando|coloco|troco|registro|paro|vou|pego|tiro))\b/,
};

/** Whether the folded answer tells the candidate's own steps in the present. */
export function presentOwnSteps(folded: string, language: TextLanguage): boolean {
  return presentSteps[language].test(folded);
}
