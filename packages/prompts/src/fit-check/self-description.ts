/*
 * An answer's clause in which the candidates say what they are, do, studied or hold: "I'm a
 * cashier at Publix", "trabajo de teleoperador", "me formei em Farmácia", "I have a CDL". The
 * rest of an answer (what they like, whom they work beside, what they think of the field) is
 * talk, not a claim: "I work with structural engineers all the time" makes no one an engineer.
 * Pure; on folded tokens.
 */

/** Acquiring a qualification or doing a job, in the first person and the past: "I did the program", "saqué el CELTA", "fiz o técnico". Folded. */
const acquired =
  /\b(i (did|took|passed|got|earned|obtained|completed|finished|worked|was an?)|saque|obtuve|hice|tome|aprobe|termine|curse|trabaje|fui|fiz|tirei|passei|obtive|conclui|trabalhei|cursei)\b/;

const selfDescription =
  /\b(i (run|do|handle|manage|prepare|lead|teach|treat|build|design|install|repair|fix|weld|drive|supervise|coordinate|own)|llevo|preparo|hago|manejo|atiendo|coordino|superviso|dirijo|gestiono|realizo|reparo|instalo|enseno|faco|cuido|atendo|coordeno|gerencio|lidero|conserto|instalo|ensino|i ?'?m (studying|enrolled|in my)|i am (studying|enrolled)|i (just )?(finished|completed|graduated)|estoy (cursando|estudiando|terminando|haciendo)|estudio|acabo de (terminar|egresar|recibirme)|termine|estou (cursando|estudando|terminando|fazendo)|estudo|to (cursando|estudando|fazendo)|acabei de (terminar|me formar)|terminei|conclui|i ?'?m an?|i am an?|i work(ed)? as|i ?'?ve been an?|i have been an?|i was an?|i studied|i graduated|i trained|i (have|hold|got|earned|completed|finished) (an?|my|the) \w*\s?(degree|diploma|certificate|certification|license|licence|course|program|bootcamp|apprenticeship)|my (degree|diploma|certificate|certification|license|licence) |soy|trabajo (como|de)|trabaje (como|de)|he sido|estudie|me forme|me gradue|me recibi|tengo (el|un|una|mi) (titulo|grado|curso|certificado|certificacion|diploma|carnet|cedula|matricula|licencia)|hice (el|un|una) (curso|grado|carrera|tecnico|diplomado|bootcamp|master|posgrado)|sou|trabalho (como|de)|trabalhei (como|de)|estudei|me formei|sou formad[oa]|tenho (o|um|uma|meu|minha) (diploma|curso|certificado|certificacao|registro|graduacao|carteira|habilitacao)|fiz (o|um|uma) (curso|faculdade|graduacao|tecnico|bootcamp|pos))\b/;

/** A credential said to be in force, with or without "my": "o registro do MTE saiu, tá ativo", "license is current", "mi matrícula está vigente". Folded. */
const credentialInForce =
  /\b(licen[cs]e|licencia|licenca|registro|registration|certification|certificacion|certificacao|certificado|matricula|carteira|cedula|colegiatura|credential)\b.*\b(active|current|valid|in good standing|came (through|in)|ativ[oa]|activ[oa]|vigente|valid[oa]|em dia|al dia|saiu|salio)\b/;

/** Holding a licence or a register, said of oneself: "I'm licensed in Ohio", "ya estoy colegiada", "sou registrada no conselho". Folded. */
const licensedSelf =
  /\b(i ?'?m|i am|estoy|soy|sou|estou|to) (already |ya |ja |fully |now |ahora |agora )?(licensed|certified|registered|board[- ]certified|colegiad[oa]|registrad[oa]|habilitad[oa]|certificad[oa]|inscrit[oa]|matriculad[oa])\b/;

/** Whether a clause is the candidate saying what they are, do, studied or hold. */
export function describesSelf(tokens: readonly string[]): boolean {
  const text = tokens.join(' ');
  return selfDescription.test(text) || acquired.test(text) || credentialInForce.test(text) || licensedSelf.test(text);
}
