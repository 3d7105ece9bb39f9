import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouteError } from '../components/errors/route-error';
import { AppLayout } from '../components/layout/app-layout';
import { RouteFocus } from '../components/layout/route-focus';
import { paths } from '../config/paths';

const HomeRoute = lazy(() => import('./routes/home/home'));
const PlanRoute = lazy(() => import('./routes/plans/plan'));
const TableRoute = lazy(() => import('./routes/tables/table'));
const SessionRoute = lazy(() => import('./routes/sessions/session'));
const NotFoundRoute = lazy(() => import('./routes/errors/not-found'));
const MeRoute = lazy(() => import('./routes/account/me'));
const MySessionsRoute = lazy(() => import('./routes/my/sessions'));
const AuthCallbackRoute = lazy(() => import('./routes/auth/callback'));
const PlanNewRoute = lazy(() => import('./routes/plans/plan-new'));
const PlanManageRoute = lazy(() => import('./routes/plans/plan-manage'));
const PlanAgreementRoute = lazy(() => import('./routes/plans/plan-agreement'));
const PlanAgreementManageRoute = lazy(() => import('./routes/plans/plan-agreement-manage'));
const PlanDocumentRoute = lazy(() => import('./routes/plans/plan-document'));
const PlanDocumentManageRoute = lazy(() => import('./routes/plans/plan-document-manage'));
const TableNewRoute = lazy(() => import('./routes/tables/table-new'));
const TableEditRoute = lazy(() => import('./routes/tables/table-edit'));
const SessionNewRoute = lazy(() => import('./routes/sessions/session-new'));
const SessionEditRoute = lazy(() => import('./routes/sessions/session-edit'));
const SessionAttendanceRoute = lazy(() => import('./routes/sessions/session-attendance'));
const CallRoute = lazy(() => import('./routes/calls/call'));
const CallNewRoute = lazy(() => import('./routes/calls/call-new'));
const CallManageRoute = lazy(() => import('./routes/calls/call-manage'));
const CallInterestRoute = lazy(() => import('./routes/calls/call-interest'));
const ExpressionRoute = lazy(() => import('./routes/calls/expression'));
const PlanSurveysRoute = lazy(() => import('./routes/surveys/plan-surveys'));
const SurveyNewRoute = lazy(() => import('./routes/surveys/survey-new'));
const SurveyRoute = lazy(() => import('./routes/surveys/survey'));
const SurveyEditRoute = lazy(() => import('./routes/surveys/survey-edit'));
const MyOrganizationRoute = lazy(() => import('./routes/my/organization'));
const PlanContributionsRoute = lazy(() => import('./routes/contributions/plan-contributions'));
const ContributionNewRoute = lazy(() => import('./routes/contributions/contribution-new'));
const ContributionRoute = lazy(() => import('./routes/contributions/contribution'));
const MyContributionsRoute = lazy(() => import('./routes/my/contributions'));
const SurveyRespondRoute = lazy(() => import('./routes/surveys/survey-respond'));
const SurveyResponsesRoute = lazy(() => import('./routes/surveys/survey-responses'));
const SurveySynthesisRoute = lazy(() => import('./routes/surveys/survey-synthesis'));
const PlanObjectivesRoute = lazy(() => import('./routes/objectives/plan-objectives'));
const ObjectiveNewRoute = lazy(() => import('./routes/objectives/objective-new'));
const ObjectiveRoute = lazy(() => import('./routes/objectives/objective'));
const ObjectiveEditRoute = lazy(() => import('./routes/objectives/objective-edit'));
const PlanApprovalRoute = lazy(() => import('./routes/plans/plan-approval'));
const OpenDataRoute = lazy(() => import('./routes/opendata/open-data'));
const PrivacyNoticeRoute = lazy(() => import('./routes/privacy/privacy-notice'));

function Root() {
  return (
    <>
      <RouteFocus />
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
        { path: paths.planNew.path, element: <PlanNewRoute />, errorElement: <RouteError /> },
        { path: paths.planManage.path, element: <PlanManageRoute />, errorElement: <RouteError /> },
        { path: paths.planAgreement.path, element: <PlanAgreementRoute />, errorElement: <RouteError /> },
        { path: paths.planAgreementManage.path, element: <PlanAgreementManageRoute />, errorElement: <RouteError /> },
        { path: paths.planDocument.path, element: <PlanDocumentRoute />, errorElement: <RouteError /> },
        { path: paths.openData.path, element: <OpenDataRoute />, errorElement: <RouteError /> },
        { path: paths.privacy.path, element: <PrivacyNoticeRoute />, errorElement: <RouteError /> },
        { path: paths.planOpenData.path, element: <OpenDataRoute />, errorElement: <RouteError /> },
        { path: paths.planDocumentManage.path, element: <PlanDocumentManageRoute />, errorElement: <RouteError /> },
        { path: paths.tableNew.path, element: <TableNewRoute />, errorElement: <RouteError /> },
        { path: paths.tableEdit.path, element: <TableEditRoute />, errorElement: <RouteError /> },
        { path: paths.sessionNew.path, element: <SessionNewRoute />, errorElement: <RouteError /> },
        { path: paths.sessionEdit.path, element: <SessionEditRoute />, errorElement: <RouteError /> },
        { path: paths.sessionAttendance.path, element: <SessionAttendanceRoute />, errorElement: <RouteError /> },
        { path: paths.call.path, element: <CallRoute />, errorElement: <RouteError /> },
        { path: paths.callNew.path, element: <CallNewRoute />, errorElement: <RouteError /> },
        { path: paths.callManage.path, element: <CallManageRoute />, errorElement: <RouteError /> },
        { path: paths.callInterest.path, element: <CallInterestRoute />, errorElement: <RouteError /> },
        { path: paths.planSurveys.path, element: <PlanSurveysRoute />, errorElement: <RouteError /> },
        { path: paths.surveyNew.path, element: <SurveyNewRoute />, errorElement: <RouteError /> },
        { path: paths.survey.path, element: <SurveyRoute />, errorElement: <RouteError /> },
        { path: paths.surveyEdit.path, element: <SurveyEditRoute />, errorElement: <RouteError /> },
        { path: paths.expression.path, element: <ExpressionRoute />, errorElement: <RouteError /> },
        { path: paths.myOrganization.path, element: <MyOrganizationRoute />, errorElement: <RouteError /> },
        { path: paths.planContributions.path, element: <PlanContributionsRoute />, errorElement: <RouteError /> },
        { path: paths.contributionNew.path, element: <ContributionNewRoute />, errorElement: <RouteError /> },
        { path: paths.contribution.path, element: <ContributionRoute />, errorElement: <RouteError /> },
        { path: paths.surveySynthesis.path, element: <SurveySynthesisRoute />, errorElement: <RouteError /> },
        { path: paths.myContributions.path, element: <MyContributionsRoute />, errorElement: <RouteError /> },
        { path: paths.planObjectives.path, element: <PlanObjectivesRoute />, errorElement: <RouteError /> },
        { path: paths.objectiveNew.path, element: <ObjectiveNewRoute />, errorElement: <RouteError /> },
        { path: paths.objective.path, element: <ObjectiveRoute />, errorElement: <RouteError /> },
        { path: paths.objectiveEdit.path, element: <ObjectiveEditRoute />, errorElement: <RouteError /> },
        { path: paths.planApproval.path, element: <PlanApprovalRoute />, errorElement: <RouteError /> },
        { path: paths.me.path, element: <MeRoute />, errorElement: <RouteError /> },
        { path: paths.mySessions.path, element: <MySessionsRoute />, errorElement: <RouteError /> },
        { path: paths.surveyRespond.path, element: <SurveyRespondRoute />, errorElement: <RouteError /> },
        { path: paths.surveyResponses.path, element: <SurveyResponsesRoute />, errorElement: <RouteError /> },
        { path: paths.authCallback.path, element: <AuthCallbackRoute />, errorElement: <RouteError /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
