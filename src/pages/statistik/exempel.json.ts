/**
 * The invented Strandvik sample for the statistics page's "try it" button, as JSON so the service
 * worker precaches it. The figures are made up (content/statistics/README.md) and are marked so.
 */
import type { APIRoute } from 'astro';
import text from '../../../content/statistics/strandvik-exempel.csv?raw';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: 'Strandvik – exempeldata (påhittade siffror)',
      source: 'Samverkanshandbokens påhittade exempel, inte verklig statistik',
      fileName: 'strandvik-exempel.csv',
      text,
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
