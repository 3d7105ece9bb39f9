import { lazy } from 'react';
import { createBrowserRouter, useLocation } from 'react-router';
import { RouteError } from '../components/errors/route-error';
import { AppLayout } from '../components/layout/app-layout';
import { paths } from '../config/paths';
import { useEffect } from 'react';

const HomeRoute = lazy(() => import('./routes/home/home'));
const PlanRoute = lazy(() => import('./routes/plans/plan'));
const TableRoute = lazy(() => import('./routes/tables/table'));
const SessionRoute = lazy(() => import('./routes/sessions/session'));
const NotFoundRoute = lazy(() => import('./routes/errors/not-found'));
const MeRoute = lazy(() => import('./routes/account/me'));
const MySessionsRoute = lazy(() => import('./routes/my/sessions'));
const AuthCallbackRoute = lazy(() => import('./routes/auth/callback'));

function ScrollToTop() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}

function Root() {
  return (
    <>
      <ScrollToTop />
      <AppLayout />
    </>
  );
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Root />,
      errorElement: <RouteError />,
      children: [
        { path: paths.home.path, element: <HomeRoute />, errorElement: <RouteError /> },
        { path: paths.plan.path, element: <PlanRoute />, errorElement: <RouteError /> },
        { path: paths.table.path, element: <TableRoute />, errorElement: <RouteError /> },
        { path: paths.session.path, element: <SessionRoute />, errorElement: <RouteError /> },
        { path: paths.me.path, element: <MeRoute />, errorElement: <RouteError /> },
        { path: paths.mySessions.path, element: <MySessionsRoute />, errorElement: <RouteError /> },
        { path: paths.authCallback.path, element: <AuthCallbackRoute />, errorElement: <RouteError /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}

