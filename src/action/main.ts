/** Entry point of the action (dist/index.js): nothing but the call. */
import { run } from './run.ts'

await run()
