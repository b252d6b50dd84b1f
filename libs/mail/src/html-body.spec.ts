import { sanitizeMailHtml, textFromHtml } from './html-body';

describe('sanitizeMailHtml', () => {
  it('removes scripts, event handlers, forms, frames and style sheets', () => {
    const html = sanitizeMailHtml(
      '<head><title>T</title><style>p{color:red}</style></head><body onload="x()"><script>alert(1)</script>' +
        '<p onclick="steal()">Hi <b>there</b></p><form action="https://evil.example"><input name="p"></form>' +
        '<iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">x</a></body>',
    );
    expect(html).toBe('<p>Hi <b>there</b></p><a rel="noopener noreferrer nofollow" target="_blank">x</a>');
  });

  it('drops remote images and keeps embedded ones', () => {
    const html = sanitizeMailHtml('<img src="https://tracker.example/p.gif" width="1"><img src="cid:logo@x" alt="Logo"><img src="data:image/png;base64,AAAA">');
    expect(html).toBe('<img src="cid:logo@x" alt="Logo" /><img src="data:image/png;base64,AAAA" />');
  });

  it('keeps basic formatting and safe styles, never a style that loads something', () => {
    const html = sanitizeMailHtml(
      '<table border="1"><tr><td colspan="2" style="color: #f00; background-image: url(https://x.example/a.png); font-weight: bold">a</td></tr></table>' +
        '<ul><li><i>one</i></li></ul><blockquote>q</blockquote><a href="https://example.com/x" onmouseover="y()">link</a>',
    );
    expect(html).toBe(
      '<table border="1"><tr><td colspan="2" style="color:#f00;font-weight:bold">a</td></tr></table>' +
        '<ul><li><i>one</i></li></ul><blockquote>q</blockquote>' +
        '<a href="https://example.com/x" rel="noopener noreferrer nofollow" target="_blank">link</a>',
    );
  });
});

describe('textFromHtml', () => {
  it('keeps paragraphs, line breaks and list items', () => {
    expect(textFromHtml(sanitizeMailHtml('<div>Hello<br>world</div><p>Second   paragraph\n with  spaces</p><ul><li>one</li><li>two</li></ul>'))).toBe(
      'Hello\nworld\n\nSecond paragraph with spaces\n\n- one\n- two',
    );
  });

  it('marks quoted blocks with ">" so quote stripping works on HTML-only mail', () => {
    const html = sanitizeMailHtml('<p>Hello</p><div>On Monday, Anna wrote:<blockquote>Hi<br>there<blockquote>deeper</blockquote></blockquote></div>');
    expect(textFromHtml(html)).toBe('Hello\n\nOn Monday, Anna wrote:\n\n> Hi\n> there\n>\n> > deeper');
  });

  it('decodes entities, keeps preformatted text and names link targets', () => {
    const html = sanitizeMailHtml('<p>Tom &amp; Jerry &lt;3&nbsp;&#8364;</p><pre>a  b\n  c</pre><p><a href="https://example.com/t?a=1&amp;b=2">the ticket</a> <a href="https://example.com">https://example.com</a></p>');
    expect(textFromHtml(html)).toBe('Tom & Jerry <3 €\n\na  b\n  c\n\nthe ticket <https://example.com/t?a=1&b=2> https://example.com');
  });

  it('stays linear on deeply nested markup', () => {
    const html = '<div>'.repeat(20_000) + 'deep' + '</div>'.repeat(20_000);
    const started = Date.now();
    expect(textFromHtml(sanitizeMailHtml(html))).toBe('deep');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
