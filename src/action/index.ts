/** The bundled entry (`dist/index.js`): only calls `run()`. */
import { run } from './main.js';

await run();
