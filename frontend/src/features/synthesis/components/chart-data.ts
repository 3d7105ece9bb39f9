import type { QuestionSynthesis } from '../types';

/** Designers Italia blues and greys, distinguishable in grey scale too. */
const COLOURS = ['#0066cc', '#5c6f82', '#004080', '#99c2eb', '#1a1a1a', '#b1b1b3'];
const colour = (i: number): string => COLOURS[i % COLOURS.length] ?? '#0066cc';

export type ChartData = {
  labels: string[];
  datasets: { label: string; data: (number | null)[]; backgroundColor: string }[];
  stacked: boolean;
};

/**
 * What the chart of a question shows: choice → one bar per option; matrix → one stacked bar per row,
 * a segment per column. Suppressed counts are left out (null), never drawn as zero. Numbers, ratings,
 * texts and dates have no chart (their table says it all).
 */
export function chartData(question: QuestionSynthesis, seriesLabel: string): ChartData | null {
  if (question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE') {
    if (question.options.every((o) => o.suppressed)) return null;
    return {
      labels: question.options.map((o) => o.label),
      datasets: [{ label: seriesLabel, data: question.options.map((o) => (o.suppressed ? null : (o.count ?? 0))), backgroundColor: colour(0) }],
      stacked: false,
    };
  }
  const first = question.rows[0];
  if (question.type === 'MATRIX' && first) {
    const columns = first.options;
    if (question.rows.every((r) => r.options.every((o) => o.suppressed))) return null;
    return {
      labels: question.rows.map((r) => r.label),
      datasets: columns.map((c, i) => ({
        label: c.label,
        data: question.rows.map((r) => {
          const o = r.options[i];
          return !o || o.suppressed ? null : (o.count ?? 0);
        }),
        backgroundColor: colour(i),
      })),
      stacked: true,
    };
  }
  return null;
}
