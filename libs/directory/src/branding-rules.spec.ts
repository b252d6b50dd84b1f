import { contrastWithWhite, logoTypeOf, primaryColorProblem, sanitizePageHtml } from './branding-rules';

describe('branding rules', () => {
  it('measures the contrast of white text as WCAG does', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    // WebAIM's checker: #767676 on white is 4.54:1.
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
  });

  it('takes dark colours and refuses light ones or other notations', () => {
    expect(primaryColorProblem('#1c5d99')).toBeNull();
    expect(primaryColorProblem('#ffd43b')).toMatch(/contrast of 1\.\d:1, below 4\.5:1/);
    expect(primaryColorProblem('#1C5D99')).toMatch(/#rrggbb/);
    expect(primaryColorProblem('blue')).toMatch(/#rrggbb/);
  });

  it('knows an image by its bytes, not by what it is called', () => {
    expect(logoTypeOf(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe('image/png');
    expect(logoTypeOf(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('image/jpeg');
    expect(logoTypeOf(Buffer.from('GIF89a...'))).toBe('image/gif');
    expect(logoTypeOf(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]))).toBe('image/webp');
    expect(logoTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(logoTypeOf(Buffer.alloc(0))).toBeNull();
  });

  it('keeps formatting, links and inline images of a page and drops what could run or call elsewhere', () => {
    const html = sanitizePageHtml(
      '<h2 onclick="x()">Welcome</h2><p style="color:red">Write to <a href="mailto:desk@uni.example" target="_top">us</a>.</p>' +
        '<script>alert(1)</script><img src="http://tracker.example/p.gif"><img src="https://uni.example/logo.png"><img src="data:image/png;base64,iVBORw0KGgo=" alt="Logo">' +
        '<a href="javascript:alert(1)">x</a><iframe src="https://evil.example"></iframe><form><input></form>',
    );
    expect(html).toBe(
      '<h2>Welcome</h2><p>Write to <a href="mailto:desk@uni.example" rel="noopener noreferrer">us</a>.</p><img src="data:image/png;base64,iVBORw0KGgo=" alt="Logo" /><a rel="noopener noreferrer">x</a>',
    );
  });
});
