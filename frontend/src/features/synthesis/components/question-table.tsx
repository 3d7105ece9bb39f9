import { useTranslation } from 'react-i18next';
import type { QuestionSynthesis } from '../types';
import { Count, Decimal, Share, Suppressed } from './figure';
import { formatLongLocalDate } from '../../../lib/format';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** The figures of one question as an accessible table: the same numbers as its chart. */
export function QuestionTable({ question }: { question: QuestionSynthesis }) {
  const { t, i18n } = useTranslation();
  const caption = t('synthesis.question.tableCaption', { title: question.title });
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return (
        <ScrollTable>
          <table className="table table-sm">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('synthesis.question.option')}</th>
                <th scope="col" className="text-end">
                  {t('synthesis.question.organizations')}
                </th>
                <th scope="col" className="text-end">
                  {t('synthesis.question.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {question.options.map((o) => (
                <tr key={o.key}>
                  <th scope="row" className="fw-normal">
                    {o.label}
                  </th>
                  <td className="text-end">
                    <Count value={o.count} suppressed={o.suppressed} />
                  </td>
                  <td className="text-end">
                    <Share value={o.share} suppressed={o.suppressed} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      );
    case 'NUMBER':
    case 'RATING': {
      const s = question.stats;
      if (!s) return null;
      return (
        <ScrollTable>
          <table className="table table-sm">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('synthesis.question.n')}</th>
                <th scope="col">{t('synthesis.question.mean')}</th>
                <th scope="col">{t('synthesis.question.median')}</th>
                <th scope="col">{t('synthesis.question.min')}</th>
                <th scope="col">{t('synthesis.question.max')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>
                  <Count value={s.n} suppressed={s.suppressed} />
                </td>
                <td>
                  <Decimal value={s.mean} suppressed={s.suppressed} />
                </td>
                <td>
                  <Decimal value={s.median} suppressed={s.suppressed} />
                </td>
                <td>
                  <Decimal value={s.min} suppressed={s.suppressed} />
                </td>
                <td>
                  <Decimal value={s.max} suppressed={s.suppressed} />
                </td>
              </tr>
            </tbody>
          </table>
        </ScrollTable>
      );
    }
    case 'MATRIX': {
      const columns = question.rows[0]?.options ?? [];
      return (
        <ScrollTable>
          <table className="table table-sm">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('synthesis.question.row')}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.key} className="text-end">
                    {c.label}
                  </th>
                ))}
                <th scope="col" className="text-end">
                  {t('synthesis.question.mean')}
                </th>
                <th scope="col" className="text-end">
                  {t('synthesis.question.median')}
                </th>
              </tr>
            </thead>
            <tbody>
              {question.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className="fw-normal">
                    {r.label}
                  </th>
                  {r.options.map((o) => (
                    <td key={o.key} className="text-end">
                      <Count value={o.count} suppressed={o.suppressed} />
                    </td>
                  ))}
                  <td className="text-end">
                    <Decimal value={r.stats.mean} suppressed={r.stats.suppressed} />
                  </td>
                  <td className="text-end">
                    <Decimal value={r.stats.median} suppressed={r.stats.suppressed} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      );
    }
    case 'DATE': {
      // how many dates were given, the earliest and the latest; hidden under the small-cell rule like a number's min and max
      const d = question.dates;
      if (!d) return null;
      const day = (date?: string) => (d.suppressed ? <Suppressed /> : date ? formatLongLocalDate(date, i18n.language) : '—');
      return (
        <ScrollTable>
          <table className="table table-sm">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('synthesis.question.dates')}</th>
                <th scope="col">{t('synthesis.question.earliest')}</th>
                <th scope="col">{t('synthesis.question.latest')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>
                  <Count value={d.n} suppressed={d.suppressed} />
                </td>
                <td>{day(d.earliest)}</td>
                <td>{day(d.latest)}</td>
              </tr>
            </tbody>
          </table>
        </ScrollTable>
      );
    }
    default:
      return null;
  }
}
