/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L F1 with ROUGE-1.5.5 semantics, as defined in
 * shared/data/summarization/README.md: no stemming, no stop-word removal, no length limit.
 * Tokenization: lowercase A–Z, split "-" off, every other character outside [A-Za-z0-9] is a
 * space, keep tokens starting with [a-z0-9]. ROUGE-N counts clipped n-grams over the whole
 * summary; ROUGE-L is the union LCS of each reference line against all candidate lines
 * (Lin 2004, §3.2), with hits clipped by token counts as ROUGE-1.5.5 does.
 */

export interface PrecisionRecallF {
  precision: number;
  recall: number;
  f1: number;
}

/** F1 of each measure, in [0, 1]. */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export function rougeTokens(text: string): string[] {
  const lowered = text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  const spaced = lowered.replace(/-/g, ' - ').replace(/[^A-Za-z0-9-]/g, ' ');
  return spaced.split(/\s+/).filter((token) => /^[a-z0-9]/.test(token));
}

/** Each non-empty line of a summary is one unit for ROUGE-L. */
export function rougeLines(text: string): string[][] {
  return text
    .split(/\r\n|\r|\n/)
    .map(rougeTokens)
    .filter((line) => line.length > 0);
}

function prf(hits: number, candidateTotal: number, referenceTotal: number): PrecisionRecallF {
  const precision = candidateTotal === 0 ? 0 : hits / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : hits / referenceTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: string, reference: string, n: number): PrecisionRecallF {
  const candidateCounts = ngramCounts(rougeTokens(candidate), n);
  const referenceCounts = ngramCounts(rougeTokens(reference), n);
  let hits = 0;
  let candidateTotal = 0;
  let referenceTotal = 0;
  for (const count of candidateCounts.values()) candidateTotal += count;
  for (const [gram, count] of referenceCounts) {
    referenceTotal += count;
    hits += Math.min(count, candidateCounts.get(gram) ?? 0);
  }
  return prf(hits, candidateTotal, referenceTotal);
}

/**
 * Indexes into `reference` of one LCS with `candidate`. Ties move up the reference first,
 * the same walk as ROUGE-1.5.5's markLCS, so the union below picks the same tokens.
 */
export function lcsIndexes(reference: string[], candidate: string[]): number[] {
  const rows = reference.length;
  const cols = candidate.length;
  const table = new Uint32Array((rows + 1) * (cols + 1));
  const at = (i: number, j: number): number => table[i * (cols + 1) + j] ?? 0;
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      const value =
        reference[i - 1] === candidate[j - 1] ? at(i - 1, j - 1) + 1 : Math.max(at(i - 1, j), at(i, j - 1));
      table[i * (cols + 1) + j] = value;
    }
  }
  const indexes: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      indexes.push(i - 1);
      i--;
      j--;
    } else if (at(i - 1, j) >= at(i, j - 1)) {
      i--;
    } else {
      j--;
    }
  }
  return indexes.reverse();
}

function tokenCounts(lines: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) for (const token of line) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

export function rougeL(candidate: string, reference: string): PrecisionRecallF {
  const candidateLines = rougeLines(candidate);
  const referenceLines = rougeLines(reference);
  const candidateLeft = tokenCounts(candidateLines);
  const referenceLeft = tokenCounts(referenceLines);
  const candidateTotal = candidateLines.reduce((sum, line) => sum + line.length, 0);
  const referenceTotal = referenceLines.reduce((sum, line) => sum + line.length, 0);
  let hits = 0;
  for (const referenceLine of referenceLines) {
    const union = new Set<number>();
    for (const candidateLine of candidateLines) {
      for (const index of lcsIndexes(referenceLine, candidateLine)) union.add(index);
    }
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = referenceLine[index] ?? '';
      const inCandidate = candidateLeft.get(token) ?? 0;
      const inReference = referenceLeft.get(token) ?? 0;
      if (inCandidate <= 0 || inReference <= 0) continue;
      hits++;
      candidateLeft.set(token, inCandidate - 1);
      referenceLeft.set(token, inReference - 1);
    }
  }
  return prf(hits, candidateTotal, referenceTotal);
}

export function rougeScores(candidate: string, reference: string): RougeScores {
  return {
    rouge1: rougeN(candidate, reference, 1).f1,
    rouge2: rougeN(candidate, reference, 2).f1,
    rougeL: rougeL(candidate, reference).f1,
  };
}

/** Mean over events (macro average) ×100, as the published tables report. */
export function macroAverage(scores: RougeScores[]): RougeScores {
  if (scores.length === 0) return { rouge1: 0, rouge2: 0, rougeL: 0 };
  const mean = (pick: (score: RougeScores) => number): number =>
    (100 * scores.reduce((sum, score) => sum + pick(score), 0)) / scores.length;
  return { rouge1: mean((s) => s.rouge1), rouge2: mean((s) => s.rouge2), rougeL: mean((s) => s.rougeL) };
}

export function formatRouge(scores: RougeScores): string {
  return `ROUGE-1 F1 ${scores.rouge1.toFixed(2)}  ROUGE-2 F1 ${scores.rouge2.toFixed(2)}  ROUGE-L F1 ${scores.rougeL.toFixed(2)}`;
}
