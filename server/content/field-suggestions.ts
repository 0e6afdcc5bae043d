import { closestKnownWord } from '../../src/shared/spelling.ts';

// Names editors bring from other tools (blogs, static site generators, CMSs)
// for fields that exist here under another name.
const SYNONYMS: Record<string, string> = {
  tags: 'topics',
  tag: 'topics',
  category: 'forum',
  categories: 'forum',
  section: 'forum',
  date: 'published',
  image: 'cover',
  description: 'summary',
  excerpt: 'summary',
  byline: 'author',
  language: 'lang',
  status: 'draft',
  publishdate: 'published',
  embargo: 'published',
  aliases: 'formerSlugs',
  redirect_from: 'formerSlugs',
};

// "Title", "former_slugs" and "former-slugs" all mean the field without case or separators.
const bare = (name: string) => name.toLowerCase().replace(/[-_\s]/g, '');

/** The known field an editor most likely meant by an unknown one, if any is close. */
export function suggestField(unknown: string, known: readonly string[]): string | undefined {
  const synonym = SYNONYMS[unknown.toLowerCase()];
  if (synonym && known.includes(synonym)) return synonym;
  const same = known.find((field) => bare(field) === bare(unknown));
  if (same) return same;
  const byBareName = new Map(known.map((field) => [bare(field), field]));
  const closest = closestKnownWord(
    bare(unknown),
    [...byBareName.keys()].map((term) => ({ term, docs: 0 })),
  );
  return closest === undefined ? undefined : byBareName.get(closest);
}

/** What the import says about a field it does not know. */
export function unknownFieldMessage(unknown: string, known: readonly string[]): string {
  const suggestion = suggestField(unknown, known);
  return suggestion
    ? `unknown field: did you mean ${suggestion}?`
    : `unknown field: the fields are ${known.join(', ')}`;
}

/** What the import says about a forum or topic that its file does not define. */
export function unknownEntryMessage(kind: 'forum' | 'topic', slug: string, known: Iterable<string>): string {
  const file = kind === 'forum' ? 'forums.yaml' : 'topics.yaml';
  const closest = closestKnownWord(slug, [...known].map((term) => ({ term, docs: 0 })));
  return closest
    ? `unknown ${kind} "${slug}": did you mean ${closest}? Otherwise add it to ${file} first`
    : `unknown ${kind} "${slug}"; add it to ${file} first`;
}
