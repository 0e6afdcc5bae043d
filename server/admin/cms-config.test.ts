import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontMatterSchema } from '../content/front-matter.ts';
import { localBackend } from './admin-backend.ts';
import { cmsConfig } from './cms-config.ts';
import type { CmsField } from './cms-fields.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const config = cmsConfig(contentDir, localBackend());
const [english, chinese] = config.collections;
const field = (fields: CmsField[], name: string) => fields.find((candidate) => candidate.name === name)!;

/** Whether Decap accepts a value: required and pattern, as it checks them. */
function decapAccepts(spec: CmsField, value: string): boolean {
  if (value === '') return !spec.required;
  return spec.pattern === undefined || new RegExp(spec.pattern[0]).test(value);
}

describe('the web editor’s configuration', () => {
  it('has a field for every front-matter field, in the same order, then the text', () => {
    const names = english.fields.map(({ name }) => name);
    expect(names).toEqual([...Object.keys(frontMatterSchema.shape), 'body']);
    expect(chinese.fields.map(({ name }) => name)).toEqual(names);
  });

  it('accepts exactly the values the import accepts', () => {
    const samples: Record<string, string[]> = {
      title: ['A headline', 'x'.repeat(200), 'x'.repeat(201)],
      slug: ['delegates-tour-a-port', 'Delegates_Tour', 'double--hyphen', 'a'.repeat(120), 'a'.repeat(121)],
      translationOf: ['some-original', 'Not A Slug'],
      published: ['2024-05-01T09:00:00+08:00', '2024-05-01T09:00:00Z', '2024-05-01 09:00', '2024-02-30T09:00:00+08:00'],
      updated: ['2024-05-02T10:30:00+08:00', 'yesterday'],
      summary: ['One sentence.', 'x'.repeat(400), 'x'.repeat(401)],
      correction: ['The number was wrong.', 'x'.repeat(600), 'x'.repeat(601)],
      author: ['Staff reporter', 'x'.repeat(120), 'x'.repeat(121)],
    };
    for (const [name, values] of Object.entries(samples)) {
      const spec = field(english.fields, name);
      const schema = frontMatterSchema.shape[name as keyof typeof frontMatterSchema.shape];
      for (const value of values) {
        expect(decapAccepts(spec, value), `${name}: ${value.slice(0, 30)}`).toBe(schema.safeParse(value).success);
      }
    }
    const formerSlug = field(english.fields, 'formerSlugs').field!;
    expect(decapAccepts(formerSlug, 'old-slug')).toBe(true);
    expect(decapAccepts(formerSlug, 'Old Slug')).toBe(false);
  });

  it('requires what the import requires, with the schema’s limits', () => {
    const required = english.fields.filter((spec) => spec.required).map(({ name }) => name);
    expect(required).toEqual(['title', 'published', 'forum', 'topics', 'summary', 'body']);
    expect(field(english.fields, 'topics')).toMatchObject({ widget: 'select', multiple: true, min: 1, max: 8 });
    expect(field(english.fields, 'author').default).toBe('WIOTC News Center');
    expect(field(english.fields, 'published')).toMatchObject({ format: 'YYYY-MM-DDTHH:mm:ssZ', default: '{{now}}' });
    // A Chinese file name is made from the slug, so it must be given.
    expect(field(chinese.fields, 'slug').required).toBe(true);
  });

  it('asks for the cover’s picture and its description together, or for no cover at all', () => {
    const cover = field(english.fields, 'cover');
    expect(cover.required).toBe(false);
    const parts = Object.fromEntries(cover.fields!.map((part) => [part.name, part]));
    expect(parts.image).toMatchObject({ widget: 'image', required: false, required_in_group: true, public_folder: '' });
    expect(parts.alt).toMatchObject({ required: false, required_in_group: true });
    expect(parts.caption.required_in_group).toBeUndefined();
    expect(decapAccepts(parts.credit, 'x'.repeat(121))).toBe(false);
  });

  it('offers the forums and topics of content/, named in each collection’s language', () => {
    expect(field(english.fields, 'forum').options![0]).toEqual({
      label: 'Opening Ceremony',
      value: 'opening-ceremony',
    });
    expect(field(chinese.fields, 'forum').options![0]).toEqual({ label: '开幕式', value: 'opening-ceremony' });
    expect(field(english.fields, 'topics').options).toContainEqual({
      label: 'Digital Economy',
      value: 'digital-economy',
    });
  });

  it('writes files where and as the import reads them', () => {
    expect(english).toMatchObject({ folder: 'content/articles', extension: 'md', public_folder: '../covers' });
    expect(chinese).toMatchObject({ folder: 'content/articles/zh', extension: 'zh.md', public_folder: '../../covers' });
    expect(english.slug).toBe("{{fields.published | date('YYYY-MM-DD')}}-{{slug}}");
    expect(chinese.slug).toBe("{{fields.published | date('YYYY-MM-DD')}}-{{fields.slug}}");
    expect(field(chinese.fields, 'lang')).toMatchObject({ widget: 'hidden', default: 'zh' });
    expect(config.media_folder).toBe('content/covers');
  });
});
