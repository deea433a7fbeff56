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
