import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { QuestionSynthesis } from '../types';
import { chartData } from './chart-data';

// why: registering only what a bar chart needs keeps Chart.js tree-shaken in this lazy chunk
ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/**
 * The bar chart of a question, loaded lazily with Chart.js. It is decorative for assistive
 * technologies: the table next to it carries the same figures.
 */
export default function QuestionChart({ question }: { question: QuestionSynthesis }) {
  const { t } = useTranslation();
  const data = chartData(question, t('synthesis.question.organizations'));
  if (!data) return null;
  return (
    <div style={{ position: 'relative', height: Math.max(160, data.labels.length * 36 + 60) }} aria-hidden="true">
      <Bar
        data={data}
        options={{
          indexAxis: 'y',
          maintainAspectRatio: false,
          responsive: true,
          animation: false,
          scales: { x: { beginAtZero: true, ticks: { precision: 0 }, stacked: data.stacked }, y: { stacked: data.stacked } },
          plugins: { legend: { display: data.datasets.length > 1 } },
        }}
      />
    </div>
  );
}
