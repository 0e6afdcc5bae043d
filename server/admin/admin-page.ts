import { escapeHtml } from '../lib/escape-html.ts';
import type { RequiredGroup } from './cms-fields.ts';

/**
 * The page that loads the web editor: Decap CMS from its npm package, then
 * our setup, told the collections to preview, the editor's locale and the
 * groups of fields to check on saving.
 */
export function adminPage({
  collections,
  locale,
  groups,
}: {
  collections: string[];
  locale: string;
  groups: Record<string, RequiredGroup>;
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Editor · WIOTC News Center</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="cms-config-url" type="text/yaml" href="/admin/config.yml">
</head>
<body>
<script src="/admin/decap-cms.js"></script>
<script src="/admin/cms-setup.js" data-collections="${escapeHtml(collections.join(' '))}" data-locale="${escapeHtml(locale)}" data-groups="${escapeHtml(JSON.stringify(groups))}"></script>
</body>
</html>
`;
}
