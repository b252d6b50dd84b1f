import { extensionFor, generatedFilename, safeFilename } from './attachment-name';

describe('attachment names', () => {
  it('keeps only the last path segment and no control characters', () => {
    expect(safeFilename('..\\..\\windows\\evil.exe')).toBe('evil.exe');
    expect(safeFilename('/etc/passwd')).toBe('passwd');
    expect(safeFilename('re\0port\x07.pdf')).toBe('report.pdf');
    expect(safeFilename('.htaccess')).toBe('htaccess');
    expect(safeFilename('Tax Invoice  INX4183.PDF')).toBe('Tax Invoice  INX4183.PDF');
    expect(safeFilename('  ')).toBeNull();
  });

  it('shortens long names but keeps the extension', () => {
    const name = safeFilename(`${'a'.repeat(300)}.pdf`)!;
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('makes names from the content type, unique among the names taken', () => {
    expect(generatedFilename('image/png', new Set())).toBe('image.png');
    expect(generatedFilename('IMAGE/PNG', new Set(['image.png', 'image-2.png']))).toBe('image-3.png');
    expect(generatedFilename('application/x-unheard-of', new Set())).toBe('attachment.bin');
    expect(generatedFilename('message/rfc822', new Set(), 'Call: HW-Anforderung; Best/nr')).toBe('Call: HW-Anforderung; Best nr.eml');
    expect(generatedFilename('message/rfc822', new Set(), null)).toBe('message.eml');
    expect(extensionFor('application/ms-tnef')).toBe('dat');
  });
});
