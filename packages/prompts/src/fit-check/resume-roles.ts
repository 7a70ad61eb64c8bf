import { foldText } from '../fold-text.ts';

/*
 * The roles and studies a resume names as the candidate's own: the head of each line that is
 * not a bullet, before the employer or school ("Customer Service Representative — Delta Dental
 * call center (2022 – present)" → "customer service representative"). A bullet's words are what
 * the work touched ("schedule weld tests for welders"), and the employer's name is not the job:
 * neither makes the candidate a dental hygienist or a welder. Pure; folded.
 */

/** A bullet's opening mark. */
export const bullet = /^\s*[-•*·▪◦‣–—>]\s*/u;

/** What ends a role's name on its line: a dash between spaces, a bar, a comma, an opening bracket, " at ". */
const afterRole = /\s[-–—|@]\s|[|,(]|\sat\s/u;

/** A section's heading, folded: "Education: Some coursework" names no education role. */
const sectionHeading =
  /^(education|experience|work experience|professional experience|employment|skills|languages|certifications?|licenses?( & \w+)?|training|projects|summary|profile|objective|volunteer|references|formacion|educacion|experiencia|experiencia laboral|habilidades|conocimientos|idiomas|cursos|certificaciones|proyectos|perfil|objetivo|formacao|experiencia profissional|competencias|cursos complementares|projetos|resumo)\b\s*:?\s*/;

/** Lines too long to be a role's heading are prose (a summary, a bullet without its mark). */
const MAX_ROLE_WORDS = 12;

/** Each role with the whole line it heads, folded: what the line says after the role (its hours, its dates) belongs to it. */
export interface RoleLine {
  role: string;
  line: string;
}

export function resumeRoleLines(resumeText: string): RoleLine[] {
  const roles: RoleLine[] = [];
  for (const line of resumeText.split('\n')) {
    if (bullet.test(line) || line.trim() === '') continue;
    const head = foldText(line.split(afterRole)[0] ?? '')
      .replace(sectionHeading, '')
      .trim();
    if (head && head.split(/\s+/).length <= MAX_ROLE_WORDS) roles.push({ role: head, line: foldText(line).trim() });
  }
  return roles;
}

export function resumeRoles(resumeText: string): string[] {
  return resumeRoleLines(resumeText).map(({ role }) => role);
}
