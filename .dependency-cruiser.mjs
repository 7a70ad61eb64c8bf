// The import rules `npm run lint` checks (dependency-cruiser): no circles anywhere, and inside
// each package no layer imports one above it. The layers are the ones docs/architecture.md names.
const api = 'packages/api/src';
const prompts = 'packages/prompts/src';
// Files at the bottom of packages/prompts: plain values and types every part may use.
const promptsBase = `^${prompts}/(fields|fold-text|fence-data|escape-pattern|prompt-types|sentence-case|sparse-logistic)[.]ts$`;

/** `from` may not import `to` (both path patterns); `pathNot` keeps the allowed exceptions. */
const upward = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle: split out what both sides share.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },

    // Between packages: config < prompts < api < apps.
    upward(
      'config-imports-nothing-of-ours',
      'packages/config is the bottom layer.',
      { path: '^packages/config/' },
      { path: '^(packages/(prompts|api)|apps)/' },
    ),
    upward(
      'prompts-below-api',
      'packages/prompts may import config only.',
      { path: '^packages/prompts/' },
      { path: '^(packages/api|apps)/' },
    ),
    upward('packages-below-apps', 'A package never imports an app.', { path: '^packages/' }, { path: '^apps/' }),
    upward(
      'web-reads-api-types-only',
      'The browser bundle takes only the router type from the API.',
      { path: '^apps/web/src/' },
      { path: '^(packages/api|apps/server)/', dependencyTypesNot: ['type-only'] },
    ),

    // packages/config: the browser-safe part never reaches the environment.
    upward(
      'config-browser-safe',
      'Only the server entry reads the environment schema.',
      { path: '^packages/config/src/', pathNot: '^packages/config/src/((env|env-consistency|raw-env|server)[.]ts|vendor-env/)' },
      { path: '^packages/config/src/((env|raw-env|server)[.]ts$|vendor-env/)' },
    ),

    // packages/api, bottom to top: db/column-types < db < domain (with its ports) < trpc < routers < entries.
    upward(
      'api-column-types-are-neutral',
      'The stored column shapes import nothing else of the api: db and domain both use them.',
      { path: `^${api}/db/column-types[.]ts$` },
      { path: `^${api}/`, pathNot: `^${api}/db/column-types[.]ts$` },
    ),
    upward(
      'api-db-below-domain',
      'The schema takes domain shapes only through db/column-types.ts.',
      { path: `^${api}/db/` },
      { path: `^${api}/(domain|ports|trpc|routers|entries)/` },
    ),
    upward(
      'api-ports-below-trpc',
      'A port speaks domain and stored shapes, never tRPC or the database handle.',
      { path: `^${api}/ports/` },
      { path: `^${api}/(trpc|routers|entries)/|^${api}/db/(?!column-types[.]ts$)` },
    ),
    upward(
      'api-domain-below-trpc',
      'The domain does not know it is served over tRPC.',
      { path: `^${api}/domain/` },
      { path: `^${api}/(trpc|routers|entries)/` },
    ),
    upward(
      'api-trpc-below-routers',
      'tRPC plumbing does not know the routers.',
      { path: `^${api}/trpc/` },
      { path: `^${api}/(routers|entries)/` },
    ),
    upward(
      'api-routers-below-entries',
      'The entry files are the top of the package.',
      { path: `^${api}/routers/` },
      { path: `^${api}/entries/` },
    ),

    // packages/prompts, bottom to top: base files < field-detection < answers < listening < fit-check < review;
    // question-bank on the base alone; the root files (prompts, interviewer, index) compose them all.
    upward(
      'prompts-base-is-leaf',
      'The base files import only each other.',
      { path: promptsBase },
      { path: `^${prompts}/`, pathNot: promptsBase },
    ),
    upward(
      'prompts-parts-below-composers',
      'A part (a subfolder) never imports a root composer; shared types live in prompt-types.ts.',
      { path: `^${prompts}/[^/]+/` },
      { path: `^${prompts}/[^/]+[.]ts$`, pathNot: promptsBase },
    ),
    upward(
      'prompts-field-detection-is-lowest-part',
      'Field detection reads text only.',
      { path: `^${prompts}/field-detection/` },
      { path: `^${prompts}/(answers|listening|fit-check|review|question-bank)/` },
    ),
    upward(
      'prompts-answers-below-listening',
      '',
      { path: `^${prompts}/answers/` },
      { path: `^${prompts}/(listening|fit-check|review|question-bank)/` },
    ),
    upward(
      'prompts-listening-below-fit-check',
      '',
      { path: `^${prompts}/listening/` },
      { path: `^${prompts}/(fit-check|review|question-bank)/` },
    ),
    upward('prompts-fit-check-below-review', '', { path: `^${prompts}/fit-check/` }, { path: `^${prompts}/(review|question-bank)/` }),
    upward(
      'prompts-question-bank-on-base',
      '',
      { path: `^${prompts}/question-bank/` },
      { path: `^${prompts}/(field-detection|answers|listening|fit-check|review)/` },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|drizzle)/' },
    // Type-only imports count: a circle of types is still a circle.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
