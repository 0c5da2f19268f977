// The entry of a `bp check --batch --workers N` thread: checks each line it is sent and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkLine, type BatchCheckOptions, type LineTask } from './batch-line.js';

const options = workerData as BatchCheckOptions;
parentPort!.on('message', (task: LineTask) => parentPort!.postMessage(checkLine(task, options)));
