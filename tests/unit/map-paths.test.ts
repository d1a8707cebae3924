import { describe, expect, it } from 'vitest';
import { wholePixelPaths } from '../../src/charts/charts.ts';

/** The absolute points a path of M, l/L and Z visits (to compare shapes whatever the notation). */
function points(d: string): string[] {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  for (const [, cmd = '', args = ''] of d.matchAll(/([MLlZ])([^MLlZ]*)/g)) {
    if (cmd === 'Z') { [x, y] = [sx, sy]; out.push('Z'); continue; }
    const [a = 0, b = 0] = (args.match(/-?\d+/g) ?? []).map(Number);
    if (cmd === 'l') [x, y] = [x + a, y + b];
    else [x, y] = [a, b];
    if (cmd === 'M') [sx, sy] = [x, y];
    out.push(`${x},${y}`);
  }
  return out;
}
const d = (svg: string) => /d="([^"]*)"/.exec(svg)?.[1] ?? '';

describe('map outlines to the whole pixel', () => {
  it('rounds coordinates and drops points repeated on the same pixel, leaving other attributes alone', () => {
    const svg = '<svg><path d="M423.161,299.107L426.5,298.677L426.4,298.6L426.45,298.71L427.619,294.805Z" stroke-width="0.5"/><circle r="4.25"/></svg>';
    const out = wholePixelPaths(svg);
    expect(points(d(out))).toEqual(['423,299', '427,299', '426,299', '428,295', 'Z']);
    expect(out.replace(/d="[^"]*"/, '')).toBe('<svg><path  stroke-width="0.5"/><circle r="4.25"/></svg>');
  });
  it('keeps negative coordinates and integers as they are', () => {
    expect(points(d(wholePixelPaths('<path d="M-3.6,0L10,-20.4"/>')))).toEqual(['-4,0', '10,-20']);
  });
  it('writes line-tos relative to the previous point, in fewer bytes, and restarts after a closed ring', () => {
    const abs = 'M340,285L324,288L314,288Z M640,145L634,153Z'.replace(' ', '');
    const out = d(wholePixelPaths(`<path d="${abs}"/>`));
    expect(out).toBe('M340,285l-16,3l-10,0ZM640,145l-6,8Z');
    expect(points(out)).toEqual(points(abs));
    expect(out.length).toBeLessThan(abs.length);
  });
  it('leaves a path with curves as it is', () => {
    expect(wholePixelPaths('<path d="M0,0C1,1,2,2,3,3"/>')).toBe('<path d="M0,0C1,1,2,2,3,3"/>');
  });
});

describe('map outlines: a repeated point is a whole command', () => {
  it('does not mistake a point for the start of a longer number', () => {
    expect(points(d(wholePixelPaths('<path d="M0,0L426,299L426,2995Z"/>')))).toEqual(['0,0', '426,299', '426,2995', 'Z']);
  });
});
