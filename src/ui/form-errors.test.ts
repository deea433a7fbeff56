// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadArea, t } from '../i18n';
import { ValidationError } from '../i18n/errors';
import { BUSY_AFTER_MS, useFormErrors } from './form-errors';

beforeAll(() => loadArea('stall'));

describe('a refused field', () => {
  it('loses its error as soon as the seller changes it, and only that field', async () => {
    const form = renderHook(() => useFormErrors(t));
    await act(() =>
      form.result.current.run(() =>
        Promise.reject(
          new ValidationError({
            firstName: { key: 'customers.errorFirstName' },
            phone: { key: 'phone.errorShort' },
          }),
        ),
      ),
    );
    expect(form.result.current.message('firstName')).toBe('Écrivez le prénom du client.');
    act(() => form.result.current.clear('firstName'));
    expect(form.result.current.message('firstName')).toBeUndefined();
    expect(form.result.current.message('phone')).toBeDefined();
  });
});

describe('a tap on save', () => {
  it('counts once when she taps twice in the same moment', async () => {
    const form = renderHook(() => useFormErrors(t));
    let runs = 0;
    const save = () => form.result.current.run(async () => void runs++);
    await act(() => Promise.all([save(), save()]));
    expect(runs).toBe(1);
    await act(() => save());
    expect(runs).toBe(2);
  });

  it('stays busy after a save that leaves the screen, and not after a refusal', async () => {
    vi.useFakeTimers();
    try {
      const form = renderHook(() => useFormErrors(t));
      let runs = 0;
      await act(() =>
        form.result.current.run(() => Promise.reject(new ValidationError({})), { leaves: true }),
      );
      act(() => vi.advanceTimersByTime(BUSY_AFTER_MS));
      expect(form.result.current.busy).toBe(false);
      await act(() => form.result.current.run(async () => void runs++, { leaves: true }));
      // Shown busy if the next screen is slow to come; a second tap is refused at once anyway.
      act(() => vi.advanceTimersByTime(BUSY_AFTER_MS));
      expect(form.result.current.busy).toBe(true);
      await act(() => form.result.current.run(async () => void runs++, { leaves: true }));
      expect(runs).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the form busy only when the save takes a moment: a quick one draws nothing between', async () => {
    vi.useFakeTimers();
    try {
      const form = renderHook(() => useFormErrors(t));
      await act(() => form.result.current.run(async () => undefined));
      act(() => vi.advanceTimersByTime(BUSY_AFTER_MS * 2));
      expect(form.result.current.busy).toBe(false);
      let finish: () => void = () => undefined;
      let saved: Promise<unknown> = Promise.resolve();
      act(() => {
        saved = form.result.current.run(() => new Promise<void>((r) => (finish = r)));
      });
      act(() => vi.advanceTimersByTime(BUSY_AFTER_MS - 1));
      expect(form.result.current.busy).toBe(false);
      act(() => vi.advanceTimersByTime(1));
      expect(form.result.current.busy).toBe(true);
      await act(async () => {
        finish();
        await saved;
      });
      expect(form.result.current.busy).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a save that succeeds', () => {
  it('draws its form again only when it had errors to take away', async () => {
    let renders = 0;
    const form = renderHook(() => {
      renders++;
      return useFormErrors(t);
    });
    const before = renders;
    await act(() => form.result.current.run(async () => 'saved', { leaves: true }));
    // Nothing to show differently: the next screen comes without a render of this one first.
    expect(renders).toBe(before);
    await act(() =>
      form.result.current.run(() =>
        Promise.reject(new ValidationError({ firstName: { key: 'customers.errorFirstName' } })),
      ),
    );
    await act(() => form.result.current.run(async () => 'saved'));
    expect(form.result.current.message('firstName')).toBeUndefined();
  });
});
