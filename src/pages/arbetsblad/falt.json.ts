/** The field catalogue of every worksheet: titles, labels and options for export and import (precached for offline). */
import type { APIRoute } from 'astro';
import { getHandbook } from '../../build/content/handbook';
import { parseFields } from '../../build/content/worksheet-fields-parse';

export const GET: APIRoute = async () => {
  const hb = await getHandbook();
  const catalogue = Object.fromEntries(hb.worksheets.map((w) => [w.id, { title: w.data.title, step: w.data.step, fields: parseFields(w.body ?? '') }]));
  return new Response(JSON.stringify(catalogue), { headers: { 'Content-Type': 'application/json' } });
};
