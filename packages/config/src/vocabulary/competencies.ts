/** What a review rates, one score each: the question bank's tags, the feedback schema and the report's rows. */
export const competencies = ['technical_depth', 'problem_solving', 'communication', 'role_fit', 'behavioural'] as const;
export type Competency = (typeof competencies)[number];
