import { type Lang, localizePath } from '../../src/shared/languages.ts';
import { SLUG_RULE } from '../../src/shared/slug.ts';
import { type FieldRule, frontMatterRules } from './front-matter-rules.ts';

// The article form of the web editor (Decap CMS fields). How each field looks
// and what it says is written here; whether it is required, its limits and
// its pattern come from the import's schema (front-matter-rules.ts).

export type Choice = { label: string; value: string };
export type FormContext = { lang: Lang; forums: Choice[]; topics: Choice[] };

/** The options of Decap's widgets that this form uses. */
type WidgetOptions = {
  options?: Choice[];
  multiple?: boolean;
  format?: string;
  collapsed?: boolean;
  public_folder?: string;
};

export type CmsField = WidgetOptions & {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  min?: number;
  max?: number;
  field?: CmsField;
  fields?: CmsField[];
  /** Needed whenever its optional group (the cover) is filled in: checked on saving, by cms-setup.js. */
  required_in_group?: boolean;
};

/** How a field is shown; `fields` and `field` describe the parts of an object or list. */
type Look = Omit<CmsField, 'name' | 'fields' | 'field'> & {
  fields?: Record<string, Look>;
  field?: Look & { name: string };
  /** Said when the value does not match the schema's pattern. */
  patternMessage?: string;
};

// Stored as readers' dates are written: ISO 8601 with the offset of the
// editor's computer (+08:00 in Beijing), which the schema requires.
const dateTime = {
  widget: 'datetime',
  format: 'YYYY-MM-DDTHH:mm:ssZ',
  date_format: 'YYYY-MM-DD',
  time_format: 'HH:mm',
};

function looks({ lang, forums, topics }: FormContext): Record<string, Look> {
  const newsPath = localizePath(lang, '/news/');
  return {
    title: { label: 'Title', widget: 'string', hint: 'The headline readers see.' },
    slug:
      lang === 'en'
        ? {
            label: 'Web address (slug)',
            widget: 'string',
            hint: `Optional: the end of the article's address, ${newsPath}your-slug. Left empty, it comes from the file name, which is made from the title.`,
            patternMessage: SLUG_RULE,
          }
        : {
            label: 'Web address (slug)',
            widget: 'string',
            // The file name is made from it: a Chinese title gives no usable address.
            required: true,
            hint: `The end of the article's address, ${newsPath}your-slug, in Latin letters. A translation usually keeps the slug of its original.`,
            patternMessage: SLUG_RULE,
          },
    lang: { label: 'Language', widget: 'hidden', default: lang },
    translationOf: {
      label: 'Translation of',
      widget: 'string',
      hint: 'Only for a translation: the slug of the original article, in the other language.',
      patternMessage: SLUG_RULE,
    },
    formerSlugs: {
      label: 'Former addresses (slugs)',
      widget: 'list',
      hint: 'When you change the slug of a published article, add its old slug here: links shared before then lead to the new address.',
      field: { name: 'slug', label: 'Former slug', widget: 'string', patternMessage: SLUG_RULE },
    },
    published: {
      label: 'Publication time',
      ...dateTime,
      default: '{{now}}',
      hint: 'When the article goes live. A time in the future schedules it: it appears by itself at that time, not before. Written with the time zone of your computer.',
      patternMessage: 'give a date and a time',
    },
    draft: {
      label: 'Draft',
      widget: 'boolean',
      // A new article is kept from readers until an editor says otherwise.
      default: true,
      hint: 'While this is on, the article is checked but never shown to readers. Turn it off to publish.',
    },
    updated: {
      label: 'Updated',
      ...dateTime,
      hint: 'Optional: when the article last changed in a way readers should know. Left empty, it is the date of the last saved change to the file in Git.',
      patternMessage: 'give a date and a time',
    },
    correction: {
      label: 'Correction',
      widget: 'text',
      hint: 'Optional, plain text: what an earlier version got wrong and what is right. Shown in a box at the end of the article.',
    },
    forum: { label: 'Forum', widget: 'select', options: forums, hint: 'The forum or session the story belongs to.' },
    topics: { label: 'Topics', widget: 'select', multiple: true, options: topics, hint: 'What the story is about.' },
    summary: {
      label: 'Summary',
      widget: 'text',
      hint: 'One or two sentences, shown on cards, in search and in link previews.',
    },
    author: { label: 'Author', widget: 'string' },
    cover: {
      label: 'Cover image',
      widget: 'object',
      collapsed: true,
      hint: 'Optional: without one, a cover is drawn in the colours of the forum.',
      fields: {
        image: {
          label: 'Image',
          widget: 'image',
          // A cover is named by its file name in content/covers/, as the import reads it.
          public_folder: '',
          hint: 'JPEG, PNG, WebP, AVIF or SVG. It is stored in content/covers/.',
        },
        alt: {
          label: 'Description (alt text)',
          widget: 'string',
          hint: 'What the picture shows, for people who cannot see it.',
        },
        caption: { label: 'Caption', widget: 'string', hint: 'Optional: what, where, when. Shown under the image.' },
        credit: { label: 'Credit', widget: 'string', hint: 'Who took the photo, or whose it is.' },
      },
    },
  };
}

/** The schema's limits of a text, as one Decap pattern: [regular expression, message]. */
function textPattern(rule: FieldRule, patternMessage?: string): [string, string] | undefined {
  const { minLength = 0, maxLength, pattern } = rule;
  if (pattern === undefined && maxLength === undefined) return undefined;
  const limit = maxLength === undefined ? '' : `at most ${maxLength} characters`;
  if (pattern === undefined) return [`^[\\s\\S]{${minLength},${maxLength}}$`, limit];
  const length = maxLength === undefined ? '' : `(?=[\\s\\S]{${minLength},${maxLength}}$)`;
  const message = [patternMessage ?? 'not in the expected form', limit].filter(Boolean).join(', ');
  return [`^${length}(?:${pattern.replace(/^\^/, '').replace(/\$$/, '')})$`, message];
}

/** What the hint adds about the limits, so an editor knows them before breaking them. */
function limitsHint(rule: FieldRule): string {
  if (rule.maxLength !== undefined) return `At most ${rule.maxLength} characters.`;
  if (rule.maxItems !== undefined) return `From ${rule.minItems ?? 0} to ${rule.maxItems}.`;
  return '';
}

function cmsField(name: string, rule: FieldRule, look: Look | undefined): CmsField {
  if (!look) {
    throw new Error(
      `The front matter has a field "${name}" that the web editor does not show: add it to server/admin/cms-fields.ts`,
    );
  }
  const { fields: partLooks, field: itemLook, patternMessage, hint, ...shown } = look;
  const pattern = rule.type === 'string' ? textPattern(rule, patternMessage) : undefined;
  const fullHint = [hint, limitsHint(rule)].filter(Boolean).join(' ');
  const defaultValue = shown.default ?? rule.default;
  return {
    name,
    ...shown,
    required: shown.required ?? (rule.required || (rule.minItems ?? 0) > 0),
    ...(fullHint && { hint: fullHint }),
    ...(defaultValue !== undefined &&
      !(Array.isArray(defaultValue) && defaultValue.length === 0) && { default: defaultValue }),
    ...(pattern && { pattern }),
    ...(rule.minItems !== undefined && { min: rule.minItems }),
    ...(rule.maxItems !== undefined && { max: rule.maxItems }),
    ...(itemLook && rule.items && { field: cmsField(itemLook.name, rule.items, itemLook) }),
    ...(partLooks && rule.fields && { fields: groupFields(shown.label, rule, rule.fields, partLooks) }),
  };
}

// Decap checks the required parts of an optional group even when the whole
// group is left empty, and then refuses to save. Those parts are checked on
// saving instead, and only when the group is filled in.
function groupFields(
  groupLabel: string,
  group: FieldRule,
  parts: Record<string, FieldRule>,
  shown: Record<string, Look>,
): CmsField[] {
  const fields = cmsFields(parts, shown);
  if (group.required) return fields;
  const requiredHint = `Required whenever the ${groupLabel.toLowerCase()} is filled in.`;
  return fields.map((field) =>
    field.required
      ? { ...field, required: false, required_in_group: true, hint: [field.hint, requiredHint].join(' ') }
      : field,
  );
}

function cmsFields(rules: Record<string, FieldRule>, shown: Record<string, Look>): CmsField[] {
  return Object.entries(rules).map(([name, rule]) => cmsField(name, rule, shown[name]));
}

const body: CmsField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  // The import refuses an article with an empty body.
  required: true,
  hint: 'Paragraphs, ## headings, lists, quotes, tables and links. Add a picture with the image button (it is stored in content/covers/). For a video, put its address alone on a line.',
};

export type RequiredGroup = { label: string; fields: { name: string; label: string }[] };

/** The optional groups among `fields` whose parts are required together, by field name. */
export function requiredGroups(fields: CmsField[]): Record<string, RequiredGroup> {
  const groups = fields.flatMap(({ name, label, fields: parts = [] }) => {
    const required = parts
      .filter((part) => part.required_in_group)
      .map((part) => ({ name: part.name, label: part.label }));
    return required.length > 0 ? [[name, { label, fields: required }] as const] : [];
  });
  return Object.fromEntries(groups);
}

/** The fields of an article in the web editor, in the order of the front matter, then the text. */
export function articleFields(context: FormContext): CmsField[] {
  return [...cmsFields(frontMatterRules(), looks(context)), body];
}
