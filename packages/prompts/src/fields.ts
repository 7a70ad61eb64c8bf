/**
 * The fields the interviewer adapts to. Each has weighted terms in English, Spanish and
 * Portuguese, written without accents (text is folded before matching). Multi-word
 * phrases carry more weight than single words, so "machine learning engineer" is AI,
 * "sales engineer" is Sales and "agricultural engineer" is Agriculture, not Engineering.
 */
export const fieldIds = [
  'engineering',
  'ai_ml',
  'marketing',
  'sales',
  'finance',
  'healthcare',
  'design',
  'agriculture',
  'physics',
  'general',
] as const;
export type FieldId = (typeof fieldIds)[number];

export const fieldNames: Record<FieldId, string> = {
  engineering: 'Engineering',
  ai_ml: 'AI / Machine Learning',
  marketing: 'Marketing',
  sales: 'Sales',
  finance: 'Finance',
  healthcare: 'Healthcare',
  design: 'Design',
  agriculture: 'Agriculture',
  physics: 'Physics',
  general: 'General',
};

/** term → weight. */
export type TermWeights = Record<string, number>;

export const fieldTerms: Record<Exclude<FieldId, 'general'>, TermWeights> = {
  engineering: {
    'software engineer': 5, 'software developer': 5, 'backend': 4, 'back-end': 4, 'frontend': 4, 'front-end': 4,
    'full stack': 4, 'fullstack': 4, 'devops': 4, 'site reliability': 4, 'sre': 3, 'platform engineer': 4,
    'data engineer': 4, 'mobile developer': 4, 'ios': 2, 'android': 2, 'embedded': 3, 'firmware': 3,
    'desarrollador': 4, 'desenvolvedor': 4, 'programador': 4, 'ingeniero de software': 5, 'engenheiro de software': 5,
    'mechanical engineer': 4, 'ingeniero mecanico': 4, 'engenheiro mecanico': 4, 'civil engineer': 4,
    'ingeniero civil': 4, 'engenheiro civil': 4, 'electrical engineer': 4, 'ingeniero electrico': 4,
    'engenheiro eletricista': 4, 'qa engineer': 4, 'test automation': 3, 'design engineer': 4, 'mechanical': 3,
    'mecanico': 2, 'mecanica': 2, 'structural': 2, 'estructural': 2, 'estrutural': 2,
    'engineer': 1.5, 'engineering': 1.5, 'ingeniero': 1.5, 'engenheiro': 1.5, 'ingenieria': 1.5, 'engenharia': 1.5,
    'developer': 2, 'typescript': 2, 'javascript': 2, 'java': 1.5, 'python': 1, 'golang': 2, 'rust': 1.5,
    'kubernetes': 2, 'docker': 1.5, 'aws': 1.5, 'microservices': 2, 'microservicios': 2, 'microsservicos': 2,
    'api': 1, 'react': 1.5, 'node.js': 2, 'sql': 1, 'ci/cd': 2, 'cad': 1.5, 'autocad': 2, 'solidworks': 2,
    'software': 1.5, 'codigo': 1, 'code': 1, 'architecture': 1, 'arquitectura de software': 3,
  },
  ai_ml: {
    'machine learning': 5, 'aprendizaje automatico': 5, 'aprendizado de maquina': 5, 'deep learning': 5,
    'aprendizaje profundo': 4, 'aprendizado profundo': 4, 'data scientist': 5, 'cientifico de datos': 5,
    'cientista de dados': 5, 'data science': 4, 'ciencia de datos': 4, 'ciencia de dados': 4, 'ml engineer': 5,
    'ai engineer': 5, 'ingeniero de ia': 5, 'engenheiro de ia': 5, 'artificial intelligence': 4,
    'inteligencia artificial': 4, 'llm': 4, 'llms': 4, 'large language model': 4, 'nlp': 4,
    'natural language processing': 4, 'procesamiento de lenguaje natural': 4, 'processamento de linguagem natural': 4,
    'computer vision': 4, 'vision por computadora': 4, 'visao computacional': 4, 'pytorch': 3, 'tensorflow': 3,
    'scikit-learn': 3, 'neural network': 3, 'redes neuronales': 3, 'redes neurais': 3, 'mlops': 4,
    'modelos predictivos': 3, 'modelos preditivos': 3, 'predictive models': 3, 'fine-tuning': 3, 'rag': 2,
    'research scientist': 3, 'feature engineering': 2, 'model training': 3, 'entrenamiento de modelos': 3,
    'treinamento de modelos': 3, 'ai': 2, 'ia': 2,
  },
  marketing: {
    'marketing': 4, 'mercadeo': 4, 'growth': 3, 'seo': 4, 'sem': 3, 'content marketing': 5,
    'marketing de contenidos': 5, 'marketing de conteudo': 5, 'brand': 3, 'marca': 2, 'branding': 3,
    'social media': 4, 'redes sociales': 4, 'redes sociais': 4, 'campaign': 3, 'campana': 3, 'campanha': 3,
    'campaigns': 3, 'campanas': 3, 'campanhas': 3, 'copywriter': 4, 'copywriting': 4, 'redator': 3, 'redactor': 3,
    'community manager': 4, 'performance marketing': 5, 'paid media': 4, 'midia paga': 4, 'google ads': 3,
    'meta ads': 3, 'email marketing': 4, 'go-to-market': 3, 'market research': 3, 'investigacion de mercado': 3,
    'pesquisa de mercado': 3, 'public relations': 3, 'relaciones publicas': 3, 'relacoes publicas': 3,
    'funnel': 2, 'embudo': 2, 'funil': 2, 'ctr': 2, 'cac': 1.5, 'audience': 2, 'audiencia': 2, 'publico-alvo': 2,
  },
  sales: {
    'sales': 4, 'ventas': 4, 'vendas': 4, 'account executive': 5, 'ejecutivo de cuentas': 5, 'executivo de contas': 5,
    'sales development': 5, 'sdr': 4, 'bdr': 4, 'business development': 4, 'desarrollo de negocios': 4,
    'desenvolvimento de negocios': 4, 'account manager': 4, 'gerente de cuentas': 4, 'gerente de contas': 4,
    'quota': 3, 'cuota': 3, 'cota': 2, 'pipeline': 2, 'prospecting': 3, 'prospeccion': 3, 'prospeccao': 3,
    'closing': 2, 'cierre': 2, 'fechamento': 2, 'crm': 2, 'salesforce': 2, 'hubspot': 1.5, 'vendedor': 4,
    'vendedora': 4, 'comercial': 3, 'representante comercial': 5, 'inside sales': 5, 'field sales': 5,
    'sales engineer': 6, 'ingeniero de ventas': 6, 'engenheiro de vendas': 6, 'customer acquisition': 2,
    'negotiation': 2, 'negociacion': 2, 'negociacao': 2, 'b2b': 2,
  },
  finance: {
    'finance': 4, 'finanzas': 4, 'financas': 4, 'financial analyst': 5, 'analista financiero': 5,
    'analista financeiro': 5, 'accountant': 5, 'contador': 5, 'contadora': 5, 'accounting': 4, 'contabilidad': 4,
    'contabilidade': 4, 'auditor': 4, 'audit': 3, 'auditoria': 3, 'controller': 4, 'controlador': 3, 'tesoreria': 4,
    'treasury': 4, 'tesouraria': 4, 'investment': 3, 'inversiones': 3, 'investimentos': 3, 'valuation': 3,
    'valoracion': 3, 'valuation de empresas': 3, 'fp&a': 5, 'budget': 2, 'presupuesto': 2, 'orcamento': 2,
    'forecast': 2, 'ifrs': 4, 'gaap': 4, 'tax': 2, 'impuestos': 3, 'impostos': 3, 'risk': 1.5, 'riesgo': 1.5,
    'risco': 1.5, 'credit analyst': 4, 'analista de credito': 4, 'banking': 3, 'banca': 3, 'bancario': 3,
    'equity': 2, 'portfolio': 1.5, 'cash flow': 3, 'flujo de caja': 3, 'fluxo de caixa': 3, 'excel': 1,
  },
  healthcare: {
    'nurse': 5, 'enfermero': 5, 'enfermera': 5, 'enfermeiro': 5, 'enfermeira': 5, 'nursing': 4, 'enfermeria': 4,
    'enfermagem': 4, 'physician': 5, 'medico': 5, 'medica': 5, 'doctor': 3, 'clinical': 3, 'clinico': 3,
    'clinica': 3, 'hospital': 3, 'patient': 3, 'paciente': 3, 'pacientes': 3, 'patients': 3, 'pharmacist': 5,
    'farmaceutico': 5, 'farmaceutica': 4, 'pharmacy': 4, 'farmacia': 4, 'physiotherapist': 5, 'fisioterapeuta': 5,
    'dentist': 5, 'dentista': 5, 'odontologo': 5, 'healthcare': 4, 'salud': 3, 'saude': 3, 'health': 2,
    'care': 1, 'icu': 3, 'uti': 3, 'uci': 3, 'emergency room': 3, 'pronto-socorro': 3, 'urgencias': 3,
    'medical': 3, 'medicine': 3, 'medicina': 3, 'psychologist': 5, 'psicologo': 5, 'psicologa': 5,
    'nutritionist': 5, 'nutricionista': 5, 'triage': 3, 'triaje': 3, 'triagem': 3,
  },
  design: {
    'designer': 5, 'disenador': 5, 'disenadora': 5, 'design': 3, 'diseno': 3, 'ux': 4, 'ui': 3,
    'user experience': 4, 'experiencia de usuario': 4, 'experiencia do usuario': 4, 'product designer': 6,
    'disenador de producto': 6, 'designer de produto': 6, 'graphic designer': 6, 'disenador grafico': 6,
    'designer grafico': 6, 'figma': 4, 'sketch': 2, 'adobe': 2, 'illustrator': 3, 'photoshop': 3,
    'prototype': 2, 'prototipo': 2, 'prototipos': 2, 'wireframe': 3, 'wireframes': 3, 'usability': 3,
    'usabilidad': 3, 'usabilidade': 3, 'design system': 4, 'sistema de diseno': 4, 'visual': 1.5,
    'typography': 3, 'tipografia': 3, 'interaction design': 4, 'motion': 2, 'ux research': 4,
    'user research': 3, 'investigacion de usuarios': 3, 'pesquisa com usuarios': 3,
  },
  agriculture: {
    'agronomist': 6, 'agronomo': 6, 'agronoma': 6, 'agronomy': 5, 'agronomia': 5, 'agricultural': 5,
    'agricola': 5, 'agriculture': 5, 'agricultura': 5, 'agribusiness': 5, 'agronegocio': 5, 'agronegocios': 5,
    'farm': 3, 'granja': 3, 'fazenda': 4, 'finca': 3, 'crop': 4, 'crops': 4, 'cultivo': 3, 'cultivos': 3,
    'lavoura': 4, 'cosecha': 3, 'colheita': 3, 'harvest': 3, 'soil': 4, 'suelo': 3, 'solo': 1, 'suelos': 3,
    'solos': 2, 'irrigation': 4, 'riego': 4, 'irrigacao': 4, 'livestock': 4, 'ganaderia': 4, 'pecuaria': 4,
    'agtech': 5, 'seeds': 2, 'semillas': 2, 'sementes': 2, 'fertilizer': 3, 'fertilizantes': 3, 'plagas': 3,
    'pragas': 3, 'pests': 3, 'agrotoxicos': 3, 'agroquimicos': 3, 'soja': 3, 'soybean': 3, 'maiz': 2,
    'milho': 2, 'cana': 1, 'rural': 2, 'veterinary': 2, 'zootecnista': 5,
  },
  physics: {
    'physicist': 6, 'fisico': 5, 'fisica': 5, 'physics': 5, 'quantum': 4, 'cuantica': 4, 'quantica': 4,
    'optics': 4, 'optica': 4, 'photonics': 4, 'fotonica': 4, 'particle': 3, 'particulas': 3, 'astrophysics': 5,
    'astrofisica': 5, 'condensed matter': 5, 'materia condensada': 5, 'materia condensada experimental': 5,
    'laser': 3, 'lasers': 3, 'spectroscopy': 4, 'espectroscopia': 4, 'cryogenic': 3, 'criogenia': 3,
    'simulation': 1.5, 'simulacion': 1.5, 'simulacao': 1.5, 'monte carlo': 3, 'plasma': 3, 'nuclear': 3,
    'radiation': 3, 'radiacion': 3, 'radiacao': 3, 'medical physics': 5, 'fisica medica': 6,
    'thermodynamics': 3, 'termodinamica': 3, 'semiconductor': 3, 'semiconductores': 3, 'semicondutores': 3,
    'accelerator': 3, 'acelerador': 3, 'detector': 2, 'detectores': 2, 'phd in physics': 6, 'doctorado en fisica': 6,
    'doutorado em fisica': 6, 'experimental physics': 5, 'theoretical physics': 5, 'fisico medico': 6,
  },
};

/**
 * Phrases that look like a field but are not (physical education is not physics). They
 * are consumed by the longest-match scan and count for nothing.
 */
export const neutralPhrases: string[] = [
  'physical education', 'educacion fisica', 'educacao fisica', 'physical activity', 'actividad fisica',
  'atividade fisica', 'physical therapy aide', 'brand new', 'fisica y quimica',
];
