import { randomBytes } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { testSmtpSink } from './test-smtp-sink';

const sink = testSmtpSink();
const transport = createTransport({ host: sink.host, port: sink.port, secure: false });

// Test files share the sink: every test writes to addresses of its own.
const address = (name: string) => `${name}-${randomBytes(4).toString('hex')}@example.test`;

afterAll(() => transport.close());

describe('testSmtpSink', () => {
  it('keeps a sent message with its envelope, headers and body intact', async () => {
    const to = address('marta');
    const sent = await transport.sendMail({
      from: 'Suport <suport@helpdesk.test>',
      to,
      cc: address('jordi'),
      subject: 'Re: El projector de l’aula 4 [suport#310]',
      text: 'Hem canviat el cable HDMI.\nEns dius si ja funciona?',
      headers: { 'Auto-Submitted': 'auto-replied', 'In-Reply-To': '<original@example.test>' },
    });

    const [message] = await sink.messages({ to });
    expect(message.envelope).toMatchObject({ mailFrom: 'suport@helpdesk.test', rcptTo: [to, expect.stringMatching(/^jordi-/)] });
    expect(message.parsed.messageId).toBe(sent.messageId);
    expect(message.parsed.subject).toBe('Re: El projector de l’aula 4 [suport#310]');
    expect(message.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(message.parsed.inReplyTo).toBe('<original@example.test>');
    expect(message.parsed.text).toBe('Hem canviat el cable HDMI.\nEns dius si ja funciona?\n');
    expect(message.raw.toString('utf8')).toContain(`Message-ID: ${sent.messageId}`);
  });

  it('keeps a null sender as an empty mailFrom', async () => {
    const to = address('bounced');
    await transport.sendMail({ envelope: { from: '', to }, from: 'MAILER-DAEMON@example.test', to, subject: 'Undelivered Mail', text: 'x' });
    const message = await sink.waitFor((candidate) => candidate.envelope.rcptTo.includes(to));
    expect(message.envelope.mailFrom).toBe('');
  });

  it('waits for a message that is still on its way and gives up on one that never comes', async () => {
    const to = address('later');
    const arriving = sink.waitFor((message) => message.envelope.rcptTo.includes(to), 3_000);
    setTimeout(() => void transport.sendMail({ from: 'suport@helpdesk.test', to, subject: 'Later', text: 'x' }), 200);
    expect((await arriving).parsed.subject).toBe('Later');

    const nobody = address('nobody');
    await expect(sink.waitFor((message) => message.envelope.rcptTo.includes(nobody), 300)).rejects.toThrow(/no matching message within 300 ms/);
  });

  it('hides what arrived before clear() from this helper', async () => {
    const own = testSmtpSink();
    const to = address('cleared');
    await transport.sendMail({ from: 'suport@helpdesk.test', to, subject: 'Before', text: 'x' });
    await own.clear();
    expect(await own.messages({ to })).toEqual([]);
    await transport.sendMail({ from: 'suport@helpdesk.test', to, subject: 'After', text: 'x' });
    expect((await own.messages({ to })).map((message) => message.parsed.subject)).toEqual(['After']);
    // Other helpers, like other test files, still see both.
    expect(await sink.messages({ to })).toHaveLength(2);
  });

  it('answers a matching recipient with the configured 4xx a given number of times, then accepts', async () => {
    const to = address('greylisted');
    const failure = await sink.failRecipients({ recipient: to, code: 451, message: 'Try again later', times: 2 });
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        await expect(transport.sendMail({ from: 'suport@helpdesk.test', to, subject: 'Retry', text: 'x' })).rejects.toMatchObject({
          responseCode: 451,
          response: expect.stringContaining('Try again later'),
        });
      }
      await transport.sendMail({ from: 'suport@helpdesk.test', to, subject: 'Retry', text: 'x' });
      expect(await sink.messages({ to })).toHaveLength(1);
    } finally {
      await failure.remove();
    }
  });

  it('answers recipients matching a pattern with a 5xx until the rule is removed, and only those', async () => {
    const domain = `gone-${randomBytes(4).toString('hex')}.test`;
    const failure = await sink.failRecipients({ recipient: new RegExp(`@${domain.replace(/\./g, '\\.')}$`), code: 550 });
    const kept = address('kept');
    const sent = await transport.sendMail({ from: 'suport@helpdesk.test', to: [`anna@${domain}`, kept], subject: 'Partly', text: 'x' });
    expect(sent.rejected).toEqual([`anna@${domain}`]);
    expect(sent.accepted).toEqual([kept]);
    await expect(transport.sendMail({ from: 'suport@helpdesk.test', to: `pau@${domain.toUpperCase()}`, subject: 'x', text: 'x' })).rejects.toMatchObject({
      responseCode: 550,
    });

    await failure.remove();
    await transport.sendMail({ from: 'suport@helpdesk.test', to: `pau@${domain}`, subject: 'Now accepted', text: 'x' });
    expect((await sink.messages({ to: `pau@${domain}` })).map((message) => message.parsed.subject)).toEqual(['Now accepted']);
  });
});
