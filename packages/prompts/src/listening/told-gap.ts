import type { Language } from '@voxly/config';
import { textLanguageOf } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText } from '../fold-text.ts';

/*
 * An answer that opens by owning a gap: "I don't have a nursing licence", "no tengo ninguna
 * formación en enfermería", "nunca trabalhei com Tasy". An interviewer thanks such candour;
 * "That makes sense" or "Perfect, thanks" after it sounds as if the gap pleased them. Only the
 * first sentence counts: having none of the experience, training or papers, or never having
 * used or worked with something. "I didn't use a template, I wrote it from scratch" owns no
 * gap. Precision first. Folded.
 */
const gapOpening: Record<TextLanguage, RegExp> = {
  en: /^(?:(?:well|so|honestly|to be honest|um|uh|no|sadly|unfortunately)[, ]+)*i(?:'ve| have| really| actually| still)* (?:(?:don't|do not|dont) have|have no|haven't got|(?:haven't|have not|havent|never)(?: actually| really| yet| ever)* (?:had|held|studied|trained|used|worked (?:with|in|on)|done))\b(?: (?:a|an|any|the|much|formal|real|hands-on|direct))*(?:(?: [\w-]+){0,2}? (?:experience|training|degree|licen[cs]e|certificat\w*|qualification\w*|background|registration|diploma)\b|(?<=(?:used|with|in|on|done)) (?!it\b|that\b|this\b|them\b)\w{2,})/,
  es: /^(?:(?:bueno|pues|la verdad|sinceramente|eh|no|lamentablemente)[, ]+)*(?:yo )?(?:no tengo|no cuento con|nunca (?:he |lo he |la he )?(?:tenido|trabajado (?:con|en)|usado|estudiado|use|trabaje (?:con|en))|no he (?:tenido|trabajado (?:con|en)|usado|estudiado))\b(?: (?:ningun|ninguna|un|una|el|la|mucha|formal))*(?:(?: [\w-]+){0,2}? (?:experiencia|formacion|titulo|licencia|certificacion|carrera|colegiatura|estudios|curso)\b|(?<=(?:usado|use|con|en)) (?!eso\b|esto\b|ello\b)\w{2,})/,
  pt: /^(?:(?:bom|entao|olha|sinceramente|na verdade|nao|infelizmente)[, ]+)*(?:eu )?(?:nao tenho|nunca (?:tive|trabalhei (?:com|em|no|na)|usei|estudei|mexi (?:com|em|no|na))|ainda nao (?:tenho|tive|trabalhei (?:com|em|no|na)|usei))\b(?: (?:nenhum|nenhuma|um|uma|o|a|muita|formal))*(?:(?: [\w-]+){0,2}? (?:experiencia|formacao|diploma|registro|curso|certificacao|graduacao|faculdade)\b|(?<=(?:usei|com|em|no|na)) (?!isso\b|isto\b)\w{2,})/,
};

/** Whether the answer's first sentence owns a gap: no experience, training, degree or licence, or never having used something. Pure. */
export function opensWithGap(answer: string, language: Language): boolean {
  const first =
    answer
      .trim()
      .slice(0, 400)
      .split(/(?<=[.!?;])\s+/)[0] ?? '';
  return gapOpening[textLanguageOf[language]].test(foldText(first).replace(/[’']/g, "'"));
}
