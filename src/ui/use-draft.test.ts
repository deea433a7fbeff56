// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDraft } from './use-draft';

afterEach(() => sessionStorage.clear());

describe('useDraft', () => {
  it('keeps what was typed across a reload of the page, then forgets it on clear() (the form still showing it)', () => {
    const first = renderHook(() => useDraft('sale', { customer: '', total: '' }));
    act(() => first.result.current[1]({ customer: 'Adèle 🌶️', total: '1 500' }));
    act(() => first.result.current[1]((d) => ({ ...d, total: '2 000' })));

    // A reload runs no React clean-up: the new page reads the same tab's storage.
    const second = renderHook(() => useDraft('sale', { customer: '', total: '' }));
    expect(second.result.current[0]).toEqual({ customer: 'Adèle 🌶️', total: '2 000' });
    act(() => second.result.current[2]());
    // Saved and leaving: no redraw of an emptied form on the way to the next screen.
    expect(second.result.current[0]).toEqual({ customer: 'Adèle 🌶️', total: '2 000' });
    expect(sessionStorage.getItem('assoh-draft:sale')).toBeNull();

    const third = renderHook(() => useDraft('sale', { customer: '', total: '' }));
    expect(third.result.current[0]).toEqual({ customer: '', total: '' });
  });

  it('forgets the draft when the seller leaves the form inside the app', () => {
    const form = renderHook(() => useDraft('sale', ''));
    act(() => form.result.current[1]('2 tas'));
    expect(sessionStorage.getItem('assoh-draft:sale')).toBe('"2 tas"');
    form.unmount();
    expect(sessionStorage.getItem('assoh-draft:sale')).toBeNull();
    expect(renderHook(() => useDraft('sale', '')).result.current[0]).toBe('');
  });

  it('gives a field added since the draft was kept its default (a new version, mid-form)', () => {
    sessionStorage.setItem('assoh-draft:customer:new', JSON.stringify({ firstName: 'Awa' }));
    const form = renderHook(() => useDraft('customer:new', { firstName: '', channel: 'whatsapp' }));
    expect(form.result.current[0]).toEqual({ firstName: 'Awa', channel: 'whatsapp' });
  });

  it('keeps drafts of different forms apart and survives an unreadable one', () => {
    sessionStorage.setItem('assoh-draft:gift', '{not json');
    const gift = renderHook(() => useDraft('gift', 'vide'));
    expect(gift.result.current[0]).toBe('vide');
    const customer = renderHook(() => useDraft('customer', 'x'));
    act(() => customer.result.current[1]('Awa'));
    expect(sessionStorage.getItem('assoh-draft:customer')).toBe('"Awa"');
    expect(sessionStorage.getItem('assoh-draft:gift')).toBe('{not json');
  });
});

describe('useDraft keep()', () => {
  it('lets the seller step away and come back to the same draft (a product added mid-sale)', () => {
    const sale = renderHook(() => useDraft('sale:awa', ['piment']));
    act(() => sale.result.current[1](['piment', 'tomate']));
    act(() => sale.result.current[3]());
    sale.unmount();
    expect(renderHook(() => useDraft('sale:awa', ['piment'])).result.current[0]).toEqual([
      'piment',
      'tomate',
    ]);
  });
});
