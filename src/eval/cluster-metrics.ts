/**
 * Clustering quality against gold labels, exactly as defined in
 * `shared/data/clustering/README.md`: B-cubed (Bagga & Baldwin 1998, item-weighted as in the
 * USTORY/SCStory `b3.py`), pairwise P/R/F1 (Priberam news-clustering evaluation script),
 * NMI with sqrt and arithmetic normalisation, homogeneity/completeness (Rosenberg &
 * Hirschberg 2007) and ARI (Hubert & Arabie 1985). A gold item missing from the prediction
 * counts as its own singleton; predicted items without a gold label are ignored.
 */

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusterScores {
  /** Number of gold items scored. */
  items: number;
  goldClusters: number;
  predictedClusters: number;
  bcubed: PrecisionRecall;
  pairwise: PrecisionRecall;
  /** MI / sqrt(H(G)·H(P)): scikit-learn < 0.22 and MStream's equation (6). */
  nmiSqrt: number;
  /** MI / ((H(G)+H(P))/2): scikit-learn ≥ 0.22, equal to the V-measure. */
  nmiArithmetic: number;
  homogeneity: number;
  completeness: number;
  ari: number;
}

interface Contingency {
  n: number;
  goldSizes: number[];
  predictedSizes: number[];
  /** Non-zero cells n_gp with their gold and predicted cluster indices. */
  cells: { gold: number; predicted: number; count: number }[];
}

/** Scores `predicted` (item id → cluster) against `gold` (item id → cluster). */
export function scoreClustering(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): ClusterScores {
  const table = contingency(gold, predicted);
  const info = informationScores(table);
  return {
    items: table.n,
    goldClusters: table.goldSizes.length,
    predictedClusters: table.predictedSizes.length,
    bcubed: bcubed(table),
    pairwise: pairwise(table),
    ...info,
    ari: adjustedRandIndex(table),
  };
}

function contingency(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): Contingency {
  const goldIndex = new Map<string, number>();
  const predictedIndex = new Map<string, number>();
  const goldSizes: number[] = [];
  const predictedSizes: number[] = [];
  const cellIndex = new Map<string, number>();
  const cells: Contingency['cells'] = [];
  let n = 0;
  for (const [item, goldLabel] of gold) {
    // A missing prediction is a singleton: a key no predicted label can take.
    const predictedLabel = predicted.has(item) ? `p:${predicted.get(item)}` : `missing:${item}`;
    const g = indexOf(goldIndex, goldSizes, goldLabel);
    const p = indexOf(predictedIndex, predictedSizes, predictedLabel);
    goldSizes[g] = (goldSizes[g] ?? 0) + 1;
    predictedSizes[p] = (predictedSizes[p] ?? 0) + 1;
    const key = `${g}\u0000${p}`;
    const at = cellIndex.get(key);
    if (at === undefined) {
      cellIndex.set(key, cells.length);
      cells.push({ gold: g, predicted: p, count: 1 });
    } else {
      cells[at]!.count += 1;
    }
    n += 1;
  }
  return { n, goldSizes, predictedSizes, cells };
}

function indexOf(index: Map<string, number>, sizes: number[], label: string): number {
  const known = index.get(label);
  if (known !== undefined) return known;
  index.set(label, sizes.length);
  sizes.push(0);
  return sizes.length - 1;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function bcubed(table: Contingency): PrecisionRecall {
  if (table.n === 0) return { precision: 0, recall: 0, f1: 0 };
  let precisionSum = 0;
  let recallSum = 0;
  for (const cell of table.cells) {
    const squared = cell.count * cell.count;
    precisionSum += squared / table.predictedSizes[cell.predicted]!;
    recallSum += squared / table.goldSizes[cell.gold]!;
  }
  const precision = precisionSum / table.n;
  const recall = recallSum / table.n;
  return { precision, recall, f1: f1(precision, recall) };
}

function pairs(count: number): number {
  return (count * (count - 1)) / 2;
}

function sumPairs(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + pairs(value), 0);
}

function pairwise(table: Contingency): PrecisionRecall {
  const truePositives = table.cells.reduce((sum, cell) => sum + pairs(cell.count), 0);
  const predictedPairs = sumPairs(table.predictedSizes);
  const goldPairs = sumPairs(table.goldSizes);
  // A 0/0 ratio counts as 0 (README, pairwise definition).
  const precision = predictedPairs === 0 ? 0 : truePositives / predictedPairs;
  const recall = goldPairs === 0 ? 0 : truePositives / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}

function entropy(sizes: readonly number[], n: number): number {
  return sizes.reduce((sum, size) => (size === 0 ? sum : sum - (size / n) * Math.log(size / n)), 0);
}

function informationScores(
  table: Contingency,
): Pick<ClusterScores, 'nmiSqrt' | 'nmiArithmetic' | 'homogeneity' | 'completeness'> {
  const { n } = table;
  if (n === 0) return { nmiSqrt: 0, nmiArithmetic: 0, homogeneity: 0, completeness: 0 };
  const hGold = entropy(table.goldSizes, n);
  const hPredicted = entropy(table.predictedSizes, n);
  let mutual = 0;
  for (const cell of table.cells) {
    const a = table.goldSizes[cell.gold]!;
    const b = table.predictedSizes[cell.predicted]!;
    mutual += (cell.count / n) * Math.log((n * cell.count) / (a * b));
  }
  // Zero-entropy conventions follow scikit-learn: a single-cluster labelling is perfectly
  // homogeneous/complete, and two single-cluster labellings agree fully.
  const bothTrivial = hGold === 0 && hPredicted === 0;
  return {
    nmiSqrt: bothTrivial ? 1 : hGold === 0 || hPredicted === 0 ? 0 : mutual / Math.sqrt(hGold * hPredicted),
    nmiArithmetic: bothTrivial ? 1 : mutual / ((hGold + hPredicted) / 2),
    homogeneity: hGold === 0 ? 1 : mutual / hGold,
    completeness: hPredicted === 0 ? 1 : mutual / hPredicted,
  };
}

function adjustedRandIndex(table: Contingency): number {
  const index = table.cells.reduce((sum, cell) => sum + pairs(cell.count), 0);
  const goldPairs = sumPairs(table.goldSizes);
  const predictedPairs = sumPairs(table.predictedSizes);
  const total = pairs(table.n);
  if (total === 0) return 1;
  const expected = (goldPairs * predictedPairs) / total;
  const maximum = (goldPairs + predictedPairs) / 2;
  // Both labellings all singletons or both one cluster: full agreement (scikit-learn).
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
