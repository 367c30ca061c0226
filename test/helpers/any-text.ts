import fc from "fast-check";

/**
 * One unit of any text: a code point from anywhere in Unicode, a lone surrogate, or (often) ASCII,
 * where line breaks and Markdown's syntax live. fast-check's own `unit: "binary"` covers the same,
 * but builds a table of every code point the first time (3 s of CPU per test process).
 */
export const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);
