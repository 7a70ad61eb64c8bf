/**
 * What a caller asked for does not exist for them. Someone else's interview or order gets
 * this same answer as one that never existed, so ids reveal nothing. The message is for the
 * client; the error mapper turns it into NOT_FOUND.
 */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export const noSuchInterview = () => new NotFoundError('No such interview.');
