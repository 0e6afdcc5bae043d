// The one rule for the URL names of articles, forums and topics: lowercase
// letters and digits in words joined by single hyphens.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;
export const SLUG_RULE = 'use lowercase letters, digits and single hyphens';

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}
