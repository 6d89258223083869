/**
 * Sparse TF-IDF vectors over a story's own vocabulary. There is no background corpus, so IDF
 * is computed over the story's sentences: terms every sentence shares weigh little, terms
 * that single out an event weigh more (Radev et al. 2004 use a corpus IDF; within-story IDF
 * is the standard fallback when none is at hand).
 */

export interface SparseVector {
  /** Term ids, ascending, distinct. */
  ids: Int32Array;
  /** Weights aligned with ids; the vector has unit L2 norm unless empty. */
  weights: Float64Array;
}

export interface Vocabulary {
  ids: Map<string, number>;
  idf: Float64Array;
  /** Number of sentences containing each term. */
  frequency: Int32Array;
}

export function buildVocabulary(termLists: readonly (readonly string[])[]): Vocabulary {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  const lastSeen: number[] = [];
  termLists.forEach((terms, list) => {
    for (const term of terms) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        frequency.push(0);
        lastSeen.push(-1);
      }
      if (lastSeen[id] !== list) {
        lastSeen[id] = list;
        frequency[id] = (frequency[id] ?? 0) + 1;
      }
    }
  });
  const total = Math.max(1, termLists.length);
  const idf = new Float64Array(ids.size);
  for (let id = 0; id < ids.size; id++) idf[id] = Math.log(1 + total / (frequency[id] ?? 1));
  return { ids, idf, frequency: Int32Array.from(frequency) };
}

/** Scales weights in place to unit L2 norm. */
function unitLength(weights: Float64Array): Float64Array {
  let norm = 0;
  for (const weight of weights) norm += weight * weight;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
  return weights;
}

/** Unit vector from term ids (repeats allowed, -1 ignored) weighted by term frequency × IDF. */
export function tfidfFromIds(termIds: Int32Array, idf: Float64Array): SparseVector {
  termIds.sort();
  let distinct = 0;
  for (let i = 0; i < termIds.length; i++) {
    const id = termIds[i] ?? -1;
    if (id >= 0 && (i === 0 || termIds[i - 1] !== id)) distinct++;
  }
  const ids = new Int32Array(distinct);
  const weights = new Float64Array(distinct);
  let at = -1;
  for (let i = 0; i < termIds.length; i++) {
    const id = termIds[i] ?? -1;
    if (id < 0) continue;
    if (at < 0 || ids[at] !== id) ids[++at] = id;
    weights[at] = (weights[at] ?? 0) + (idf[id] ?? 0);
  }
  return { ids, weights: unitLength(weights) };
}

export function tfidfVector(terms: readonly string[], vocabulary: Vocabulary): SparseVector {
  const termIds = new Int32Array(terms.length);
  terms.forEach((term, i) => {
    termIds[i] = vocabulary.ids.get(term) ?? -1;
  });
  return tfidfFromIds(termIds, vocabulary.idf);
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const idA = a.ids[i] ?? 0;
    const idB = b.ids[j] ?? 0;
    if (idA === idB) {
      dot += (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      i++;
      j++;
    } else if (idA < idB) {
      i++;
    } else {
      j++;
    }
  }
  return dot;
}

/** Normalized sum of vectors over a vocabulary of `size` terms: a centroid (Radev et al. 2004). */
export function centroid(vectors: SparseVector[], size: number): SparseVector {
  const sum = new Float64Array(size);
  for (const vector of vectors) {
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i] ?? 0;
      sum[id] = (sum[id] ?? 0) + (vector.weights[i] ?? 0);
    }
  }
  const ids: number[] = [];
  const weights: number[] = [];
  sum.forEach((weight, id) => {
    if (weight !== 0) {
      ids.push(id);
      weights.push(weight);
    }
  });
  return { ids: Int32Array.from(ids), weights: unitLength(Float64Array.from(weights)) };
}
