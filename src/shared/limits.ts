// The API's limits, apart from the contract so that the app can use them
// without loading the schemas up front.
export const PAGE_SIZE_DEFAULT = 12;
export const PAGE_SIZE_MAX = 50;
export const QUERY_MAX_LENGTH = 200;
