/**
 * A trained logistic model's committed form, shared by the field classifier and the turn
 * reader: a bias per class, and per feature `[classIndex, weight × 1000, …]` with zeros dropped.
 */
export interface SparseLogistic {
  bias: number[];
  weights: Record<string, number[]>;
}

/** Each class's logit for one feature vector. Pure. */
export function sparseLogits(model: SparseLogistic, features: ReadonlyMap<string, number>): Float64Array {
  const logits = Float64Array.from(model.bias);
  for (const [feature, value] of features) {
    const row = model.weights[feature];
    if (!row) continue;
    for (let i = 0; i < row.length; i += 2) {
      const c = row[i] as number;
      logits[c] = (logits[c] ?? 0) + ((row[i + 1] as number) / 1000) * value;
    }
  }
  return logits;
}

/** Probabilities from logits. Pure. */
export function softmaxOf(logits: ArrayLike<number>): number[] {
  const values = Array.from(logits);
  const top = Math.max(...values);
  const exps = values.map((logit) => Math.exp(logit - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}
