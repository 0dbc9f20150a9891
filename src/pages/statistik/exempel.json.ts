/**
 * The invented Strandvik sample for the statistics page's "try it" button, as JSON so the service
 * worker precaches it. The figures are made up (content/statistics/README.md) and are marked so.
 */
import type { APIRoute } from 'astro';
import text from '../../../content/statistics/strandvik-exempel.csv?raw';
import { spt } from '../../i18n/statistics-page';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: spt('sample.name'),
      source: spt('sample.source'),
      fileName: 'strandvik-exempel.csv',
      text,
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
