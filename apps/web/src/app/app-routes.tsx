import { webRoutes } from '@voxly/config';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { Header } from '../components/header.tsx';
import { Loading } from '../components/query-fallback.tsx';
import { LiveInterviewBanner } from '../interview/live-interview-banner.tsx';
import { DashboardPage } from '../pages/dashboard-page.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { onDemand } from './on-demand.tsx';

function PageLoading() {
  const { t } = useTranslation();
  return <Loading text={t('loading.page')} page />;
}

// The dashboard is the first page; every other page loads when it is first opened.
const page = <K extends string>(load: () => Promise<Record<K, () => React.JSX.Element>>, name: K) =>
  onDemand(() => load().then((module): (() => React.JSX.Element) => module[name]), PageLoading);
const BillingReturnPage = page(() => import('../pages/billing-return-page.tsx'), 'BillingReturnPage');
const FeedbackPage = page(() => import('../pages/feedback-page.tsx'), 'FeedbackPage');
const InterviewRoomPage = page(() => import('../pages/interview-room-page.tsx'), 'InterviewRoomPage');
const NewInterviewPage = page(() => import('../pages/new-interview-page.tsx'), 'NewInterviewPage');
const PricingPage = page(() => import('../pages/pricing-page.tsx'), 'PricingPage');
const PracticePage = page(() => import('../pages/practice-page.tsx'), 'PracticePage');

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#content">
        {t('common.skipToContent')}
      </a>
      <Header />
      <LiveInterviewBanner />
      <div id="content">
        <Switch>
          <Route path={webRoutes.dashboard} component={DashboardPage} />
          <Route path={webRoutes.newInterview} component={NewInterviewPage} />
          <Route path={webRoutes.interviewRoom} component={InterviewRoomPage} />
          <Route path={webRoutes.feedback} component={FeedbackPage} />
          <Route path={webRoutes.practice} component={PracticePage} />
          <Route path={webRoutes.pricing} component={PricingPage} />
          <Route path={webRoutes.billingReturn} component={BillingReturnPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </div>
    </>
  );
}
