export { assert, unreachable, InternalError } from "./assert.js"
