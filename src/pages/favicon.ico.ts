/**
 * /favicon.ico for browsers and tools that ask for it: the mark rasterised at 32 px, stored as a
 * PNG inside an ICO container (one image; ICO files may hold PNG data since Windows Vista).
 */
import { Resvg } from '@resvg/resvg-js';
import { logoSvg } from '../lib/brand.ts';

export function GET() {
  const png = new Resvg(logoSvg(undefined, undefined, 32)).render().asPng();
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(32, 6); // width
  header.writeUInt8(32, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(22, 18); // image offset
  return new Response(new Uint8Array(Buffer.concat([header, png])), { headers: { 'Content-Type': 'image/x-icon' } });
}
