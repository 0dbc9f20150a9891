/**
 * The live link between the facilitator's screen and the projector window on the same device.
 * The runner sends only ProjectorView (step title, participant instructions, timer); the projector
 * asks for the current view when it opens. Facilitator and group notes never go on this channel. With
 * two runner tabs open, the projector follows the first it hears from, names it on screen, and moves
 * to another only when that one closes. A closing tab cannot be trusted to say so (a message posted
 * while the page goes away may never arrive, and a crashed tab says nothing), so each runner holds a
 * Web Lock named for it while it lives, and the projector learns of the close when the browser hands
 * that lock on.
 */
import type { ProjectorView } from '../../shared/workshop-run';

export const CHANNEL_NAME = 'hb-workshop-projektor';

/** Which runner tab a view comes from: the projector follows one, and names it. */
export interface RunnerId {
  id: string;
  name: string;
}
export type ToProjector = ProjectorView & { runner: RunnerId };
export interface ToRunner {
  type: 'hello';
}

export function openChannel(): BroadcastChannel | undefined {
  return 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL_NAME) : undefined;
}

const LOCK_PREFIX = 'hb-workshop-runner-';

/**
 * Holds the runner tab's lock until the tab closes; resolves once it is held. A runner speaks on the
 * channel only after that, so a projector that asks for the lock never gets it while the tab lives.
 * Without Web Locks (an insecure context) it resolves at once, and the projector keeps the first tab.
 */
export function holdRunnerLock(id: string): Promise<void> {
  if (!('locks' in navigator)) return Promise.resolve();
  return new Promise((held) => {
    void navigator.locks.request(LOCK_PREFIX + id, () => {
      held();
      return new Promise<never>(() => undefined);
    });
  });
}

/** Calls gone() once the runner tab with this id has closed: the browser then grants its lock. */
export function whenRunnerGone(id: string, gone: () => void): void {
  if ('locks' in navigator) void navigator.locks.request(LOCK_PREFIX + id, gone);
}
