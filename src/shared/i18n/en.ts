// The English interface text. Every other language's catalog has the type of
// this one (Messages), so a missing key fails the typecheck. site and titles
// are also read by the server.

const plural = (count: number, one: string, other: string) =>
  `${count} ${new Intl.PluralRules('en').select(count) === 'one' ? one : other}`;

// An estimate to two significant figures: a count read from part of the
// matches is not exact to the last digit, and should not look it.
const roughly = (count: number) => new Intl.NumberFormat('en', { maximumSignificantDigits: 2 }).format(count);

/** What a page, a message or a failed request is about. */
export type Thing = 'page' | 'article' | 'forum' | 'topic';

export const en = {
  site: {
    name: 'WIOTC News Center',
    tagline: 'official news feed, bringing you real first-hand information',
    description:
      'The official news feed of the World Internet of Things Convention (WIOTC), bringing you real first-hand information.',
    footer: 'World Internet of Things Convention (WIOTC) · News Center',
  },
  titles: {
    latest: 'Latest news',
    withPage: (title: string, page: number) => `${title}, page ${page}`,
    narrowed: (name: string, narrowedBy: string) => `${name}: ${narrowedBy}`,
    search: 'Search',
    searchFor: (q: string) => `Search: ${q}`,
    notFound: 'Page not found',
    about: 'About the News Center',
    accessibility: 'Accessibility statement',
    /** An edition of the convention by its year, narrowed by the names of a forum or a topic. */
    edition: (year: number, ...filters: string[]) =>
      filters.length > 0 ? `WIOTC ${year}: ${filters.join(', ')}` : `WIOTC ${year}`,
  },
  nav: {
    skip: 'Skip to content',
    forums: 'Forums',
    latest: 'Latest',
    language: 'Language:',
  },
  language: {
    untranslated: 'The article you were reading is not available in English. Here is the latest news.',
    dismiss: 'Dismiss',
    // Offered to readers whose browser prefers the other language, so written in it.
    offer: { text: '本页有中文版。', accept: '阅读中文版', dismiss: '不用了' },
  },
  things: { page: 'page', article: 'article', forum: 'forum', topic: 'topic' } satisfies Record<Thing, string>,
  errors: {
    couldNotLoad: (thing: string) => `We could not load this ${thing}.`,
    news: 'We could not load the news.',
    network: 'The news service cannot be reached. Check your connection.',
    timeout: 'The news service is taking too long to answer.',
    server: 'The news service had a problem answering. Please try again in a moment.',
    busy: 'The news service is busy right now. Please try again in a moment.',
    request: 'The news service could not answer this request.',
    contract: 'Unexpected response from the server.',
    other: 'Something went wrong while loading this content.',
    retry: 'Retry',
    pageHeading: 'This page could not be shown',
    pageText: 'Something went wrong on this page. Reloading usually helps.',
    reload: 'Reload the page',
  },
  notFound: {
    text: (thing: string) => `We could not find this ${thing}. It may have moved, or the link may be mistyped.`,
    latest: 'Read the latest news',
    search: 'Search the news',
  },
  offline: {
    title: 'You are offline.',
    text: 'Articles you have already opened are still available; the rest will load when you are back online.',
  },
  home: {
    lead: 'Lead story',
    topics: 'Browse by topic',
    empty: 'There is no news on this page.',
    toLatest: 'Go to the latest news',
  },
  taxonomy: {
    forum: 'Forum',
    topic: 'Topic',
    count: (count: number) => plural(count, 'article', 'articles'),
    countOn: (count: number, name: string) => `${plural(count, 'article', 'articles')} on ${name}`,
    empty: 'No articles here yet.',
    emptyOn: (name: string) => `No articles here yet on ${name}.`,
    showAll: 'Show all of them',
    narrowBy: { forum: 'Narrow by forum', topic: 'Narrow by topic' },
    all: { forum: 'All forums', topic: 'All topics' },
  },
  editions: {
    count: (count: number, ...filters: string[]) =>
      filters.length > 0
        ? `${plural(count, 'article', 'articles')} on ${filters.join(' and ')}`
        : plural(count, 'article', 'articles'),
    /** Said after an article's date, which links to its year's news. */
    dateLink: (year: number) => `, more news of WIOTC ${year}`,
  },
  article: {
    loading: 'Loading the article…',
    related: 'Related articles',
    topics: 'Topics',
    readingTime: (minutes: number) => `${minutes} min read`,
    /** Before the date of the last update. */
    updated: 'Updated',
    correction: 'Correction',
  },
  pagination: {
    label: 'Pagination',
    status: (page: number, total: number) => `Page ${page} of ${total}`,
    /** When the number of pages comes from an estimated count. */
    statusAbout: (page: number, total: number) => `Page ${page} of about ${roughly(total)}`,
    newer: 'Newer',
    older: 'Older',
    pageOf: (page: number) => ` articles, page ${page}`,
    pagePrefix: 'Page ',
    pageSuffix: '',
  },
  search: {
    region: 'Site search',
    label: 'Search news',
    submit: 'Search',
    pageLabel: 'Search the news',
    results: (count: number, q: string) => `${plural(count, 'result', 'results')} for “${q}”`,
    /** The count of a search that stopped at its time limit, so only an estimate. */
    resultsAbout: (count: number, q: string) =>
      `About ${roughly(count)} ${count === 1 ? 'result' : 'results'} for “${q}”`,
    roughly,
    /**
     * Said when the words typed found nothing and a correction of them was
     * searched instead; `corrected` is the query searched, with the changed
     * words emphasized by the page.
     */
    corrected: <Part>(missing: string, corrected: Part): (string | Part)[] => [
      `No articles contain “${missing}”. Showing results for “`,
      corrected,
      '”.',
    ],
    busy: 'Search is busy right now. Trying again…',
    sort: { label: 'Sort by', relevance: 'Relevance', newest: 'Newest', oldest: 'Oldest' },
    noMatch: (q: string) => `No articles match “${q}”.`,
    noMatchFiltered: (q: string) => `No articles match “${q}” with these filters.`,
    tip: 'Check the spelling, or try fewer or more general words.',
    unfilter: 'Search all forums and topics',
    browse: 'Browse the latest news',
    invite: 'Type a word or a name to search every article, for example “smart grid”.',
    widen: 'Include articles in Chinese',
    narrow: 'Only articles in English',
  },
  footer: {
    label: 'Site information',
    feeds: 'Feeds',
    feed: 'Latest news feed (RSS)',
    forumFeed: 'This forum’s feed (RSS)',
    topicFeed: 'This topic’s feed (RSS)',
    sitemap: 'Sitemap',
    about: 'About the news center',
    accessibility: 'Accessibility',
  },
  byline: {
    by: (author: string) => `By ${author}`,
  },
  filters: {
    /** A folded list of filters or forums: what it holds, and what is chosen in it. */
    chosen: (label: string, choice: string) => `${label}: ${choice}`,
    count: (label: string, count: number) => `${label} (${count})`,
    /**
     * Before a count that is an estimate: a short sign to see and, where the
     * sign is not a word, the word a screen reader says instead of it.
     */
    estimate: { sign: '~', spoken: 'about ' },
  },
};

export type Messages = typeof en;
