// @vitest-environment happy-dom
// The runner tab's lock (src/client/workshop/channel.ts), which tells the projector that the tab it follows
// has gone: held only while the page is shown, released on pagehide, and never left held by a request the
// page no longer wants. The browser's LockManager is replaced by an exclusive lock with a FIFO queue.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runnerLock, whenRunnerGone } from '../../../src/client/workshop/channel';

/** Exclusive Web Locks: granted in order, each after the one before has settled its callback's promise. */
class FakeLocks {
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly busy = new Set<string>();
  request(name: string, callback: () => unknown): Promise<unknown> {
    return new Promise((done) => {
      const grant = () => {
        this.busy.add(name);
        void Promise.resolve()
          .then(callback)
          .finally(() => {
            this.busy.delete(name);
            done(undefined);
            this.waiting.get(name)?.shift()?.();
          });
      };
      if (!this.busy.has(name)) grant();
      else this.waiting.set(name, [...(this.waiting.get(name) ?? []), grant]);
    });
  }
}

/** Lets every queued callback and promise reaction run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether a promise has resolved by now. */
async function resolved(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await settle();
  return done;
}

describe('med Web Locks', () => {
  beforeEach(() => vi.stubGlobal('navigator', { locks: new FakeLocks() }));
  afterEach(() => vi.unstubAllGlobals());

  it('hold() svarar först när låset är taget, och projektorn får det först när fliken släpper det', async () => {
    const lock = runnerLock('a');
    await lock.hold();
    let gone = 0;
    whenRunnerGone('a', () => gone++);
    await settle();
    expect(gone).toBe(0);
    expect(lock.hold()).toBe(lock.hold());
    lock.release();
    await settle();
    expect(gone).toBe(1);
  });

  it('hold() väntar medan någon annan har låset', async () => {
    let letGo!: () => void;
    void navigator.locks.request('hb-workshop-runner-b', () => new Promise<void>((done) => (letGo = done)));
    await settle();
    const held = runnerLock('b').hold();
    expect(await resolved(held)).toBe(false);
    letGo();
    expect(await resolved(held)).toBe(true);
  });

  it('släppt innan webbläsaren gav låset och begärt igen: den nya begäran får det, den gamla lämnar tillbaka det', async () => {
    const lock = runnerLock('c');
    const first = lock.hold();
    lock.release();
    const second = lock.hold();
    expect(second).not.toBe(first);
    expect(await resolved(second)).toBe(true);
    expect(await resolved(first)).toBe(false);
    // Held by the second request: the projector waits, and gets it on release.
    let gone = 0;
    whenRunnerGone('c', () => gone++);
    await settle();
    expect(gone).toBe(0);
    lock.release();
    await settle();
    expect(gone).toBe(1);
  });

  it('släppt innan webbläsaren gav låset: låset lämnas tillbaka direkt', async () => {
    const lock = runnerLock('d');
    void lock.hold();
    lock.release();
    let gone = 0;
    whenRunnerGone('d', () => gone++);
    await settle();
    expect(gone).toBe(1);
  });
});

describe('utan Web Locks (osäker kontext)', () => {
  beforeEach(() => vi.stubGlobal('navigator', {}));
  afterEach(() => vi.unstubAllGlobals());

  it('hold() svarar direkt och projektorn får aldrig veta att fliken gått', async () => {
    await expect(runnerLock('e').hold()).resolves.toBeUndefined();
    let gone = 0;
    whenRunnerGone('e', () => gone++);
    await settle();
    expect(gone).toBe(0);
  });
});
