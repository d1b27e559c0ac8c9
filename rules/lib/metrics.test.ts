import { describe, expect, it } from 'vitest';
import { FAILURE, HARDWARE_SPEC, INSTANCE_TYPE, LATENCY_PERCENTILE, MONEY, SCALE, TECHNOLOGY } from './metrics.js';

/** Each recogniser against what it must accept (incl. near misses seen in the Atlas docs) and what it must not. */
const cases: [string, RegExp, string[], string[]][] = [
  ['INSTANCE_TYPE', INSTANCE_TYPE,
    ['r5.24xlarge', 'db.r6g.2xlarge', 'cache.r6g.large', 'm7g.metal', 'p4d.24xlarge × 30', 'ml.p3.2xlarge', 'i3en.metal-24xl', 'n2-standard-8', 'e2-medium', 'c3-highcpu-22', 'a2-highgpu-1g', 'Standard_D4s_v3', 'Standard_E8ds_v5'],
    ['2.5xlarge-ish', 'large servers', 'Standard tier', 'D-series instances', 'node.js']],
  ['MONEY', MONEY,
    ['$47K/month', '$0.25/GB', '$2.1M/yr', '$1,200', '€30K per month', '47K USD', '$0/month', '$32.77/hour'],
    ['Better $/core ratio', '${region}', 'Cost optimization', '10k+ Deploys/Month']],
  ['LATENCY_PERCENTILE', LATENCY_PERCENTILE,
    ['p50: 5ms', 'P99 120 ms', 'p99.9 = 2s', 'p99 Latency: 5ms', 'SLO: p99 < 200ms start time', '25ms p99', 'Latency: <10ms p99', 'p95: 40µs'],
    ['p99', 'Latency: 5ms', 'P0 - Critical Service Down', 'Pay for 95th percentile', 'p99 budget', 'app99: 5ms']],
  ['SCALE', SCALE,
    ['10M users', '40M+ Users', '50K RPS', '500K+ writes/sec', '1B req/day', '2PB', '1000+ TB', '2+ PB capacity', '3.2 Gbps', '100M events/day', '50K tweets/sec', 'Total capacity: 4M+/sec', '1M+ messages/second', '800+ integrations'.replace('integrations', 'servers')],
    ['$0.02/minute', 'MTTR: 15 minutes', '99.99% uptime', 'Rate limited: 20/30s', 'Java 17', '2x normal load', 'Access frequency < 1/month']],
  ['FAILURE', FAILURE,
    ['Failover < 30s', 'circuit breaker', 'Circuit Breakers', 'Retry ×3', 'Health check 5s', 'Error tracking', 'Rate Limit: 10K req/min', 'S3 Backup/Archive', 'Hot standby', 'MTTR: 5 minutes', 'DLQ', 'DDoS Protection', 'Blue-Green', 'DataDog APM', 'Multi-AZ'],
    ['Postgres primary', 'Cost optimization', 'Feature store', 'Breakdown by team']],
  ['TECHNOLOGY', TECHNOLOGY,
    ['PostgreSQL Primary', 'Redis Cluster', 'Kafka', 'Kong API Gateway', 'AWS ALB', 'CloudFront CDN', 'MySQL', 'S3 bucket', 'k8s pods'],
    ['Manual Work Analysis', 'Order Size', 'Route to Exchange', 'Persistent Storage', 'Database Contention', 'Instance Termination', 'Global Load Balancer']],
  ['HARDWARE_SPEC', HARDWARE_SPEC,
    ['AMD EPYC 7713', 'Intel Xeon Gold', '96 cores', '64 vCPUs', '384GB RAM', '8x H100', 'TPU v4 pods'],
    ['Hardware Isolation', '3 servers', '10TB storage', 'Core Services']],
];

describe('production-data recognisers', () => {
  for (const [name, re, accepted, rejected] of cases) {
    it(`${name} accepts the figures people write`, () => {
      expect(accepted.filter((t) => !re.test(t)), 'missed').toEqual([]);
    });
    it(`${name} rejects look-alikes`, () => {
      expect(rejected.filter((t) => re.test(t)), 'wrongly accepted').toEqual([]);
    });
  }
});
