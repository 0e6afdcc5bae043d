import type { Worker } from 'node:cluster';
import client, { type MetricObjectWithValues, type MetricValue } from 'prom-client';

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];
type Question = { kind: 'wiotc:metrics'; id: number };
type Answer = { kind: 'wiotc:metrics-answer'; id: number; metrics: MetricsJson };

export const PROMETHEUS_CONTENT_TYPE = client.register.contentType;

// A worker that does not answer within this is left out of the scrape.
const ANSWER_TIMEOUT_MS = 2000;

/** In a worker: answers the primary's questions with this registry's figures. */
export function answerMetricsQuestions(registry: client.Registry) {
  process.on('message', (message: Question) => {
    if (message?.kind !== 'wiotc:metrics') return;
    void registry
      .getMetricsAsJSON()
      .then((metrics) => process.send?.({ kind: 'wiotc:metrics-answer', id: message.id, metrics } satisfies Answer));
  });
}

let nextQuestion = 0;

function ask(worker: Worker): Promise<MetricsJson | undefined> {
  const id = (nextQuestion += 1);
  return new Promise((resolve) => {
    const done = (metrics: MetricsJson | undefined) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      resolve(metrics);
    };
    const onMessage = (message: Answer) => {
      if (message?.kind === 'wiotc:metrics-answer' && message.id === id) done(message.metrics);
    };
    const timer = setTimeout(() => done(undefined), ANSWER_TIMEOUT_MS);
    worker.on('message', onMessage);
    worker.send({ kind: 'wiotc:metrics', id } satisfies Question);
  });
}

/**
 * In the primary: the figures of the workers that serve, combined by each
 * metric's aggregator (prom-client's). A worker still starting, or stuck,
 * is left out rather than holding up the scrape.
 */
export async function clusterMetrics(workers: Worker[]): Promise<string> {
  const answers = await Promise.all(workers.map(ask));
  return client.AggregatorRegistry.aggregate(answers.filter((metrics) => metrics !== undefined)).metrics();
}
