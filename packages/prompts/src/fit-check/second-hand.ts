/*
 * Clauses that mention a field without showing the candidate's own work in it: a liking for it
 * ("I love animals", "adoro mecânica", "lo mío es el deporte"), someone else's job ("my wife's a
 * nurse", "meu pai era caminhoneiro", "the lawyers come in every day") or an opinion of it
 * ("pharmacy is a good career", "vi que pagaban bien"). Pure; on folded tokens.
 */

/** Liking, loving, being drawn to: a feeling about the field, not work in it. Folded. */
const liking =
  /\b(i (really |just |always )?(love|loved|adore|enjoy|enjoyed)|passion(ate)? (for|about)|fascinat\w*|apaixonad[oa]|always (liked|loved|been interested)|i ?'?m (really |very )?interested in|amo|amaba|adoro|adoraba|me encanta(ba)?|me gusta(ba)?|me apasiona(ba)?|me interesa(ba)?|lo mio es|amava|gosto (muito )?d[aeo]s?|curto|curti|sempre (gostei|curti|quis|sonhei)|meu sonho|mi sueno|my dream|sonho|(has|have|'?s) always been (so |really )?(interesting|fascinating)|always been (fascinated|drawn|curious)|been interesting to me|me ha (apasionado|gustado|encantado|interesado|llamado (mucho )?la atencion)|siempre me (llamo|ha llamado) la atencion|sempre me (interessou|chamou (a )?atencao|fascinou))\b/;

/** Someone else as the subject: a relative, a friend, the people the candidate serves or watches. Folded. */
const someoneElse =
  /\b(my (wife|husband|partner|mom|mother|dad|father|sister|brother|friend|son|daughter|cousin|uncle|aunt|neighbou?r|family|parents|grandma|grandmother|grandpa|grandfather)|mi (esposa|esposo|mujer|marido|pareja|madre|mama|padre|papa|hermana|hermano|amig[oa]|hij[oa]|prim[oa]|ti[oa]|vecin[oa]|familia|abuel[oa])|minha (esposa|mulher|mae|irma|amiga|filha|prima|tia|vizinha|familia|avo)|meu (marido|pai|irmao|amigo|filho|primo|tio|vizinho|avo)|(clients|customers|people|patients|they) (ask|come|tell)|(los clientes|la gente|viene gente|me preguntan)|(os clientes|as pessoas|me perguntam)|guests?|invitad[oa]s|convidad[oa]s|entrevist(o|e|aba|ando|ei|ava) a? ?(medicos|doctores|abogados|expertos|especialistas|doctors|nurses|lawyers|experts|advogados|veterinarios)|interview(ed|ing)? (doctors|nurses|lawyers|experts|vets))\b/;

/** An opinion of the field as a career: that it pays, that it is good, stable or in demand. Folded. */
const opinion =
  /\b(good career|pays? (well|good)|stable (job|career)|in demand|buena carrera|paga(ba|n)? bien|pagaban bien|boa carreira|paga(m)? bem|ganham? (bem|muito)|quanto .* ganham?)\b/;

/**
 * A pastime: a game or a simulator ("juego harto simulador el A320", "jogo muito X-Plane"), jobs
 * done at home or for neighbours and friends ("em casa eu faço toda a parte elétrica", "ampliamos
 * la losa de mi casa", "faço as instalação pros vizinhos"), or a hobby. Where a trade asks for its
 * licence, that is an interest in the trade, not work in it. So is what a resume lists under its
 * interests, or calls recreational or amateur ("piloto de dron recreativo"). Folded.
 */
const pastime =
  /\b(simulador(es)?|simulators?|flight sim|x ?plane|msfs|video ?games?|videojuegos?|juego|juegos|jugando|jogo|jogos|jogando|gaming|playstation|xbox|at home|around the house|in my (house|home|garage|kitchen)|my own (house|home)|(en|de) (mi )?casa|em casa|(na|da) minha casa|la em casa|(pros?|para (os )?|pra )(vizinhos|amigos|parentes)|for (my )?(neighbou?rs|friends|family)|(para|a) (mis |los )?(vecinos|amigos|parientes)|hobby|hobbies|for fun|recreational|recreativ[oa]s?|recreacional|amateur|amador(a|es)?|aficionad[oa]s?|in my (spare|free) time|pasatiempo|por diversion|en mis ratos libres|en mi tiempo libre|nas horas vagas|no meu tempo livre|passatempo)\b/;

/** A resume's list of interests, by its heading: "Intereses: aviación, drones", "Interests: sailing". Folded. */
const interestsList = /^(intereses|interests|interesses|pasatiempos|passatempos|hobbies)\b/;

/** Whether a clause speaks of the field second-hand (a liking, someone else's work, an opinion, a pastime) rather than the candidate's own work in it. */
export function secondHand(tokens: readonly string[]): boolean {
  const text = tokens.join(' ');
  return liking.test(text) || someoneElse.test(text) || opinion.test(text) || pastime.test(text) || interestsList.test(text);
}

/**
 * A short or introductory course, folded: "Psych 101", "curso virtual", "contabilidad básica para
 * emprendedores", "8-hour community course". Where the posting makes a licence or a degree a
 * condition, such a course is an interest in the field, not training towards the credential.
 */
const introductory =
  /\b(101|one (oh|o) one|intro|introductory|introduction to|basic|beginners?|online course|virtual course|community course|\d+[- ]?(h|hr|hrs|hour|hours|horas)\b|short (\w+ )?course|curso (\w+ )?(corto|curto)|cursinho|udemy|coursera|horitas|curso (virtual|online|livre|gratuito|basico|introductorio)|introduccion a|introducao a|basic[ao] para|para (emprendedores|principiantes|iniciantes|leigos)|primeros auxilios|primeiros socorros|first aid)/;

/** Whether a clause or a resume line names only a short or introductory course. */
export function introductoryCourse(tokens: readonly string[]): boolean {
  return introductory.test(tokens.join(' '));
}
