import { genericStems } from '../answers/answer-vocabulary.ts';
import { stemWord } from '../field-detection/stem-word.ts';
import { functionWords, type TextLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';

/*
 * A procedure told as an answer to "how do you…", "what would you do if…": the steps one takes,
 * in the present, the conditional or the bare imperative of speech ("kill it, lift the load side
 * and megger it", "reconto tudo, confiro a sangria", "le pido disculpas y llamo a otro hotel").
 * Each step is a clause that opens on a verb of one's own and names something concrete; a list
 * of methods ("I apply PDCA", "aplico la mejora continua") names nothing done.
 * Pure; lower-cased text with its accents.
 */

/** Where a clause ends: punctuation, and the words that chain steps ("then", "y luego", "aí"). */
const clauseBreak =
  /[.,;:!?]+|\s(?:and then|and|then|after that|otherwise|or else|y luego|y despues|y después|luego|después|despues|y|si no|sino|e depois|depois|e aí|aí|ai|e|senão|senao)\s/u;

/** What may come before a clause's verb: fillers, "first", the pronoun, a modal of intent, a pronoun on the verb. */
const lead: Record<TextLanguage, RegExp> = {
  en: /^(?:(?:um|uh|so|well|ok|okay|first|first thing|firstly|right away|also|i'?d|i would|i'?ll|i will|i|we|we'?d|then|if not|otherwise|basically|usually|always|just)\s+)*/u,
  es: /^(?:(?:eh|pues|bueno|entonces|primero|lo primero|ya|también|tambien|yo|siempre|después|despues|luego|igual|y)\s+)*(?:(?:le|les|se|lo|la|los|las|me|te)\s+)*/u,
  pt: /^(?:(?:ah|então|entao|primeiro|já|ja|também|tambem|eu|a gente|sempre|depois|aí|ai|e)\s+)*(?:(?:lhe|o|a|os|as|me|te|se)\s+)*/u,
};

/** English words that open a clause as a verb would and are no step: states, stances, following a method ("I apply PDCA"). */
const notSteps: ReadonlySet<string> = new Set(
  'think thought believe feel guess mean know like love want hope wish need try tried depends depend make sure say said tell talk is was are were be been have has had get got go went come came see saw apply follow implement maintain advocate prioritize prioritise ensure leverage align respect'.split(
    ' ',
  ),
);

/*
 * The verbs of a procedure in Spanish and Portuguese, by their infinitive: their first person
 * (present, preterite, conditional) is a step. A form alone cannot tell "reviso" from "protocolo".
 */
const infinitives: Record<'es' | 'pt', string> = {
  es: 'revisar mirar llamar avisar hablar preguntar explicar pedir anotar apuntar escribir verificar comprobar chequear cuadrar contar recontar medir probar bloquear etiquetar apagar desconectar cortar cerrar abrir quitar poner sacar subir bajar cambiar reemplazar limpiar lavar desinfectar separar ordenar organizar preparar armar montar cargar descargar mover llevar traer buscar ofrecer proponer acordar negociar calmar escuchar atender registrar documentar reportar informar escalar derivar clasificar evaluar valorar tomar dar usar activar reiniciar reinstalar configurar instalar reparar arreglar ajustar calibrar marcar asignar repartir dividir planificar programar agendar reservar coordinar acompañar retirar parar frenar orillar esperar dejar guardar enviar mandar mostrar enseñar entrenar capacitar cubrir comparar confirmar descartar aislar señalizar notificar pagar cobrar devolver resolver corregir proteger encender empezar colgar soltar elegir hacer decir ir vender cotizar sellar tapar regar podar cosechar ordeñar vacunar pesar filtrar agrupar reprogramar reasignar',
  pt: 'revisar olhar ligar avisar falar perguntar explicar pedir anotar escrever verificar conferir checar recontar contar medir testar bloquear etiquetar desligar cortar fechar abrir tirar colocar pôr subir baixar trocar substituir limpar lavar desinfetar higienizar separar organizar preparar montar carregar descarregar mover levar trazer buscar oferecer propor combinar negociar acalmar escutar atender registrar documentar reportar informar escalar classificar avaliar tomar dar usar ativar reiniciar reinstalar configurar instalar consertar ajustar calibrar marcar passar dividir programar agendar coordenar acompanhar retirar parar frear esperar deixar guardar enviar mandar mostrar ensinar treinar cobrir chamar ver comparar pegar acionar notificar confirmar descartar isolar sinalizar fazer dizer ir vender cotizar vedar regar podar colher ordenhar vacinar pesar filtrar agrupar reprogramar corrigir descobrir sentar',
};

/** Present forms that do not follow the rule, folded. */
const irregularPresent: Record<'es' | 'pt', Record<string, string>> = {
  es: {
    pedir: 'pido',
    medir: 'mido',
    probar: 'pruebo',
    contar: 'cuento',
    recontar: 'recuento',
    mostrar: 'muestro',
    cerrar: 'cierro',
    poner: 'pongo',
    traer: 'traigo',
    hacer: 'hago',
    dar: 'doy',
    decir: 'digo',
    ir: 'voy',
    devolver: 'devuelvo',
    resolver: 'resuelvo',
    corregir: 'corrijo',
    proteger: 'protejo',
    encender: 'enciendo',
    empezar: 'empiezo',
    colgar: 'cuelgo',
    soltar: 'suelto',
    elegir: 'elijo',
    mover: 'muevo',
    proponer: 'propongo',
    acordar: 'acuerdo',
  },
  pt: {
    pedir: 'peco',
    medir: 'meco',
    por: 'ponho',
    trazer: 'trago',
    fazer: 'faco',
    dizer: 'digo',
    ir: 'vou',
    dar: 'dou',
    ver: 'vejo',
    propor: 'proponho',
    corrigir: 'corrijo',
    descobrir: 'descubro',
    cobrir: 'cubro',
    conferir: 'confiro',
  },
};
/** Conditional stems that do not follow the rule, folded. */
const irregularConditional: Record<string, string> = {
  hacer: 'har',
  poner: 'pondr',
  decir: 'dir',
  proponer: 'propondr',
  fazer: 'far',
  dizer: 'dir',
  trazer: 'trar',
};

/** A verb's first-person forms, folded: present ("reviso"), preterite ("revisé", "revisei"), conditional ("revisaría"). */
function firstPersonForms(infinitive: string, language: 'es' | 'pt'): string[] {
  const verb = foldText(infinitive);
  const stem = verb.slice(0, -2);
  const ending = verb.slice(-2);
  // "ofrezco", "ofereço": the sound of the -cer stem kept.
  const soft = ending === 'er' && stem.endsWith('c') ? `${stem.slice(0, -1)}${language === 'es' ? 'zc' : 'c'}` : stem;
  const present = irregularPresent[language][verb] ?? `${soft}o`;
  // "busqué", "pagué", "empecé"; "busquei", "paguei": the spelling keeps the sound.
  const hard = stem.replace(/c$/, 'qu').replace(/g$/, 'gu').replace(/z$/, 'c');
  const preterite = ending === 'ar' ? (language === 'es' ? `${hard}e` : `${hard}ei`) : `${stem}i`;
  return [present, preterite, `${irregularConditional[verb] ?? verb}ia`];
}

const procedureVerbs: Record<'es' | 'pt', ReadonlySet<string>> = {
  es: new Set(infinitives.es.split(' ').flatMap((verb) => firstPersonForms(verb, 'es'))),
  pt: new Set(infinitives.pt.split(' ').flatMap((verb) => firstPersonForms(verb, 'pt'))),
};

/** The verb of one's own opening a clause, if any. */
function openingVerb(clause: string, language: TextLanguage): string | undefined {
  if (language === 'en') {
    // A word followed by what a verb takes ("check the plan", "profile it"; "call dispatch" is missed: precision first).
    const verb =
      /^(\p{L}{3,}) (?:it|them|him|her|the|a|an|my|your|their|his|our|this|that|these|those|up|out|down|off|for|with|to|on|in|at|back|over|everything|what|whether|if|who|which)\b/u.exec(
        clause,
      )?.[1];
    return verb && !notSteps.has(verb) ? verb : undefined;
  }
  const first = clause.split(/\s+/)[0] ?? '';
  return procedureVerbs[language].has(foldText(first)) ? first : undefined;
}

/** The clause names something to act on: a content word that is neither generic nor a function word. */
function namesSomething(clause: string, verb: string, language: TextLanguage): boolean {
  const rest = tokenize(foldText(clause.slice(clause.indexOf(verb) + verb.length)));
  return rest.some(
    (token) => token.length > 2 && !functionWords[language].has(token) && !genericStems[language].has(stemWord(token, language)),
  );
}

/** How many steps of one's own the answer tells, in any tense or mood. */
export function procedureSteps(answer: string, language: TextLanguage): number {
  const clauses = answer
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(clauseBreak)
    .map((clause) => clause.trim().replace(lead[language], ''));
  return clauses.filter((clause) => {
    const verb = openingVerb(clause, language);
    return verb !== undefined && namesSomething(clause, verb, language);
  }).length;
}
