/**
 * Size bounds for user input, shared so the web form and the server's zod schemas
 * agree. Characters, not bytes.
 */
export const inputLimits = {
  displayName: 80,
  candidateName: 100,
  jobTitle: 150,
  jobDescription: 12_000,
  resumeText: 30_000,
} as const;

/** The fewest characters that make a usable interview brief. */
export const inputMinimums = {
  candidateName: 1,
  jobTitle: 2,
  jobDescription: 30,
  resumeText: 50,
} as const;

/** Largest JSON body the API accepts; comfortably above the sum of the limits above. */
export const jsonBodyLimitBytes = 256 * 1024;
