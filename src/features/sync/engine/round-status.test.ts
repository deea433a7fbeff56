import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../db/sync-state';
import { makePhone, memoryReplica, turnOn, type Phone } from '../../../test/sync-phones';
import { mayRun } from '../schedule';
import type { Replica } from './replica';

const phones: Phone[] = [];
afterEach(async () => {
  for (const p of phones.splice(0)) await p.close();
});

/** A server that answers every request with `error`, and counts them. */
function answering(error: object): Replica & { asked: number } {
  const server = memoryReplica();
  const fail = () => {
    failing.asked++;
    return Promise.reject(Object.assign(new Error('refused'), error));
  };
  const failing = Object.assign(Object.create(server) as Replica, {
    asked: 0,
    get: fail,
    put: fail,
  });
  return failing;
}

async function statusOf(p: Phone): Promise<SyncStatus> {
  return (await p.db.sync.get('status')) as SyncStatus;
}

describe('a round the server refuses or does not answer', () => {
  it('a wrong password stops the automatic rounds: only her tap asks again', async () => {
    const server = answering({ status: 401, reason: 'Name or password is incorrect.' });
    const p = await makePhone(server);
    phones.push(p);
    await turnOn(p);
    expect(await p.sync()).toBe('unauthorized');
    const status = await statusOf(p);
    expect(status.failures).toBeUndefined();
    expect(mayRun(status, 'timer', status.at + 24 * 3_600_000)).toBe(false);
    expect(mayRun(status, 'online', status.at + 1)).toBe(false);
    expect(mayRun(status, 'manual', status.at + 1)).toBe(true);
    expect(server.asked).toBe(1);
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
  ] as const)('an answer %i (%s) stops them too', async (code, kind) => {
    const p = await makePhone(answering({ status: code, reason: 'no' }));
    phones.push(p);
    await turnOn(p);
    expect(await p.sync()).toBe(kind);
    expect(mayRun(await statusOf(p), 'start', Date.now() + 3_600_000)).toBe(false);
  });

  it('a server that does not answer is tried again, each time after a longer wait', async () => {
    const p = await makePhone(answering({ name: 'TypeError' }));
    phones.push(p);
    await turnOn(p);
    expect(await p.sync()).toBe('unreachable');
    expect(await p.sync()).toBe('unreachable');
    const status = await statusOf(p);
    expect(status.failures).toBe(2);
    expect(mayRun(status, 'timer', status.at + 5 * 60_000)).toBe(false);
    expect(mayRun(status, 'timer', status.at + 10 * 60_000)).toBe(true);
    expect(mayRun(status, 'online', status.at + 1)).toBe(true);
  });
});
