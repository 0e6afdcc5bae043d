/* global CMS, h */
// Runs in the web editor (/admin) after Decap CMS has loaded. The page's
// script tag names the article collections, the editor's locale and the groups
// of fields required together (server/admin/admin-page.ts), so they have one
// home: server/admin/cms-config.ts.
(function setUpEditor(settings) {
  // In Decap, "Publish" writes the file. Here publishing is the Draft switch,
  // so the button says what it does. Missing phrases fall back to English.
  CMS.registerLocale(settings.locale, {
    editor: {
      editorToolbar: {
        publish: 'Save',
        publishing: 'Saving…',
        published: 'Saved',
        publishNow: 'Save now',
        publishAndCreateNew: 'Save and create new',
        publishAndDuplicate: 'Save and duplicate',
      },
    },
  });

  // A field emptied after typing is kept by Decap as "" (or an empty group or
  // list); the import reads that as a value, and an empty slug, caption or
  // correction is a mistake there. Left out, it is simply not given.
  const isEmpty = (value) => value === '' || value === null || value === undefined || value.size === 0;
  function withoutEmpty(value) {
    const isCollection = value !== null && typeof value === 'object' && typeof value.toJS === 'function';
    return isCollection ? value.map(withoutEmpty).filter((part) => !isEmpty(part)) : value;
  }

  const groups = JSON.parse(settings.groups);
  CMS.registerEventListener({
    name: 'preSave',
    handler({ entry }) {
      const data = withoutEmpty(entry.get('data'));
      for (const [name, group] of Object.entries(groups)) {
        const value = data.get(name);
        const missing = value ? group.fields.filter((field) => isEmpty(value.get(field.name))) : [];
        if (missing.length > 0) {
          const labels = missing.map((field) => field.label).join(' and ');
          throw new Error(`${group.label}: fill in ${labels} too, or empty the whole group.`);
        }
      }
      return data;
    },
  });

  // The readers' own stylesheet, from the built app.
  CMS.registerPreviewStyle('/admin/preview.css');

  // The article as its page shows it, with the class names of the reader's view.
  function ArticlePreview({ entry, widgetFor, getAsset }) {
    const data = entry.get('data');
    const text = (name) => data.get(name) || '';
    const cover = data.get('cover');
    const image = cover && cover.get('image');
    const caption = cover && cover.get('caption');
    const credit = cover && cover.get('credit');
    const status = data.get('draft')
      ? 'Draft: not shown to readers until Draft is turned off.'
      : Date.parse(text('published')) > Date.now()
        ? `Scheduled: readers see it from ${text('published')}.`
        : '';
    return h(
      'main',
      { className: 'site-main' },
      h(
        'article',
        { className: 'article', lang: text('lang') || 'en' },
        h(
          'header',
          { className: 'article__header' },
          status && h('p', { className: 'meta__line', role: 'status' }, h('strong', null, status)),
          h('h1', { className: 'article__title' }, text('title')),
          h('p', { className: 'article__summary' }, text('summary')),
          h('p', { className: 'meta__line' }, text('author')),
        ),
        image &&
          h(
            'figure',
            { className: 'article__cover-figure' },
            h('img', { className: 'article__cover', src: getAsset(image).toString(), alt: cover.get('alt') || '' }),
            (caption || credit) &&
              h(
                'figcaption',
                { className: 'image-caption' },
                caption,
                ' ',
                credit && h('small', { className: 'credit' }, credit),
              ),
          ),
        h('div', { className: 'article__body prose' }, widgetFor('body')),
        text('correction') &&
          h(
            'section',
            { className: 'correction' },
            h('h2', { className: 'correction__heading' }, 'Correction'),
            h('p', { className: 'correction__text' }, text('correction')),
          ),
      ),
    );
  }
  for (const collection of settings.collections.split(' ')) CMS.registerPreviewTemplate(collection, ArticlePreview);
})(document.currentScript.dataset);
