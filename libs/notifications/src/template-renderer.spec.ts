import { parseTemplate, renderTemplate, templateProblems } from './template-renderer';

const rules = { variables: ['ticket.reference', 'ticket.subject', 'recipient.name', 'message', 'ticket.link'], threaded: true };
const body = (html: string) => html.replace(/^[\s\S]*<body>\n/, '').replace(/<\/body>[\s\S]*$/, '');

describe('parseTemplate', () => {
  it('splits literal text and placeholders, allowing spaces inside the braces', () => {
    expect(parseTemplate('Hi {{ recipient.name }}, see {{ticket.link}}.').segments).toEqual([
      { literal: 'Hi ' },
      { variable: 'recipient.name', source: '{{ recipient.name }}' },
      { literal: ', see ' },
      { variable: 'ticket.link', source: '{{ticket.link}}' },
      { literal: '.' },
    ]);
  });

  it.each([
    ['an unclosed placeholder', 'Hello {{recipient.name', '{{recipient.name'],
    ['a space inside a name', 'Ref {{ticket reference}}', '{{ticket reference}}'],
    ['an empty placeholder', 'Ref {{}}', '{{}}'],
    ['a double dot', 'Ref {{ticket..reference}}', '{{ticket..reference}}'],
    ['a name starting with a digit', 'Ref {{1ticket}}', '{{1ticket}}'],
    ['a stray closing pair', 'Hello recipient.name}} there', 'Hello recipient.name}}'],
    ['a placeholder opened twice', 'Hi {{recipient.name {{ticket.subject}}', '{{recipient.name {{ticket.subject}}'],
    ['triple braces', 'Hi {{{recipient.name}}}', '{{{recipient.name}}'],
  ])('reports %s', (_case, source, malformed) => {
    expect(parseTemplate(source).malformed).toContain(malformed);
  });

  it('keeps malformed parts as text, so rendering never fails', () => {
    expect(renderTemplate({ subject: 'S', body: 'Hi {{recipient.name' }, { 'recipient.name': 'Marta' }).text).toBe('Hi {{recipient.name');
  });
});

describe('templateProblems', () => {
  it('accepts a template that uses only its variables and keeps the reference in the subject', () => {
    expect(templateProblems({ subject: '[{{ ticket.reference }}] {{ticket.subject}}', body: 'Dear {{recipient.name}},\n\n{{message}}' }, rules)).toEqual([]);
  });

  it('names every unknown variable and malformed placeholder with its field', () => {
    const problems = templateProblems({ subject: '[{{ticket.reference}}] {{ticket.numbr}}', body: 'Dear {{recipient.nam}}, {{message' }, rules);
    expect(problems.map(({ field, problem, placeholder }) => ({ field, problem, placeholder }))).toEqual([
      { field: 'subject', problem: 'unknown-variable', placeholder: '{{ticket.numbr}}' },
      { field: 'body', problem: 'malformed-placeholder', placeholder: '{{message' },
      { field: 'body', problem: 'unknown-variable', placeholder: '{{recipient.nam}}' },
    ]);
    expect(problems[0].message).toBe('Unknown variable in the subject: {{ticket.numbr}}');
  });

  it('requires [{{ticket.reference}}] in the subject of a ticket mail only', () => {
    for (const subject of ['{{ticket.subject}}', 'Ref {{ticket.reference}}', '[ {{ticket.reference}}]']) {
      expect(templateProblems({ subject, body: 'B' }, rules).map((p) => p.problem)).toEqual(['reference-required']);
    }
    expect(templateProblems({ subject: '{{ticket.subject}}', body: 'B' }, { ...rules, threaded: false })).toEqual([]);
  });

  it('refuses an empty part and a subject of more than one line', () => {
    const problems = templateProblems({ subject: '[{{ticket.reference}}]\nBcc: someone@example.org', body: '  \n' }, rules);
    expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual(['body: empty', 'subject: multi-line']);
  });
});

describe('renderTemplate', () => {
  const template = {
    subject: '[{{ticket.reference}}] {{ticket.subject}}',
    body: 'Dear {{recipient.name}},\n\n{{message}}\n\nFollow it: {{ticket.link}}\n\n{{agent.signature}}\n\nThe office',
  };
  const values = {
    'ticket.reference': 'suport#310',
    'ticket.subject': 'Printer <on fire>\r\nBcc: x@example.org',
    'recipient.name': 'Marta & Jordi',
    message: 'Line one\nLine <two>\n\nSecond "paragraph"',
    'ticket.link': 'https://help.example.org/t/suport%23310?token=a&b=1',
  };

  it('fills in the subject as one line, whatever the values hold', () => {
    expect(renderTemplate(template, values).subject).toBe('[suport#310] Printer <on fire> Bcc: x@example.org');
  });

  it('renders the text part as written, folding the blank lines a missing value leaves', () => {
    expect(renderTemplate(template, values).text).toBe(
      'Dear Marta & Jordi,\n\nLine one\nLine <two>\n\nSecond "paragraph"\n\nFollow it: https://help.example.org/t/suport%23310?token=a&b=1\n\nThe office',
    );
  });

  it('derives the HTML part: escaped values, paragraphs, line breaks and links', () => {
    expect(body(renderTemplate(template, values).html)).toBe(
      [
        '<p>Dear Marta &amp; Jordi,</p>',
        '<p>Line one<br>\nLine &lt;two&gt;</p>',
        '<p>Second &quot;paragraph&quot;</p>',
        '<p>Follow it: <a href="https://help.example.org/t/suport%23310?token=a&amp;b=1">https://help.example.org/t/suport%23310?token=a&amp;b=1</a></p>',
        '<p>The office</p>',
        '',
      ].join('\n'),
    );
    expect(renderTemplate(template, values).html).toMatch(/^<!DOCTYPE html>\n<html><head><meta charset="utf-8"><\/head><body>/);
  });

  it("puts the instance's name on top of the HTML part in its colour, escaped, and leaves the text part alone", () => {
    const template = { subject: 'S', body: 'Hello' };
    const branded = renderTemplate(template, {}, { brand: { name: 'Ús & <Exemple>', color: '#1c5d99' } });
    expect(branded.html).toContain('<div style="border-top:4px solid #1c5d99;padding-top:12px">\n<p style="margin:0 0 16px;font-weight:bold;color:#1c5d99">Ús &amp; &lt;Exemple&gt;</p>\n<p>Hello</p>');
    expect(branded.text).toBe('Hello');
    expect(renderTemplate(template, {}, { brand: null }).html).not.toContain('border-top');
  });

  it('cannot be tricked into markup by a value', () => {
    const html = renderTemplate({ subject: 'S', body: '{{message}}' }, { message: '<script>alert(1)</script> <a href="javascript:x">' }).html;
    expect(html).not.toMatch(/<script|<a /);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;a href=&quot;javascript:x&quot;&gt;');
  });

  it('leaves trailing punctuation out of links', () => {
    const html = renderTemplate({ subject: 'S', body: 'See https://example.org/a. Or (https://example.org/b), or https://example.org/c_(d)!' }, {}).html;
    expect(html).toContain('<a href="https://example.org/a">https://example.org/a</a>. Or (<a href="https://example.org/b">https://example.org/b</a>), or ');
    expect(html).toContain('<a href="https://example.org/c_(d)">https://example.org/c_(d)</a>!');
  });

  it('inserts trusted HTML as is in the HTML part and its text in the text part', () => {
    const message = { text: 'Bold move', html: '<p><strong>Bold</strong> move</p>' };
    const inline = renderTemplate({ subject: '{{message}}', body: 'Said: {{message}}\n\n{{message}}' }, { message });
    expect(inline.subject).toBe('Bold move');
    expect(inline.text).toBe('Said: Bold move\n\nBold move');
    expect(body(inline.html)).toBe('<p>Said: <p><strong>Bold</strong> move</p></p>\n<p><strong>Bold</strong> move</p>\n');
  });

  it('does not let private-use characters in a value stand in for trusted HTML', () => {
    const rendered = renderTemplate({ subject: 'S', body: '{{a}} {{b}}' }, { a: '\uE0000\uE001', b: { text: 't', html: '<b>t</b>' } });
    expect(body(rendered.html)).toBe('<p>0 <b>t</b></p>\n');
  });

  it('puts the reply-above marker on top of both parts when the sender gives one', () => {
    const rendered = renderTemplate({ subject: 'S', body: 'Hello' }, {}, { replyAbove: '-- Reply above this line <please> --' });
    expect(rendered.text).toBe('-- Reply above this line <please> --\n\nHello');
    expect(body(rendered.html)).toBe('<p style="color:#888888">-- Reply above this line &lt;please&gt; --</p>\n<p>Hello</p>\n');
    expect(renderTemplate({ subject: 'S', body: 'Hello' }, {}).text).toBe('Hello');
  });
});
