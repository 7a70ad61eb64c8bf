import { useTranslation } from 'react-i18next';
import { VisitorHeader } from '../components/visitor-header.tsx';
import { Report, ReportHeading } from '../feedback/report.tsx';
import { sampleReports } from '../feedback/sample-report-content.ts';
import { supportedLanguageOf } from '../i18n/i18n.ts';

/**
 * What Voxly gives before anyone pays: the real report component with a fixed sample
 * interview, in the UI's language, for anyone (no account, no API call).
 */
export function SampleReportPage() {
  const { t, i18n } = useTranslation();
  const sample = sampleReports[supportedLanguageOf(i18n.resolvedLanguage)];
  const { interview } = sample;
  return (
    <>
      <VisitorHeader />
      <main id="main" className="page">
        <p className="notice no-print" data-testid="sample-note">
          {t('sample.note')}
        </p>
        <ReportHeading jobTitle={interview.jobTitle} field={sample.field} language={interview.language} createdAt={interview.createdAt} />
        <Report view={sample.view} interview={interview} />
        <p className="no-print">
          <a className="button" href="/">
            {t('sample.tryIt')}
          </a>
        </p>
      </main>
    </>
  );
}
