/** The `<tag attribute="value">` in the document, added to <head> if the page has none yet. */
export function ensureHeadElement<Tag extends 'link' | 'meta'>(
  tag: Tag,
  attribute: string,
  value: string,
): HTMLElementTagNameMap[Tag] {
  const existing = document.querySelector<HTMLElementTagNameMap[Tag]>(`${tag}[${attribute}="${value}"]`);
  if (existing) return existing;
  const element = document.createElement(tag);
  element.setAttribute(attribute, value);
  document.head.append(element);
  return element;
}
