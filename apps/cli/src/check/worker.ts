// The entry of a `bp check --batch --workers N` thread: checks each chunk of lines it is sent and posts their results back, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { checkLine, type BatchCheckOptions, type LineTask } from './batch-line.js';

const options = workerData as BatchCheckOptions;
parentPort!.on('message', (tasks: LineTask[]) => parentPort!.postMessage(tasks.map((task) => checkLine(task, options))));
