import { describe, expect, it } from 'vitest';
import type { SyncStatus, SyncStatusKind } from '../../db/sync-state';
import {
  BACKOFF_MAX_MS,
  EVERY_MS,
  backoffMs,
  failuresAfter,
  mayRun,
  type Trigger,
} from './schedule';

const AT = 1_795_000_000_000;
const status = (kind: SyncStatusKind, failures?: number): SyncStatus => ({
  id: 'status',
  kind,
  at: AT,
  ...(failures ? { failures } : {}),
});
const AUTOMATIC: Trigger[] = ['start', 'online', 'visible', 'timer'];

describe('when a round may start by itself', () => {
  it.each(['unauthorized', 'forbidden', 'not-found'] as const)(
    'after a refusal (%s), never, however long after: only her tap goes',
    (kind) => {
      for (const trigger of AUTOMATIC)
        expect(mayRun(status(kind), trigger, AT + 365 * 86_400_000)).toBe(false);
      expect(mayRun(status(kind), 'manual', AT + 1)).toBe(true);
    },
  );

  it('after a round that went well, no signal, or none yet: always', () => {
    for (const s of [null, status('synced'), status('offline'), status('syncing')])
      for (const trigger of [...AUTOMATIC, 'manual'] as const)
        expect(mayRun(s, trigger, AT + 1)).toBe(true);
  });

  it('after a server that did not answer: the clock and the screen wait longer each time; start, signal and her tap go at once', () => {
    const twice = status('unreachable', 2);
    expect(mayRun(twice, 'timer', AT + 2 * EVERY_MS - 1)).toBe(false);
    expect(mayRun(twice, 'visible', AT + 2 * EVERY_MS - 1)).toBe(false);
    expect(mayRun(twice, 'timer', AT + 2 * EVERY_MS)).toBe(true);
    for (const trigger of ['start', 'online', 'manual'] as const)
      expect(mayRun(twice, trigger, AT + 1)).toBe(true);
    expect(mayRun(status('failed', 1), 'timer', AT + EVERY_MS - 1)).toBe(false);
  });

  it('after a full phone: every automatic try waits, longer each time; her tap goes at once', () => {
    const full = status('full', 3);
    for (const trigger of AUTOMATIC) {
      expect(mayRun(full, trigger, AT + 4 * EVERY_MS - 1)).toBe(false);
      expect(mayRun(full, trigger, AT + 4 * EVERY_MS)).toBe(true);
    }
    expect(mayRun(full, 'manual', AT + 1)).toBe(true);
    expect(failuresAfter(full, 'full')).toBe(4);
  });

  it('waits 5, 10, 20, 40 minutes, then never more than an hour', () => {
    expect([1, 2, 3, 4, 5, 12].map(backoffMs)).toEqual([
      EVERY_MS,
      2 * EVERY_MS,
      4 * EVERY_MS,
      8 * EVERY_MS,
      BACKOFF_MAX_MS,
      BACKOFF_MAX_MS,
    ]);
  });

  it('counts failures in a row across the rounds that start and the ones with no signal', () => {
    let s: SyncStatus | undefined;
    const become = (kind: SyncStatusKind) => {
      const failures = failuresAfter(s, kind);
      s = { ...status(kind), ...(failures ? { failures } : {}) };
    };
    for (const kind of ['syncing', 'unreachable', 'syncing', 'failed', 'offline'] as const)
      become(kind);
    expect(s?.failures).toBe(2);
    become('syncing');
    become('unreachable');
    expect(s?.failures).toBe(3);
    become('syncing');
    become('synced');
    expect(s?.failures).toBeUndefined();
    become('unauthorized');
    expect(s?.failures).toBeUndefined();
  });
});
