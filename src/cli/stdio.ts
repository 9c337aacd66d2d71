// The command line's standard output and error.
//
// process.stdout is a stream object, and making it loads a good part of
// Node's stream machinery (net.Socket for a pipe or a terminal): about a
// tenth of the start-up of `heapscope run -c 'print(1)' | cat`. On Linux and
// macOS those streams write synchronously anyway (files, pipes, terminals),
// so heapscope writes to the descriptor itself with fs.writeSync, and makes
// the stream only when it has to:
//
//   write(text) ──► writeSync(fd) ──► done
//                        │ EAGAIN (a non-blocking descriptor inherited from the parent)
//                        ▼
//                   process.stdout / stderr, for this write and every later one
//                   (Node waits for the descriptor; the order is kept)
//
// A reader that goes away (`heapscope run x.py | head`) is not an error of
// the program: EPIPE ends the process quietly, on either path. On Windows,
// where terminals and pipes are asynchronous, the streams are used throughout.

import { writeSync } from "node:fs"

/** A function writing text to file descriptor 1 or 2 (see the file comment). */
export function stdWriter(fd: 1 | 2): (text: string) => void {
  let stream: NodeJS.WriteStream | null = process.platform === "win32" ? nodeStream(fd) : null
  return (text) => {
    if (stream !== null) {
      stream.write(text)
      return
    }
    const bytes = Buffer.from(text, "utf8")
    let done = 0
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === "EPIPE") process.exit(0)
      if (code !== "EAGAIN") throw e
      stream = nodeStream(fd)
      stream.write(bytes.subarray(done))
    }
  }
}

/** process.stdout or process.stderr, ending the process quietly on EPIPE. */
function nodeStream(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0)
    throw e
  })
  return stream
}
