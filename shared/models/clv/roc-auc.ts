/**
 * ROC AUC: how well a score ranks the cases that turned out positive above the
 * others, e.g. a churn risk against "no purchase in the holdout".
 */

/** 1-based ranks of `values` in ascending order; tied values share the mean of their ranks. */
export function midRanks(values: readonly number[]): number[] {
  if (values.some(Number.isNaN)) throw new RangeError('Cannot rank NaN');
  const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    const shared = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!] = shared;
    start = end + 1;
  }
  return ranks;
}

/**
 * Area under the ROC curve of `scores` for the positives in `labels`: the
 * probability that a random positive scores above a random negative, ties
 * counting one half (the Mann-Whitney U statistic over nPos·nNeg).
 */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  if (scores.length !== labels.length) throw new RangeError('rocAuc needs one label per score');
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) throw new RangeError('rocAuc needs both positive and negative labels');
  const ranks = midRanks(scores);
  const positiveRankSum = ranks.reduce((sum, rank, i) => (labels[i] ? sum + rank : sum), 0);
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
