import type { FieldError } from './errors';
import { findCountry } from '../lib/countries';
import { leftToRight } from '../lib/languages';
import type { PhoneParse } from '../lib/phone';

type Reason = Extract<PhoneParse, { ok: false }>['reason'];

/** The French (or English) message for a refused number, naming the seller's country. */
export function phoneError(reason: Reason, country: string): FieldError {
  switch (reason) {
    case 'too-short':
      return { key: 'phone.errorShort' };
    case 'too-long':
      return { key: 'phone.errorLong' };
    default:
      return {
        key: 'phone.errorInvalid',
        params: { code: leftToRight(`+${findCountry(country)?.callingCode ?? ''}`) },
      };
  }
}
