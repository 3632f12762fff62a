// Where the web client's modules live, for the tests.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/resources/quiznight/web');
export const js = (name) => new URL(`file://${WEB}/js/${name}`).href;
