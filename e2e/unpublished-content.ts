import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { previewKey } from '../server/content/preview-keys.ts';

// A draft and a story scheduled far ahead, for the editors' browser tests
// (e2e/editors.spec.ts). The server's preview secret is set here too, so the
// tests can work out the preview addresses the import prints.

export const E2E_PREVIEW_SECRET = 'e2e-preview-secret-0123456789abcdefghij';
export const DRAFT = { slug: 'draft-harbour-sensors-report', title: 'Draft: Harbour Sensors Report Every Crane' };
export const SCHEDULED = { slug: 'embargoed-grid-results', title: 'Embargoed: Grid Pilot Results for 2099' };

export const previewPathOf = (slug: string) => `/preview/${previewKey(E2E_PREVIEW_SECRET, 'en', slug)}`;

export function writeUnpublishedContent(contentDir: string): void {
  const write = (file: string, front: string[], body: string) =>
    writeFileSync(path.join(contentDir, 'articles', file), `---\n${front.join('\n')}\n---\n\n${body}\n`);
  write(
    `2026-11-20-${DRAFT.slug}.md`,
    [
      `title: "${DRAFT.title}"`,
      'published: 2026-11-20T09:00:00+08:00',
      'draft: true',
      'forum: logistics-session',
      'topics: [supply-chain]',
      'summary: Cranes at the harbour now report their load and position every second.',
    ],
    'Every crane of the harbour reports its load and position through a narrowband sensor: a zanzibarite story.',
  );
  write(
    `2099-11-20-${SCHEDULED.slug}.md`,
    [
      `title: "${SCHEDULED.title}"`,
      'published: 2099-11-20T09:00:00+08:00',
      'forum: energy-session',
      'topics: [energy-transition]',
      'summary: The results of the grid pilots, embargoed until they are announced.',
    ],
    'The grid pilots cut outage times by half: a quillwort story.',
  );
}
