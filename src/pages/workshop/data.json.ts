/**
 * /workshop/data.json: every exercise as the workshop pages need it (steps, participant instructions,
 * facilitator notes, worksheets). A static file, so the service worker precaches it and workshop mode
 * works offline. Only the facilitator's pages read it; the projector view never does.
 */
import type { APIRoute } from 'astro';
import { getHandbook } from '../../build/content/handbook';
import { totalMinutes } from '../../shared/agenda';
import type { WorkshopData } from '../../shared/workshop';

export const GET: APIRoute = async ({ site }) => {
  const hb = await getHandbook();
  const worksheetTitle = new Map(hb.worksheets.map((w) => [w.id, w.data.title]));
  const data: WorkshopData = {
    version: 1,
    site: (site?.origin ?? 'https://samverkanshandboken.se').replace(/\/$/, ''),
    exercises: hb.exercises.map((e) => {
      const d = e.data;
      return {
        id: e.id,
        title: d.title,
        summary: d.summary,
        step: d.step,
        minutes: totalMinutes(d.steps),
        purpose: d.purpose,
        outcome: d.outcome,
        groupSize: d.groupSize,
        participants: d.participants,
        materials: d.materials,
        preparation: d.preparation,
        worksheets: d.worksheets.map((id) => ({ id, title: worksheetTitle.get(id) ?? id })),
        steps: d.steps.map((s) => ({ title: s.title, minutes: s.minutes, instructions: s.instructions.trim(), facilitator: s.facilitator.trim() })),
      };
    }),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
