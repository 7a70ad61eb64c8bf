/**
 * The two questions the web app asks before its first screen (which adapters run, who is
 * signed in), as plain GETs of their tRPC procedures. The one-port server names them in the
 * page's HTML as preloads, so they travel beside the scripts instead of after them.
 */
export const firstAnswerPaths = {
  config: '/trpc/account.publicConfig',
  session: '/trpc/account.session',
} as const;
