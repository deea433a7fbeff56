import { describe, expect, it } from 'vitest';
import { checkAddress, qrPayload, readQrPayload } from './address';

const APP = ['https://coop.example.org'];

describe('the notebook’s address', () => {
  it('is kept without a trailing slash', () => {
    expect(checkAddress(' https://coop.example.org/db/assoh-awa/ ', APP)).toEqual({
      ok: true,
      url: 'https://coop.example.org/db/assoh-awa',
    });
  });

  it('refuses a password written into it, another origin, plain http, or no database', () => {
    const key = (raw: string) => {
      const r = checkAddress(raw, APP);
      return r.ok ? null : r.error.key;
    };
    expect(key('https://awa:secret@coop.example.org/db/assoh-awa')).toBe('sync.errorAddressSecret');
    expect(key('https://evil.example.com/db/assoh-awa')).toBe('sync.errorAddressOrigin');
    expect(key('http://coop.example.org/db/assoh-awa')).toBe('sync.errorAddress');
    expect(key('https://coop.example.org/')).toBe('sync.errorAddress');
    expect(key('assoh-awa')).toBe('sync.errorAddress');
  });

  it('may be plain http on the phone itself (tests, a stall’s laptop)', () => {
    expect(checkAddress('http://127.0.0.1:4173/db/assoh-awa', ['http://127.0.0.1:4173']).ok).toBe(
      true,
    );
  });
});

describe('the QR code of "Ajouter un téléphone"', () => {
  it('carries the three things and reads back, and is no link a camera app would open', () => {
    const three = {
      url: 'https://coop.example.org/db/assoh-awa',
      username: 'awa',
      password: 'p@ss',
    };
    const text = qrPayload(three);
    expect(text).not.toMatch(/^https?:/);
    expect(readQrPayload(text)).toEqual(three);
  });

  it('another app’s code is not taken for one', () => {
    expect(readQrPayload('https://wa.me/2250707123456')).toBeNull();
    expect(readQrPayload('ASSOH-SYNC:{"v":2}')).toBeNull();
    expect(readQrPayload('ASSOH-SYNC:{broken')).toBeNull();
  });
});
