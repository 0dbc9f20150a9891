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
 * A runner tab's lock, held while the page is shown. hold() resolves once it is held: a runner speaks
 * on the channel only after that, so a projector that asks for the lock never gets it while the tab
 * is there. release() on pagehide: a page left by a link may live on in the back-forward cache, and
 * with the lock the projector would go on following a tab out of sight; a closed or crashed tab loses
 * it anyway. Without Web Locks (an insecure context) hold() resolves at once, and the projector keeps
 * the first tab it followed.
 */
export function runnerLock(id: string): { hold(): Promise<void>; release(): void } {
  let held: Promise<void> | undefined;
  let letGo: (() => void) | undefined;
  return {
    hold() {
      if (!('locks' in navigator)) return Promise.resolve();
      if (!held) {
        const request: Promise<void> = new Promise((resolve) => {
          void navigator.locks.request(LOCK_PREFIX + id, () => {
            // Released (and perhaps asked for again) before the browser granted it: give it straight back.
            if (held !== request) return undefined;
            resolve();
            return new Promise<void>((done) => (letGo = done));
          });
        });
        held = request;
      }
      return held;
    },
    release() {
      held = undefined;
      letGo?.();
      letGo = undefined;
    },
  };
}

/** Calls gone() once the runner tab with this id has closed: the browser then grants its lock. */
export function whenRunnerGone(id: string, gone: () => void): void {
  if ('locks' in navigator) void navigator.locks.request(LOCK_PREFIX + id, gone);
}
