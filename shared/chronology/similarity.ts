/** "Very similar": the words carry the meaning; the score behind them is ours, not the reviewer's. */
export function similarityInWords(score: number): string {
  return score >= 0.8 ? 'Very similar' : score >= 0.6 ? 'Similar' : 'Somewhat similar';
}
