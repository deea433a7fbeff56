// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArea, t } from '../i18n';
import { ValidationError } from '../i18n/errors';
import { useFormErrors } from './form-errors';

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
    const form = renderHook(() => useFormErrors(t));
    let runs = 0;
    await act(() =>
      form.result.current.run(() => Promise.reject(new ValidationError({})), { leaves: true }),
    );
    expect(form.result.current.busy).toBe(false);
    await act(() => form.result.current.run(async () => void runs++, { leaves: true }));
    expect(form.result.current.busy).toBe(true);
    await act(() => form.result.current.run(async () => void runs++, { leaves: true }));
    expect(runs).toBe(1);
  });
});
