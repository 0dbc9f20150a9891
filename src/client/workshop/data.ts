/** Loads /workshop/data.json (precached by the service worker, so it also loads offline). */
import { exerciseMap, type ExerciseInfo, type WorkshopData } from '../../shared/workshop';

let loading: Promise<WorkshopData> | undefined;

export function loadWorkshopData(): Promise<WorkshopData> {
  loading ??= fetch('/workshop/data.json').then(async (response) => {
    if (!response.ok) throw new Error(`data.json: ${response.status}`);
    const data = (await response.json()) as WorkshopData;
    if (data.version !== 1 || !Array.isArray(data.exercises)) throw new Error('data.json: okänt format');
    return data;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

export async function loadExercises(): Promise<{ data: WorkshopData; exercises: Map<string, ExerciseInfo> }> {
  const data = await loadWorkshopData();
  return { data, exercises: exerciseMap(data) };
}
