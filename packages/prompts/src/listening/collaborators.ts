import { foldText } from '../fold-text.ts';

/*
 * The people a posting says the hire works with ("partner with account executives", "work with
 * finance, risk and compliance to ship…", "en coordinación con el equipo de riesgo", "junto com
 * PMs, engenharia e dados") are colleagues, not must-haves: an interviewer cannot ask "what
 * experience do you have with bank?". Read in any of the three languages: postings mix them.
 */

/**
 * What opens the list of colleagues, folded. "Work with" only as a duty: after "experience" or
 * "familiar" it names a tool ("experience working with Kafka"). "Trabajar con" / "trabalhar com"
 * are left out: they name tools and methods as often as people.
 */
const opensColleagues =
  /\b(work(s|ing)? (closely |directly |hand in hand |side by side )?(with|alongside)|partner(s|ing)? (closely )?with|collaborat(e|es|ing) (closely )?with|coordinat(e|es|ing) with|liais(e|es|ing) with|interfac(e|es|ing) with|reports? (directly )?to|reporting (directly )?to|alongside|together with|in (partnership|coordination) with|colabor(ar|a|ando|aras) (estrechamente )?con|coordin(ar|a|ando|aras) con|(en )?coordinacion con|en conjunto con|(em )?coordenacao com|de la mano (con|de)|junto (a|al|a los|a las|con|com|ao|aos|as)|reportando(-se)? (a|al|ao|para)|reportar(a|as|-se)? (directamente )?(a|al|ao|para)|colabor(ar|a|ando) com|coorden(ar|a|ando) com|em (parceria|conjunto) com|interag(ir|e|indo) com|interactu(ar|a|ando) con|articul(ar|a|ando) com)\b:?/g;

/** "Experience working with…": a tool follows, not a colleague. Folded. */
const toolFrame = /\b(experience|experienced|familiar|familiarity|comfortable|proficien\w*|knowledge|expertise)\b[^.;,]{0,20}$/;

/** What ends the list: a purpose or the task it is for ("…on monthly KPI reports", "…to ship", "…para ofrecer"). Folded. */
const endsColleagues =
  /[.;:()\n]|\s(on|to|for|in|across|about|during|when|while|so|through|via|para|en|sobre|em|no|na|nos|nas|durante|ao|a fin de)\s/;

/**
 * The sentence with its lists of colleagues blanked out (each replaced by a comma, so nothing
 * there becomes a phrase). A comma goes on with the list unless a verb follows it ("work with
 * finance, build the model", ", além de emitir ART"); `isVerb` is the caller's reading of a folded word. Pure.
 */
export function withoutCollaborators(sentence: string, isVerb: (folded: string) => boolean): string {
  const folded = foldText(sentence).replace(/[’']/g, "'");
  // Folding keeps the length of ordinary text; where it does not, positions would not line up, and the sentence is kept.
  if (folded.length !== sentence.length) return sentence;
  let out = sentence;
  for (const cue of folded.matchAll(opensColleagues)) {
    if (toolFrame.test(folded.slice(0, cue.index))) continue;
    const start = cue.index + cue[0].length;
    let end = start;
    for (const item of folded.slice(start).split(/(?=,)/)) {
      const stop = endsColleagues.exec(item);
      const names = stop ? item.slice(0, stop.index) : item;
      // A comma goes on with the list only while what follows names more people: no verb in it.
      if (item.startsWith(',') && (names.match(/\p{L}+/gu) ?? []).some(isVerb)) break;
      end += names.length;
      if (stop) break;
    }
    out = `${out.slice(0, start)}${' '.repeat(Math.max(0, end - start - 1))}${end > start ? ',' : ''}${out.slice(end)}`;
  }
  return out;
}
