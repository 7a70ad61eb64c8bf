/** What a question about the role asks about, read from its words in any interview language. Pure. */

/** What a question about the role asks about, so it is answered only from a sentence on the same topic. */
export type RoleTopic =
  | 'pay'
  | 'place'
  | 'schedule'
  | 'team'
  | 'start'
  | 'benefits'
  | 'contract'
  | 'travel'
  | 'growth'
  | 'tools'
  | 'process'
  | 'duties'
  | 'company';

/** What a role question asks about, folded. Every topic's words, any interview language. */
const roleTopics: Record<RoleTopic, RegExp> = {
  pay: /\b(salar\w*|pay|paid|compensation|wages?|bonus|differential|commissions?|comision(es)?|comissao|comissoes|adicional|equity|stock|sueldo|remuneracion|pago|paga|salario|remuneracao|bonus|plr|clt|pj)\b/,
  place:
    /\b(remote|remotely|hybrid|on-?site|office|offices|relocat\w*|location|located|based|city|remoto|remota|hibrido|presencial|oficina|oficinas|ubicacion|ubicad\w+|ciudad|sede|reubic\w+|remoto|escritorio|cidade|localizacao|mudanca|home office)\b/,
  schedule:
    /\b(hours|schedule|shifts?|rotas?|rosters?|weekends?|overtime|on-?call|part-?time|full-?time|horario|horarios|turno|turnos|fines de semana|guardia|guardias|horas extra|jornada|escala|plantao|plantoes|fim de semana|sobreaviso)\b/,
  team: /\b(team|teams|manager|report to|colleagues|equipo|jefe|jefa|companeros|reportar\w*|equipe|time|gestor|gestora|colegas|lider)\b/,
  start: /\b(start date|start|when would|begin|empezar|comenzar|incorpora\w+|inicio|comecar|inicio|quando (eu )?comec\w+)\b/,
  benefits:
    /\b(benefits?|insurance|vacation|holidays?|perks|health plan|beneficios|seguro|vacaciones|prestaciones|beneficios|plano de saude|vale|ferias)\b/,
  contract: /\b(contract|permanent|temporary|freelance|contractor|contrato|indefinido|temporal|permanente|efetivo|temporario)\b/,
  travel: /\b(travel|travelling|traveling|trips?|viaj\w+|viagens?)\b/,
  growth:
    /\b(training|career|growth|grow|promotion|learn|crecer|crescer|mentor\w*|capacitacion|formacion|carrera|crecimiento|ascenso|treinamento|capacitacao|carreira|crescimento|promocao)\b/,
  tools:
    /\b(tools?|stack|use|uses|using|databases?|cloud|platforms?|usan|usa|utiliza\w*|bases? de datos|bancos? de dados|nuvem|plataformas?|software|technolog\w+|languages?|frameworks?|equipment|herramientas?|tecnologi\w+|lenguajes?|equipos?|ferramentas?|tecnologi\w+|linguagens?|equipamentos?|sistemas?)\b/,
  process:
    /\b(next steps?|process|interviews?|hiring|decision|hear back|proximos pasos|proceso|entrevistas?|seleccion|respuesta|proximos passos|processo|selecao|retorno)\b/,
  duties:
    /\b(day to day|typical day|day-to-day|success look|first (30|60|90|thirty|sixty|ninety) days|the role|this role|the position|el puesto|este puesto|la vacante|a vaga|esta vaga|o cargo|responsibilit\w+|duties|expect\w*|dia a dia|tipico|responsabilidad\w*|funciones|se espera|dia a dia|responsabilidades|atribuicoes|rotina|esperam)\b/,
  company:
    /\b(company|companys|business|clients|customers|products?|mission|culture|empresa|negocio|clientes|productos?|cultura|mision|empresa|negocio|produtos?|missao)\b/,
};

/** Role topics whose words small talk also uses ("team", "company", "tools"). */
export const weakRoleTopics: ReadonlySet<RoleTopic> = new Set(['team', 'company', 'tools']);

/** The topics a question about the role (or a sentence of the posting) is about. */
export function roleTopicsOf(folded: string): RoleTopic[] {
  return (Object.keys(roleTopics) as RoleTopic[]).filter((topic) => roleTopics[topic].test(folded));
}
