import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../lib/format';
import type { SynthesisContext, SynthesisContextRow } from '../types';
import { Count, Share } from './figure';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** Population and comuni per sub-ambito beside the responding organisations, with the source. */
export function ContextTable({ context }: { context: SynthesisContext }) {
  const { t, i18n } = useTranslation();
  const int = new Intl.NumberFormat(localeOf(i18n.language));
  const line = (r: SynthesisContextRow, total = false) => (
    <tr key={r.subdistrictId ?? 'total'} className={total ? 'fw-semibold' : undefined}>
      <th scope="row" className={total ? undefined : 'fw-normal'}>
        {total ? t('synthesis.context.total', { name: r.name }) : r.name}
      </th>
      <td className="text-end">{int.format(r.population)}</td>
      <td className="text-end">{r.municipalities}</td>
      <td className="text-end">{r.smallMunicipalities}</td>
      <td className="text-end">
        <Share value={r.smallMunicipalitiesShare} suppressed={false} />
      </td>
      <td className="text-end">
        <Count value={r.respondents} suppressed={r.respondentsSuppressed} />
      </td>
    </tr>
  );
  return (
    <>
      <ScrollTable>
        <table className="table table-sm">
          <caption>{t('synthesis.context.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('synthesis.context.subdistrict')}</th>
              <th scope="col" className="text-end">
                {t('synthesis.context.population')}
              </th>
              <th scope="col" className="text-end">
                {t('synthesis.context.municipalities')}
              </th>
              <th scope="col" className="text-end">
                {t('synthesis.context.small')}
              </th>
              <th scope="col" className="text-end">
                {t('synthesis.context.smallShare')}
              </th>
              <th scope="col" className="text-end">
                {t('synthesis.context.respondents')}
              </th>
            </tr>
          </thead>
          <tbody>
            {context.subdistricts.map((r) => line(r))}
            {line(context.total, true)}
          </tbody>
        </table>
      </ScrollTable>
      <p className="small text-secondary">{context.source}</p>
      {context.unavailable.length > 0 ? (
        <p className="small">
          {t('synthesis.context.unavailable', {
            list: context.unavailable.map((m) => t(`synthesis.context.missing.${m.key}`, { defaultValue: m.label })).join('; '),
          })}
        </p>
      ) : null}
    </>
  );
}
