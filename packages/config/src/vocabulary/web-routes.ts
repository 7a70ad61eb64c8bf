/**
 * The web app's pages, as its router's path patterns (`:name` is one path segment). The web
 * app routes by them; the one-port server answers any other path with 404 (and still the app,
 * which says the page was not found in the visitor's language).
 */
export const webRoutes = {
  dashboard: '/',
  newInterview: '/interview/new',
  interviewRoom: '/interview/:interviewId',
  feedback: '/feedback/:interviewId',
  practice: '/practice/:interviewId/:questionIndex',
  pricing: '/pricing',
  billingReturn: '/billing/:outcome',
  sampleReport: '/sample-report',
  sharedReport: '/shared/:token',
} as const;

/** Each pattern as the router matches it: a segment per `:name`, a trailing slash allowed, any letter case. */
const routePatterns = Object.values(webRoutes).map(
  (route) => new RegExp(`^${route.replace(/\/:[^/]+/g, '/[^/]+').replace(/\/$/, '')}/?$`, 'i'),
);

/** Whether `path` (a URL's path, without its query) is one of the web app's pages. */
export const isWebRoute = (path: string): boolean => routePatterns.some((pattern) => pattern.test(path));
