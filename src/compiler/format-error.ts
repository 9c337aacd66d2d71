// How python3 prints a SyntaxError raised while compiling a script:
//
//     File "x.py", line 1
//       foo(a b)
//           ^^^
//   SyntaxError: invalid syntax. Perhaps you forgot a comma?
//
// The source line is printed without its indentation; the carets run from
// `offset` to `end_offset` (one caret when there is no end). CPython does the
// arithmetic on the line's UTF-8 bytes with character offsets, so carets drift
// on lines with non-ASCII text before the error; we reproduce that.
// @cpython Python/pythonrun.c print_exception, print_error_text (3.11)

import type { PySyntaxError } from "./errors.js"

/** The text python3 writes to stderr for an uncaught SyntaxError in a script. */
export function formatSyntaxError(err: PySyntaxError): string {
  // Errors without a location (source decoding, null bytes) print the message only.
  if (err.lineno <= 0) return `${err.kind}: ${err.msg}\n`
  let out = `  File "${err.filename}", line ${err.lineno}\n`
  if (err.text !== null) {
    const bytes = new TextEncoder().encode(err.text)
    let endOffset = err.endOffset
    const lineSize = bytes.length
    // A multi-line location is shown on its first line, up to the line's end.
    if (err.endLineno > err.lineno) endOffset = lineSize
    if (endOffset > lineSize + 1) endOffset = lineSize + 1
    // IndentationError and TabError always get a single caret.
    if (err.kind !== "SyntaxError") endOffset = -1
    out += errorText(bytes, err.offset, endOffset)
  }
  return out + `${err.kind}: ${err.msg}\n`
}

function errorText(bytes: Uint8Array, offset1: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1
  let offset = offset1 - 1
  let start = 0
  while (
    start < bytes.length &&
    (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0c)
  ) {
    start++
    offset--
  }
  let len = bytes.length - start
  if (len > 0 && bytes[start + len - 1] === 0x0a) len--
  if (offset > len) offset = len
  // Skip past newlines embedded in the text.
  for (;;) {
    let nl = -1
    for (let i = start; i < bytes.length; i++) {
      if (bytes[i] === 0x0a) {
        nl = i
        break
      }
    }
    if (nl < 0) break
    let inl = nl - start
    if (inl >= offset) break
    inl += 1
    start += inl
    len -= inl
    offset -= inl
  }
  const decoder = new TextDecoder()
  let out = "    " + decoder.decode(bytes.subarray(start))
  if (bytes[start + len] !== 0x0a) out += "\n"
  if (offset < 0) return out
  return out + "    " + " ".repeat(offset) + "^".repeat(carets) + "\n"
}
