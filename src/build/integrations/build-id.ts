/** One id per build: names the offline copy's version and tags Pagefind's metadata request. */
export const BUILD_ID: string = process.env['HANDBOOK_BUILD_ID'] ?? new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
