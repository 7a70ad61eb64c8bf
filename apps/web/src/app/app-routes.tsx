import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { Header } from '../components/header.tsx';
import { Loading } from '../components/query-fallback.tsx';
import { LiveInterviewBanner } from '../interview/live-interview-banner.tsx';
import { DashboardPage } from '../pages/dashboard-page.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';

// The dashboard is the first page; every other page loads when it is opened.
const page = <K extends string>(load: () => Promise<Record<K, () => React.JSX.Element>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
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
        <Suspense fallback={<Loading text={t('loading.page')} page />}>
          <Switch>
            <Route path="/" component={DashboardPage} />
            <Route path="/interview/new" component={NewInterviewPage} />
            <Route path="/interview/:interviewId" component={InterviewRoomPage} />
            <Route path="/feedback/:interviewId" component={FeedbackPage} />
            <Route path="/practice/:interviewId/:questionIndex" component={PracticePage} />
            <Route path="/pricing" component={PricingPage} />
            <Route path="/billing/:outcome" component={BillingReturnPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </div>
    </>
  );
}
