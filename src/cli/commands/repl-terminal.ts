// The terminal as the REPL's main thread uses it: one line at a time after a
// prompt, with readline's line editing and the session's history.
//
//              read(prompt)                       a line, Ctrl-C or Ctrl-D
//   cooked ───────────────────►  raw, stdin read ─────────────────────────► cooked
//   (Python code runs: Ctrl-C    (readline edits the line; Ctrl-C is a key,
//    is SIGINT, stdin unread)     not a signal)
//
// Between reads the terminal is in cooked mode and stdin is not read, so a
// Ctrl-C typed while Python code runs reaches the process as SIGINT (which
// repl.ts turns into KeyboardInterrupt), and what is typed meanwhile waits in
// the terminal, echoed, as with python3.
//
// readline turns a whole chunk of input into lines at once, so a pasted block
// would run without its prompts; python3 reads pasted lines one by one, each
// after its own ">>> " or "... ". So the bytes read from stdin are held here
// and given to readline (through `keys`, an emitter it takes as its input)
// only up to the end of the first line, and only while a read waits.

import type * as Events from "node:events"
import type * as Readline from "node:readline"

/** What one read gave: a line, Ctrl-C, or Ctrl-D (the end of input). */
export type Reply = { kind: "line"; line: string } | { kind: "interrupt" } | { kind: "eof" }

/** The terminal of the REPL (see the file comment). */
export class Terminal {
  private readonly readline: typeof Readline
  /** Bytes read from stdin, not yet given to readline. */
  private held: Buffer = Buffer.alloc(0)
  /** readline's input: emits the 'data' this class decides to pass on. */
  private readonly keys: Events.EventEmitter & { pause(): void; resume(): void }
  /** The readline interface; a new one after Ctrl-C or Ctrl-D ended the last. */
  private rl: Readline.Interface | null = null
  /** The read in progress. */
  private waiter: ((r: Reply) => void) | null = null
  /** Whether Ctrl-C also erases the typed text (input() does, the prompt does not). */
  private erase = false
  /** Whether stdin reached its end. */
  private ended = false
  /** The lines entered, most recent first; input() shares them with the prompt. */
  private readonly history: string[] = []

  constructor(readline: typeof Readline, events: typeof Events) {
    this.readline = readline
    this.keys = Object.assign(new events.EventEmitter(), { pause() {}, resume() {} })
    process.stdin.on("data", (chunk: Buffer) => {
      // A Ctrl-D typed in cooked mode (while code ran) reads as NUL once the
      // terminal is raw again: take it as Ctrl-D (readline ignores NUL anyway).
      this.held = Buffer.concat([this.held, chunk.map((b) => (b === 0 ? 4 : b))])
      this.pump()
    })
    process.stdin.on("end", () => {
      this.ended = true
      if (this.held.length === 0) this.deliver({ kind: "eof" })
    })
    process.stdin.pause()
  }

  /**
   * Reads one line after `prompt`. `erase`: Ctrl-C also erases what was typed
   * (python3's input() does; at the REPL prompt the text stays on the screen).
   */
  read(prompt: string, erase = false): Promise<Reply> {
    return new Promise((resolve) => {
      this.waiter = resolve
      this.erase = erase
      const rl = this.rl ?? this.open()
      rl.setPrompt(prompt)
      process.stdin.setRawMode(true)
      rl.prompt()
      this.pump()
      if (this.waiter === null) return
      if (this.ended) this.deliver({ kind: "eof" })
      else process.stdin.resume()
    })
  }

  /** Leaves the terminal as it was found (cooked mode, stdin not read). */
  close(): void {
    this.suspend()
    const rl = this.rl
    this.rl = null
    rl?.close()
  }

  /** While Python code runs: cooked mode (Ctrl-C is SIGINT), stdin left unread. */
  private suspend(): void {
    process.stdin.pause()
    process.stdin.setRawMode(false)
  }

  private open(): Readline.Interface {
    const rl = this.readline.createInterface({
      input: this.keys as unknown as NodeJS.ReadableStream,
      output: process.stdout,
      history: this.history,
      historySize: 1000,
      terminal: true,
    })
    rl.on("line", (line) => this.deliver({ kind: "line", line }))
    rl.on("SIGINT", () => {
      if (this.erase) {
        rl.write(null, { ctrl: true, name: "e" })
        rl.write(null, { ctrl: true, name: "u" })
      }
      // The next read starts from an empty line: this interface, and what was typed, go.
      this.deliver({ kind: "interrupt" })
      this.rl = null
      rl.close()
    })
    rl.on("close", () => {
      if (this.rl !== rl) return // closed after Ctrl-C or at the end, not by Ctrl-D
      this.rl = null
      this.deliver({ kind: "eof" })
    })
    this.rl = rl
    return rl
  }

  private deliver(r: Reply): void {
    const w = this.waiter
    if (w === null) return
    this.waiter = null
    this.suspend()
    w(r)
  }

  /** Gives readline the held bytes up to the first line end (CR LF is one) while a read waits. */
  private pump(): void {
    while (this.waiter !== null && this.held.length > 0) {
      const i = this.held.findIndex((b) => b === 0x0d || b === 0x0a)
      const crlf = i >= 0 && this.held[i] === 0x0d && this.held[i + 1] === 0x0a
      const n = i < 0 ? this.held.length : i + (crlf ? 2 : 1)
      const part = this.held.subarray(0, n)
      this.held = this.held.subarray(n)
      this.keys.emit("data", part)
    }
  }
}
