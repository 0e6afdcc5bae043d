export const SITE_NAME = 'WIOTC News Center';
export const SITE_TAGLINE = 'official news feed, bringing you real first-hand information';
export const SITE_DESCRIPTION =
  'The official news feed of the World Internet of Things Convention (WIOTC), bringing you real first-hand information.';
