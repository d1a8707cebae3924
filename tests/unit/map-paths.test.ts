import { describe, expect, it } from 'vitest';
import { wholePixelPaths } from '../../src/charts/charts.ts';

describe('map outlines to the whole pixel', () => {
  it('rounds coordinates and drops points repeated on the same pixel, leaving other attributes alone', () => {
    const svg = '<svg><path d="M423.161,299.107L426.5,298.677L426.4,298.6L426.45,298.71L427.619,294.805Z" stroke-width="0.5"/><circle r="4.25"/></svg>';
    expect(wholePixelPaths(svg)).toBe('<svg><path d="M423,299L427,299L426,299L428,295Z" stroke-width="0.5"/><circle r="4.25"/></svg>');
  });
  it('keeps negative coordinates and integers as they are', () => {
    expect(wholePixelPaths('<path d="M-3.6,0L10,-20.4"/>')).toBe('<path d="M-4,0L10,-20"/>');
  });
});

describe('map outlines: a repeated point is a whole command', () => {
  it('does not mistake a point for the start of a longer number', () => {
    expect(wholePixelPaths('<path d="M0,0L426,299L426,2995Z"/>')).toBe('<path d="M0,0L426,299L426,2995Z"/>');
  });
});
