import type { MessageKey, Params } from './index';

/** A refusal the seller can act on: carries the message key, never raw text. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params?: Params,
  ) {
    super(key);
    this.name = 'UserError';
  }
}

export interface FieldError {
  key: MessageKey;
  params?: Params;
}

/** Several fields refused at once; the form shows each message beside its field. */
export class ValidationError extends Error {
  constructor(readonly fields: Record<string, FieldError>) {
    super(Object.keys(fields).join(', '));
    this.name = 'ValidationError';
  }
}

/** A text field's problem (lib/limits.ts's textProblem) as the message beside the field. */
export function textError(problem: 'too-long' | 'ill-formed', max: number): FieldError {
  return problem === 'too-long'
    ? { key: 'form.tooLong', params: { max } }
    : { key: 'form.illFormed' };
}
