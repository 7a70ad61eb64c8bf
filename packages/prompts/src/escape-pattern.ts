/** Text to match literally inside a RegExp: its pattern characters escaped. Pure. */
export const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
