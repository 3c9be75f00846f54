/** @module Shared chart arithmetic: score (0-100) to pixels, rounded so the SVG output is stable (golden tests). */

/** One decimal place, without a trailing ".0". */
export const fmt = (n: number) => String(Math.round(n * 10) / 10)

/** Maps index i of n points onto [left, right], centring a single point. */
export function xScale(n: number, left: number, right: number): (i: number) => number {
  if (n <= 1) return () => (left + right) / 2
  return (i) => left + ((right - left) * i) / (n - 1)
}

/** Maps a 0-100 score onto [bottom, top] (SVG y grows downwards). */
export function yScale(top: number, bottom: number): (score: number) => number {
  return (score) => bottom - ((bottom - top) * Math.max(0, Math.min(100, score))) / 100
}
