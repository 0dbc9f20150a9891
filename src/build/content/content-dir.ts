/** Where the book's content lives: ./content, or HANDBOOK_CONTENT_DIR for benchmarks and build tests. */
export function contentDir(): string {
  return process.env['HANDBOOK_CONTENT_DIR'] ?? './content';
}
