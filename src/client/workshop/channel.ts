/**
 * The live link between the facilitator's screen and the projector window on the same device.
 * The runner sends only ProjectorView (step title, participant instructions, timer); the projector
 * asks for the current view when it opens. Facilitator and group notes never go on this channel.
 */
import type { ProjectorView } from '../../lib/workshop-run';

export const CHANNEL_NAME = 'hb-workshop-projektor';

export type ToProjector = ProjectorView;
export interface ToRunner {
  type: 'hello';
}

export function openChannel(): BroadcastChannel | undefined {
  return 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL_NAME) : undefined;
}
