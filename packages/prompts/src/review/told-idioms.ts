import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';

/*
 * Spoken phrases that look like a fact and tell none. A discourse marker or an idiom
 * ("resulta que", "at the end of the day", "no fim das contas", "al final es el cliente el
 * que paga", "grew up", "bajo presión", "caiu a ficha") is how people talk, not how a story
 * ended; a hyperbole ("a hundred percent sure", "I give 110%", "doy el 100 %", "mil veces", "um milhão de coisas"), an
 * emergency number ("llamo al 911"), "both" said as a number ("leva os dois", "the two of
 * us") or "one" as an article or a pronoun ("one day", "one of my clients", "another one")
 * is no measurement. Blanked before the figures and the ending are read, so neither the
 * reviewer nor the hint's check takes them for one. Folded.
 */
const idioms: PerLanguage = {
  en: /\b(at the end of the day|(call|called|calling|dial|dialed|dialled) 911|the two of (us|them|you)|grew up|grow up|signed up|cut corners|zero tolerance|when all is said and done|it turns out|turns out|(in|at) the end (it'?s|it is|is|are|that'?s|it all|what matters|you|everything)|(a|one) hundred (percent|per cent)|(a|one) hundred and ten (percent|per cent)|(a )?(million|thousand|hundred) (times|things|ways|questions|reasons|emails|calls)|one (day|time|of|thing|way|another|more time|morning|afternoon|evening|night|point)|(another|this|that|which|each|every|the|no|any|other|next|first|last|same|right|wrong|new|old) one|one by one|one on one|one-on-one)\b/g,
  es: /\b(al fin y al cabo|llam\w* (al|a) (911|112|066|123)|(los|las) dos(?= ?[.,;!?]|$| (y|que|juntos|juntas)\b)|bajo (presion|control|mi cargo|su cargo|mi responsabilidad|mi supervision)|a fin de cuentas|al final de cuentas|al final del dia|al final (es|son|todo|lo que|uno|hay|se trata|depende|importa|siempre)|resulta que|result[oa] que|(el |al )?cien por ciento|(mil|un millon de) (veces|cosas|preguntas|maneras|llamadas|correos))\b/g,
  pt: /\b(no fim das contas|(lig\w*|cham\w*|acion\w*) (pro|pra|para o|o|a) (samu |bombeiros )?(190|192|193|911)|(os|as) (dois|duas)(?= ?[.,;!?]|$| (e|que|juntos|juntas)\b)|caiu a ficha|sob (pressao|controle)|no final das contas|no fim do dia|no final do dia|(no fim|no final) (e|sao|tudo|o que|depende|importa|sempre)|acontece que|(os |a )?cem por cento|(mil|um milhao de) (vezes|coisas|perguntas|jeitos|ligacoes|e-mails))\b/g,
};

/**
 * Numbers that name rather than measure: an emergency or service line called ("I called 112",
 * "llamé al 911", "liguei pro 192"), and a year after a time word ("in 2019", "desde 2021",
 * "em 2018"). Telling them is no measurement, so "you gave a figure" is never said for them.
 * An emergency number counts only as one called and followed by no counted thing ("called 110
 * customers" is a figure). Folded.
 */
const emergencyNumber = '(?:911|112|999|000|111|101|061|066|080|110|118|119|123|190|192|193)';
const namingNumbers: PerLanguage = {
  en: new RegExp(
    `\\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|phone|phoned|ring|rang)(?: up)? (?:the )?${emergencyNumber}(?! [a-z]{3,}s\\b)|\\b(?:in|since|from|until|till|during|around|back in) (?:19[5-9]\\d|20[0-3]\\d)\\b(?! ?%)`,
    'g',
  ),
  es: new RegExp(
    `\\b(?:llam\\w*|marc\\w*) (?:al |a |el )?${emergencyNumber}(?! [a-z]{3,}s\\b)|\\b(?:en|desde|hasta|durante|hacia) (?:el (?:ano )?)?(?:19[5-9]\\d|20[0-3]\\d)\\b(?! ?%)`,
    'g',
  ),
  pt: new RegExp(
    `\\b(?:lig\\w*|cham\\w*|acion\\w*|disq\\w*|disc\\w*) (?:pro |pra |para o |para |o |a |ao )?(?:samu |bombeiros )?${emergencyNumber}(?! [a-z]{3,}s\\b)|\\b(?:em|desde|ate|durante|por volta de) (?:19[5-9]\\d|20[0-3]\\d)\\b(?! ?%)`,
    'g',
  ),
};

/** Effort said as all of it or more, in digits or words: "I always give 110%", "doy el 100 %", "dou 110 por cento". Folded. */
const effortHyperbole: PerLanguage = {
  en: /\b(give|gives|gave|giving|put in|puts in|putting in|bring|brings) (it )?(my |me |you |them |everyone |everybody )?(all )?(\d{3}|a hundred|one hundred|a hundred and ten) ?(%|percent\b|per cent\b)/g,
  es: /\b((dar|doy|di|dando|damos|dio|dan) (siempre )?(el |un |mi )?|(estoy|estar|estaba|estamos) al )(\d{3}|cien|ciento diez) ?(%|por ciento\b)/g,
  pt: /\b(dar|dou|dei|dando|damos|deu|dao) (sempre )?(o |os |meu )?(\d{3}|cem|cento e dez) ?(%|por cento\b)/g,
};

/** The folded answer with its idioms blanked out, sentence marks kept, so no reading takes them for a fact. */
export function withoutIdioms(folded: string, language: TextLanguage): string {
  return folded.replace(idioms[language], ' ').replace(effortHyperbole[language], ' ').replace(namingNumbers[language], ' ');
}
