import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Header } from '../components/header.tsx';
import { BillingReturnPage } from '../pages/billing-return-page.tsx';
import { DashboardPage } from '../pages/dashboard-page.tsx';
import { InterviewRoomPage } from '../pages/interview-room-page.tsx';
import { NewInterviewPage } from '../pages/new-interview-page.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { FeedbackPage } from '../pages/feedback-page.tsx';
import { PricingPage } from '../pages/pricing-page.tsx';

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#content">
        {t('common.skipToContent')}
      </a>
      <Header />
      <div id="content">
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/interview/new" element={<NewInterviewPage />} />
          <Route path="/interview/:interviewId" element={<InterviewRoomPage />} />
          <Route path="/feedback/:interviewId" element={<FeedbackPage />} />
          <Route path="/pricing" element={<PricingPage />} />
          <Route path="/billing/:outcome" element={<BillingReturnPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </>
  );
}
