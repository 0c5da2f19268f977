import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom, mlp } from '../src/index.js';

// The `mnist` package ships real MNIST digits as JSON: src/digits/<d>.json holds
// { data: number[] }, the 28×28 images of digit d one after another, gray levels scaled to [0, 1]
// (about 1 000 per digit). A subset and five epochs keep the test to a few seconds.
const PIXELS = 28 * 28;
const TRAIN_PER_DIGIT = 600;
const TEST_PER_DIGIT = 100;

function loadDigits(): { train: Float32Array; trainLabels: Uint8Array; test: Float32Array; testLabels: Uint8Array } {
  const root = dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
  const train = new Float32Array(10 * TRAIN_PER_DIGIT * PIXELS);
  const test = new Float32Array(10 * TEST_PER_DIGIT * PIXELS);
  const trainLabels = new Uint8Array(10 * TRAIN_PER_DIGIT);
  const testLabels = new Uint8Array(10 * TEST_PER_DIGIT);
  for (let digit = 0; digit < 10; digit++) {
    const { data } = JSON.parse(readFileSync(join(root, 'src', 'digits', `${digit}.json`), 'utf8')) as { data: number[] };
    const count = data.length / PIXELS;
    // Training images from the front of each digit's list, held-out test images from the back.
    train.set(data.slice(0, TRAIN_PER_DIGIT * PIXELS), digit * TRAIN_PER_DIGIT * PIXELS);
    test.set(data.slice((count - TEST_PER_DIGIT) * PIXELS, count * PIXELS), digit * TEST_PER_DIGIT * PIXELS);
    trainLabels.fill(digit, digit * TRAIN_PER_DIGIT, (digit + 1) * TRAIN_PER_DIGIT);
    testLabels.fill(digit, digit * TEST_PER_DIGIT, (digit + 1) * TEST_PER_DIGIT);
  }
  return { train, trainLabels, test, testLabels };
}

describe('mlp on MNIST', () => {
  it('a 784-64-10 network reaches at least 90 % accuracy on held-out digits', () => {
    const { train, trainLabels, test, testLabels } = loadDigits();
    const net = mlp({ sizes: [PIXELS, 64, 10], hidden: 'relu', output: 'softmax', loss: 'cross-entropy', dtype: 'float32', seed: 1 });
    const batch = 32;
    const x = new Float32Array(batch * PIXELS);
    const y = new Float32Array(batch * 10);
    const order = Array.from(trainLabels, (_, i) => i);
    const random = createRandom(2);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random.uniform() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (let start = 0; start + batch <= order.length; start += batch) {
        y.fill(0);
        for (let r = 0; r < batch; r++) {
          const index = order[start + r]!;
          x.set(train.subarray(index * PIXELS, (index + 1) * PIXELS), r * PIXELS);
          y[r * 10 + trainLabels[index]!] = 1;
        }
        net.trainStep(x, y, batch, { optimizer: 'adam', lr: 0.002 });
      }
    }
    const probabilities = net.predict(test, testLabels.length);
    let correct = 0;
    for (let r = 0; r < testLabels.length; r++) {
      let best = 0;
      for (let c = 1; c < 10; c++) if (probabilities[r * 10 + c]! > probabilities[r * 10 + best]!) best = c;
      if (best === testLabels[r]) correct++;
    }
    expect(correct / testLabels.length).toBeGreaterThanOrEqual(0.9);
    // About 3 s on an idle core; the limit leaves room for a busy shared CI machine.
  }, 60_000);
});
