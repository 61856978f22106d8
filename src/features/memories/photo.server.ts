import { memories as words } from '../../content/memories/words.ts';
import { AppError } from '../../platform/server/errors.ts';

/** The most a photo may weigh as it comes in. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** The longest side it is kept at: plenty for a phone or a printed export. */
const LONGEST_SIDE = 1600;
/** Decoding stops past this many pixels (a small file that unpacks into a huge image). */
const MAX_PIXELS = 40_000_000;
const FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'heif']);

const unreadable = () =>
  new AppError('bad_request', words.photoUnreadable, {
    reason: 'photo_unreadable',
    fields: { image: words.photoUnreadable },
  });

/** base64 or a data: URL, as the schema let it through, into bytes. */
export function photoBytes(image: string): Buffer {
  const comma = image.startsWith('data:') ? image.indexOf(',') : -1;
  const bytes = Buffer.from(image.slice(comma + 1), 'base64');
  if (bytes.length > PHOTO_MAX_BYTES)
    throw new AppError('payload_too_large', words.photoTooBig, {
      reason: 'photo_too_big',
      fields: { image: words.photoTooBig },
    });
  return bytes;
}

/**
 * Decodes the photo with a real image library and writes a new JPEG from its pixels alone:
 * turned upright first, then no EXIF (place, device, time), no XMP, no IPTC, no ICC profile and
 * no comment survives, since sharp writes none unless asked. Anything it cannot decode as one of
 * the usual photo formats is refused with a 400, never a 500.
 */
export async function reencodePhoto(
  image: string,
): Promise<{ bytes: Buffer; width: number; height: number }> {
  const input = photoBytes(image);
  // Loaded when the first photo comes, not at start: sharp and libvips cost a second and ~30 MB
  // that most servers never need (decision 174).
  const { default: sharp } = await import('sharp');
  try {
    const source = sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error', animated: false });
    const meta = await source.metadata();
    if (!meta.format || !FORMATS.has(meta.format)) throw unreadable();
    const { data, info } = await source
      .rotate()
      .resize({
        width: LONGEST_SIDE,
        height: LONGEST_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable();
  }
}
