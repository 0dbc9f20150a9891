/**
 * The live link between the facilitator's screen and the projector window on the same device.
 * The runner sends only ProjectorView (step title, participant instructions, timer); the projector
 * asks for the current view when it opens. Facilitator and group notes never go on this channel. With
 * two runner tabs open, the projector follows the first it hears from, names it on screen, and moves
 * to another only when that one closes ('bye').
 */
import type { ProjectorView } from '../../shared/workshop-run';

export const CHANNEL_NAME = 'hb-workshop-projektor';

/** Which runner tab a view comes from: the projector follows one, and names it. */
export interface RunnerId {
  id: string;
  name: string;
}
export type ToProjector = (ProjectorView & { runner: RunnerId }) | { type: 'bye'; runner: RunnerId };
export interface ToRunner {
  type: 'hello';
}

export function openChannel(): BroadcastChannel | undefined {
  return 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL_NAME) : undefined;
}
