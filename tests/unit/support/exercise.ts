// An exercise as the workshop pages get it (src/shared/workshop.ts ExerciseInfo), for the workshop tests: one
// step per entry of `minutes`, its texts from `step` (by default "<id> <n>", "i", "f"), the rest placeholders.
import type { ExerciseInfo } from '../../../src/shared/workshop';

type StepText = Pick<ExerciseInfo['steps'][number], 'title' | 'instructions' | 'facilitator'>;

export function exerciseInfo(
  id: string,
  minutes: number[],
  { title = id, step = (n: number): StepText => ({ title: `${id} ${n}`, instructions: 'i', facilitator: 'f' }) }: { title?: string; step?: (n: number) => StepText } = {},
): ExerciseInfo {
  return {
    id,
    title,
    summary: 's',
    step: 3,
    minutes: minutes.reduce((a, b) => a + b, 0),
    purpose: 'p',
    outcome: 'o',
    groupSize: 'g',
    participants: [],
    materials: [],
    preparation: [],
    worksheets: [],
    steps: minutes.map((m, i) => ({ ...step(i + 1), minutes: m })),
  };
}
