/** term → weight. */
export type TermWeights = Record<string, number>;
