import { ApiProblem, problemText } from '../api/problem';
import { fileRefusalOf, formErrors } from './form-errors';

const problem = (status: number, code: string, body: Record<string, unknown> = {}) => new ApiProblem(status, code, '', { code, ...body });

describe('formErrors', () => {
  it('has nothing to show without a problem', () => {
    expect(formErrors(null, ['email'])).toEqual({ fields: {}, form: null });
  });

  it('puts a weak password beside the password field', () => {
    expect(formErrors(problem(400, 'auth.weak-password', { field: 'password' }), ['email', 'password'])).toEqual({
      fields: { password: 'portal:errors.weak-password' },
      form: null,
    });
  });

  it('puts validation errors beside each field the form shows', () => {
    const invalid = problem(400, 'request.invalid', { errors: [{ field: 'email', problems: ['email must be an email'] }, { field: 'subject', problems: ['too long'] }] });
    expect(formErrors(invalid, ['email', 'subject', 'message'])).toEqual({
      fields: { email: 'portal:errors.field-invalid', subject: 'portal:errors.field-invalid' },
      form: null,
    });
  });

  it('names an invalid address as such', () => {
    expect(formErrors(problem(400, 'requester.invalid-email', { field: 'email' }), ['email']).fields).toEqual({ email: 'portal:errors.invalid-email' });
  });

  it('tells the whole form about errors of fields it does not show', () => {
    expect(formErrors(problem(400, 'ticket.invalid', { field: 'helpTopicId' }), ['subject'])).toEqual({ fields: {}, form: 'common:error.generic' });
  });

  it('translates rate limits, wrong credentials and spent links', () => {
    expect(formErrors(problem(429, 'auth.rate-limited'), ['email']).form).toBe('portal:errors.rate-limited');
    expect(formErrors(problem(401, 'auth.invalid-credentials'), ['email']).form).toBe('portal:errors.invalid-credentials');
    expect(formErrors(problem(410, 'requester.token-expired'), ['password']).form).toBe('portal:errors.token-expired');
    expect(formErrors(problem(0, 'network'), []).form).toBe('common:error.network');
  });
});

describe('fileRefusalOf', () => {
  it('names the refused file, why, and the size limit', () => {
    const tooLarge = problem(400, 'ticket.attachment-refused', { field: 'files', filename: 'big.pdf', reason: 'too-large', maxBytes: 20, types: [] });
    expect(fileRefusalOf(tooLarge)).toEqual({ filename: 'big.pdf', reason: 'too-large', maxBytes: 20 });
    expect(fileRefusalOf(problem(400, 'ticket.attachment-refused', { filename: 'tool.exe', reason: 'type-not-allowed', maxBytes: 10 }))?.reason).toBe('type-not-allowed');
  });

  it('is nothing for other problems and other errors', () => {
    expect(fileRefusalOf(problem(400, 'request.invalid', { field: 'files' }))).toBeNull();
    expect(fileRefusalOf(new Error('x'))).toBeNull();
    expect(fileRefusalOf(null)).toBeNull();
  });
});

describe('problemText', () => {
  it('is the server’s detail of a refused request, and nothing for failures the page words itself', () => {
    expect(problemText(new ApiProblem(409, 'ticket.stale', 'Algú altre ha canviat el tiquet'))).toBe('Algú altre ha canviat el tiquet');
    expect(problemText(new ApiProblem(500, 'server.internal', 'Something went wrong'))).toBeNull();
    expect(problemText(new ApiProblem(0, 'network', ''))).toBeNull();
    expect(problemText(new Error('boom'))).toBeNull();
  });
});
