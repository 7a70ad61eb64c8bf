// The one definition of the values the packages and apps share: each list written once, as a
// const array with its union type derived from it.
export * from './fields.ts';
export * from './competencies.ts';
export * from './end-reasons.ts';
export * from './vendors.ts';
export * from './locales.ts';
export * from './call-socket.ts';
export * from './first-answers.ts';
export * from './answer-length.ts';
export * from './member-of.ts';
export * from './web-routes.ts';
export * from './share-token.ts';
