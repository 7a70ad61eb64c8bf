/**
 * Multinomial logistic regression over sparse features, shared by the trained models
 * (the field classifier, the turn reader): training by AdaGrad SGD with L2 decay, raw
 * probabilities for cross-validation, and the committed sparse form of the weights.
 */

export interface LabelledFeatures<L extends string> {
  features: ReadonlyMap<string, number>;
  label: L;
}

export interface TrainingOptions {
  /** L2 strength per example. */
  l2: number;
  epochs: number;
  /** Features kept even when seen in one example only (say, a job title's words). */
  keepRare?: RegExp;
}

export interface LogisticModel<L extends string> {
  classes: L[];
  bias: number[];
  weights: Map<string, Float64Array>;
}

/** Only features seen in at least two training examples: a one-off word is noise, not signal. */
function vocabulary(examples: readonly LabelledFeatures<string>[], keepRare: RegExp | undefined): Set<string> {
  const documentFrequency = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const kept = new Set<string>();
  for (const [feature, count] of documentFrequency) if (count >= 2 || keepRare?.test(feature)) kept.add(feature);
  return kept;
}

function logits(model: LogisticModel<string>, features: ReadonlyMap<string, number>): number[] {
  const out = [...model.bias];
  for (const [feature, value] of features) {
    const row = model.weights.get(feature);
    if (!row) continue;
    for (let c = 0; c < out.length; c += 1) out[c] = (out[c] as number) + (row[c] as number) * value;
  }
  return out;
}

function softmax(values: number[], temperature = 1): number[] {
  const scaled = values.map((value) => value / temperature);
  const top = Math.max(...scaled);
  const exps = scaled.map((value) => Math.exp(value - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/**
 * Multinomial logistic regression by stochastic gradient descent with AdaGrad steps and
 * L2 decay, visiting the examples in a fixed shuffled order so a run is reproducible.
 */
export function trainLogistic<L extends string>(
  examples: readonly LabelledFeatures<L>[],
  options: TrainingOptions,
  labels: readonly L[],
): LogisticModel<L> {
  const classes = labels.filter((label) => examples.some((example) => example.label === label));
  const kept = vocabulary(examples, options.keepRare);
  const model: LogisticModel<L> = { classes, bias: classes.map(() => 0), weights: new Map() };
  const squared = new Map<string, Float64Array>();
  const biasSquared = classes.map(() => 1e-8);
  for (const feature of kept) {
    model.weights.set(feature, new Float64Array(classes.length));
    squared.set(feature, new Float64Array(classes.length).fill(1e-8));
  }
  const order = examples.map((_, index) => index);
  const rate = 0.5;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    // A fixed permutation per epoch (multiplicative stride) keeps runs identical.
    const stride = 7919 % order.length || 1;
    for (let step = 0; step < order.length; step += 1) {
      const example = examples[(step * stride + epoch) % order.length];
      if (!example) continue;
      const probabilities = softmax(logits(model, example.features));
      for (let c = 0; c < classes.length; c += 1) {
        const gradient = (probabilities[c] as number) - (classes[c] === example.label ? 1 : 0);
        biasSquared[c] = (biasSquared[c] as number) + gradient * gradient;
        model.bias[c] = (model.bias[c] as number) - (rate * gradient) / Math.sqrt(biasSquared[c] as number);
        for (const [feature, value] of example.features) {
          const row = model.weights.get(feature);
          const history = squared.get(feature);
          if (!row || !history) continue;
          const g = gradient * value + options.l2 * (row[c] as number);
          history[c] = (history[c] as number) + g * g;
          row[c] = (row[c] as number) - (rate * g) / Math.sqrt(history[c] as number);
        }
      }
    }
  }
  return model;
}

export function rawProbabilities(model: LogisticModel<string>, features: ReadonlyMap<string, number>, temperature = 1): number[] {
  return softmax(logits(model, features), temperature);
}

/** Weights × 1000 as integers, zeros dropped, features sorted for a stable diff: feature → [class, weight, class, weight, …]. */
export function compactWeights(model: LogisticModel<string>): Record<string, number[]> {
  const weights: Record<string, number[]> = {};
  for (const feature of [...model.weights.keys()].sort()) {
    const row = model.weights.get(feature);
    if (!row) continue;
    const pairs: number[] = [];
    row.forEach((weight, c) => {
      const scaled = Math.round(weight * 1000);
      if (Math.abs(scaled) >= 5) pairs.push(c, scaled);
    });
    if (pairs.length > 0) weights[feature] = pairs;
  }
  return weights;
}
