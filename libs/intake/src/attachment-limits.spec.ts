import type { InboundAttachment } from '@tessera/mail';
import { applyAttachmentLimits, droppedNote } from './attachment-limits';

function part(filename: string, contentType: string, size: number): InboundAttachment {
  return { filename, filenameGenerated: false, contentType, size, contentId: null, inline: false, content: Buffer.alloc(size), sha256: '' };
}

describe('applyAttachmentLimits', () => {
  const parts = [part('a.pdf', 'application/pdf', 10), part('b.png', 'image/png', 50), part('c.exe', 'application/x-msdownload', 5)];

  it('keeps everything within the size when no types are listed', () => {
    const { kept, dropped } = applyAttachmentLimits(parts, { maxBytes: 100, types: [] });
    expect(kept.map((p) => p.filename)).toEqual(['a.pdf', 'b.png', 'c.exe']);
    expect(dropped).toEqual([]);
  });

  it('drops parts over the size limit and of types not listed, naming why', () => {
    const { kept, dropped } = applyAttachmentLimits(parts, { maxBytes: 20, types: ['image/*', 'application/pdf'] });
    expect(kept.map((p) => p.filename)).toEqual(['a.pdf']);
    expect(dropped).toEqual([
      { filename: 'b.png', contentType: 'image/png', size: 50, reason: 'too-large' },
      { filename: 'c.exe', contentType: 'application/x-msdownload', size: 5, reason: 'type-not-allowed' },
    ]);
  });

  it('matches types without regard to case and only on whole types', () => {
    const { kept } = applyAttachmentLimits([part('x', 'Image/PNG', 1), part('y', 'imagex/png', 1)], { maxBytes: 10, types: ['image/*'] });
    expect(kept.map((p) => p.filename)).toEqual(['x']);
  });

  it('writes a note naming each dropped part and the reason', () => {
    const note = droppedNote(applyAttachmentLimits(parts, { maxBytes: 20, types: ['application/pdf'] }).dropped, { maxBytes: 20, types: [] });
    expect(note).toContain('b.png (image/png, 50 bytes): larger than the limit of 20 bytes');
    expect(note).toContain('c.exe (application/x-msdownload, 5 bytes): this type of file is not accepted');
  });
});
