import { FetchProblem, IngestFailure, describeFetchFailure } from './fetch-failure';

const target = { host: 'imap.example.edu', port: 993, user: 'suport', folder: 'INBOX' };
const failure = (message: string, details: object) => Object.assign(new Error(message), details);

describe('describeFetchFailure', () => {
  it('names what went wrong as imapflow and Node report it', () => {
    const cases: [Error, string][] = [
      [failure('connect ECONNREFUSED 10.0.0.1:993', { code: 'ECONNREFUSED' }), 'Connection refused by imap.example.edu:993'],
      [failure('getaddrinfo ENOTFOUND imap.example.edu', { code: 'ENOTFOUND' }), 'The host imap.example.edu was not found'],
      [failure('Failed to receive greeting from server in required time', { code: 'GREETING_TIMEOUT' }), 'No answer from imap.example.edu:993 in time'],
      [failure('Connection timed out', { code: 'CONNECT_TIMEOUT' }), 'No answer from imap.example.edu:993 in time'],
      [failure('Connection not available', { code: 'NoConnection' }), 'imap.example.edu:993 closed the connection'],
      [
        failure('Command failed', { authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED', responseText: 'Authentication failed.' }),
        'Login refused for user "suport": check the user name and password (the server said: Authentication failed.)',
      ],
      [failure('Command failed', { mailboxMissing: true, responseText: "Mailbox doesn't exist: INBOX" }), 'The folder "INBOX" does not exist'],
      [
        failure('80FC:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/ssl3_record.c:350:\n', {
          code: 'ERR_SSL_WRONG_VERSION_NUMBER',
          reason: 'wrong version number',
        }),
        'TLS with imap.example.edu:993 failed (wrong version number): check the security setting and the port',
      ],
      [
        failure('Server does not support STARTTLS', { tlsFailed: true }),
        'TLS with imap.example.edu:993 failed (Server does not support STARTTLS): check the security setting and the port',
      ],
      [failure('self-signed certificate', { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), expect.stringContaining('TLS with imap.example.edu:993 failed (self-signed certificate)') as never],
      [failure('Command failed', { responseText: 'Quota exceeded' }), 'Command failed (the server said: Quota exceeded)'],
    ];
    for (const [error, expected] of cases) expect(describeFetchFailure(error, target)).toEqual(expected);
  });

  it('passes our own messages through', () => {
    expect(describeFetchFailure(new FetchProblem('No password is stored'), target)).toBe('No password is stored');
    expect(describeFetchFailure(new IngestFailure(17, new Error('null value in column "subject"')), target)).toBe(
      'Message UID 17 could not be taken in: null value in column "subject"',
    );
  });

  it('never repeats the password and stays short', () => {
    const echoed = failure('LOGIN suport s3cret-pass rejected', {});
    expect(describeFetchFailure(echoed, target, [null, 's3cret-pass'])).toBe('LOGIN suport *** rejected');
    const quoted = failure('AUTH "p@ss.w(rd)" refused; p@ss.w(rd) again', {});
    expect(describeFetchFailure(quoted, target, ['p@ss.w(rd)'])).toBe('AUTH "***" refused; *** again');
    const long = describeFetchFailure(new Error('x'.repeat(1000)), target);
    expect(long).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
  });

  it('masks the password only where it stands whole, not letters inside other words', () => {
    const refused = failure('connect ECONNREFUSED', { code: 'ECONNREFUSED' });
    expect(describeFetchFailure(refused, target, ['y'])).toBe('Connection refused by imap.example.edu:993');
    const echoed = failure('user y said y2 and y', {});
    expect(describeFetchFailure(echoed, target, ['y'])).toBe('user *** said y2 and ***');
    expect(describeFetchFailure(failure('Dovecot ready, pass=ready', {}), target, ['ready'])).toBe('Dovecot ***, pass=***');
  });
});
