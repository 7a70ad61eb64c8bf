import type { FieldId } from '../fields.ts';
import { agricultureTerms } from './lexicon/agriculture.ts';
import { aiMlTerms } from './lexicon/ai-ml.ts';
import { designTerms } from './lexicon/design.ts';
import { engineeringTerms } from './lexicon/engineering.ts';
import { financeTerms } from './lexicon/finance.ts';
import { healthcareTerms } from './lexicon/healthcare.ts';
import { marketingTerms } from './lexicon/marketing.ts';
import { physicsTerms } from './lexicon/physics.ts';
import { salesTerms } from './lexicon/sales.ts';
import type { TermWeights } from './lexicon/term-weights.ts';

/**
 * Hand-written domain vocabulary per field, in English, Spanish and Portuguese, written
 * without accents. It is not the classifier: it becomes one feature per field
 * (lexicon-score.ts) whose weight the trained model decides, so words the labelled corpus
 * never showed still count for something.
 */
export const fieldTerms: Record<Exclude<FieldId, 'general'>, TermWeights> = {
  engineering: engineeringTerms,
  ai_ml: aiMlTerms,
  marketing: marketingTerms,
  sales: salesTerms,
  finance: financeTerms,
  healthcare: healthcareTerms,
  design: designTerms,
  agriculture: agricultureTerms,
  physics: physicsTerms,
};

/**
 * Phrases that look like a field but are not (physical education is not physics). They
 * are consumed by the longest-match scan and count for nothing.
 */
export const neutralPhrases: string[] = [
  'physical education',
  'educacion fisica',
  'educacao fisica',
  'physical activity',
  'actividad fisica',
  'atividade fisica',
  'physical therapy aide',
  'brand new',
  'fisica y quimica',
  // People and security work: HR pays and hires, security guards protect; neither is finance nor sales.
  'human resources',
  'recursos humanos',
  'talent acquisition',
  'adquisicion de talento',
  'aquisicao de talentos',
  'payroll and benefits',
  'nomina y beneficios',
  'folha de pagamento e beneficios',
  'loss prevention',
  'prevencion de perdidas',
  'prevencao de perdas',
  'security guard',
  'guardia de seguridad',
  'vigilante de seguranca',
];
