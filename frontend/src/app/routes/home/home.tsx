import { Card, CardBody } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/account/api/get-me';
import { useAuthUser } from '../../../lib/auth';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { useDistricts } from '../../../features/districts/api/get-districts';
import { PlanList } from '../../../features/plans/components/plan-list';

/** Home: every ambito with its Piani di Zona. */
export default function HomeRoute() {
  const { t, i18n } = useTranslation();
  const query = useDistricts();
  const user = useAuthUser();
  const me = useMe(user?.profile.sub);
  const isPlanOffice = !!me.data?.roles.includes('consortium');
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'it-IT');
  return (
    <>
      <h1>{t('districts.list.title')}</h1>
      <p className="lead">{t('districts.list.intro')}</p>
      {isPlanOffice ? (
        <p>
          <Link to={paths.planNew.href()} className="btn btn-primary">
            {t('plans.form.newTitle')}
          </Link>
        </p>
      ) : null}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ProblemAlert error={query.error} /> : null}
      {query.data && query.data.items.length === 0 ? <p>{t('districts.list.empty')}</p> : null}
      {query.data ? (
        <ul className="row list-unstyled g-4 mt-1">
          {query.data.items.map((district) => (
            <li key={district.id} className="col-12 col-lg-6">
              <Card className="card-bg h-100 zonale-card">
                <CardBody>
                  <h2 className="h4 card-title">{district.name}</h2>
                  <p className="small text-secondary mb-2">
                    {t('districts.list.municipalities', { count: district.municipalityCount })} ·{' '}
                    {t('districts.list.population', { value: number.format(district.population) })}
                    {district.leadBody ? (
                      <>
                        <br />
                        {t('districts.list.leadBody', { name: district.leadBody })}
                      </>
                    ) : null}
                  </p>
                  <PlanList districtId={district.id} />
                </CardBody>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
