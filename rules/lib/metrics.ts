/**
 * Recognisers for production data in diagram text. Each is a regex over display text (labels
 * after Mermaid's unescaping: `<br/>` is a newline, entity codes decoded), kept here so every
 * rule and its docs agree on what counts. Tested in metrics.test.ts, with the near misses the
 * Atlas corpus showed.
 */

const anyOf = (parts: string[], flags = ''): RegExp => new RegExp(parts.join('|'), flags);

/** A number as people write it: 5, 1,200, 2.5 */
const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
/** Magnitude after a number: 47K, 2.1M, 3 billion */
const MAG = String.raw`(?:\s?(?:[KMBT]|k|bn|thousand|million|billion|trillion)\b)?`;

export const INSTANCE_TYPE = anyOf([
  // AWS EC2 / RDS / ElastiCache / OpenSearch / SageMaker: r5.24xlarge, m7g.metal, db.r6g.2xlarge,
  // cache.r6g.large, p4d.24xlarge, ml.p3.2xlarge, i3en.metal-24xl
  String.raw`\b(?:db\.|cache\.|search\.|ml\.)?[a-z]{1,3}\d[a-z0-9-]*\.(?:nano|micro|small|medium|large|metal(?:-\d+xl)?|\d*xlarge)\b`,
  // GCP: n2-standard-8, e2-medium, c3-highcpu-22, a2-highgpu-1g, m1-ultramem-40, n1-standard-96
  String.raw`\b[a-z]\d[a-z]?-(?:standard|highmem|highcpu|micro|small|medium|megamem|ultramem|highgpu|megagpu|custom)(?:-\d+[a-z]?)?\b`,
  // Azure: Standard_D4s_v3, Standard_E8ds_v5, Standard_NC24ads_A100_v4
  String.raw`\bStandard_[A-Z]{1,3}\d+[a-z]*(?:_[A-Z]\d+)?(?:_v\d)?\b`,
]);

/**
 * Money: $47K/month, $0.25/GB, $2.1M/yr, $1,200, €30K, 47K USD. A "$" needs a digit after it, so
 * "$/core" or "${var}" is no figure.
 */
export const MONEY = anyOf([
  String.raw`[$€£]\s?${NUM}${MAG}`,
  String.raw`\b${NUM}${MAG}\s?(?:USD|EUR|GBP|dollars)\b`,
]);

const PERCENTILE = String.raw`\b[pP](?:50|75|90|95|99|99\.9|99\.99|999)\b`;
const DURATION = String.raw`${NUM}\s?(?:µs|us|ms|s|sec|secs|seconds|min|mins|minutes)\b`;
/**
 * A latency percentile with a value: "p50: 5ms", "P99 120 ms", "p99.9 = 2s", "p99 latency: 5ms",
 * "p99 < 200ms", and the value first: "25ms p99", "<10ms p99".
 */
export const LATENCY_PERCENTILE = anyOf([
  String.raw`${PERCENTILE}\s*(?:(?:latency|response(?: time)?|read|write|lookup|e2e|end-to-end)\s*)?[:=]?\s*[<≤~]?\s*${DURATION}`,
  String.raw`${DURATION}\s*(?:@|at)?\s*${PERCENTILE}`,
], 'i');
export const ANY_PERCENTILE = new RegExp(PERCENTILE);

const COUNTED = [
  'users', 'DAU', 'MAU', 'subscribers', 'customers', 'members', 'merchants', 'sellers', 'drivers', 'riders', 'hosts',
  'guests', 'listings', 'creators', 'streamers', 'viewers', 'players', 'accounts', 'developers', 'businesses', 'restaurants',
  'devices', 'connections', 'servers', 'instances', 'nodes', 'machines', 'clusters', 'shards', 'partitions', 'containers',
  'pods', 'GPUs', 'CPUs', 'cores', 'PoPs', 'data ?centers', 'edge locations', 'regions',
  'requests', 'req', 'queries', 'calls', 'transactions', 'txns?', 'orders', 'payments', 'trips', 'rides', 'bookings',
  'searches', 'messages', 'msgs?', 'events', 'tweets', 'posts', 'snaps', 'photos', 'images', 'videos', 'streams', 'views',
  'uploads', 'downloads', 'files', 'objects', 'records', 'rows', 'keys', 'documents', 'writes', 'reads', 'ops', 'operations',
  'lookups', 'logs', 'log lines', 'metrics', 'spans', 'traces', 'data ?points', 'jobs', 'tasks', 'deploys', 'deployments',
  'builds', 'sessions', 'notifications', 'emails', 'predictions', 'inferences', 'tokens', 'hours streamed',
];
const PER = String.raw`(?:\s?(?:\/|per)\s?(?:s|sec|second|min|minute|h|hr|hour|day|d|week|month|mo|year|yr)\b)`;
/**
 * An empty lookahead: always true, so it changes no match. V8 compiles what follows a run of
 * optional parts once per way through them (up to ten copies); after `(?=)` it compiles it once.
 * Before SCALE's word list this cuts compiling it from ~100 ms to ~15 ms of a cold run.
 */
const COMPILE_ONCE = '(?=)';

/**
 * Scale figures: 10M users, 40M+ Users, 50K RPS, 500K+ writes/sec, 1B req/day, 2PB, 1000+ TB,
 * 3.2 Gbps, 4M+/sec. A bare rate needs a magnitude or a "+" (4M/sec, 5000+/min), so "$0.02/minute"
 * or "1/month" is none.
 */
export const SCALE = new RegExp([
  String.raw`\b${NUM}${MAG}\+?\s?${COMPILE_ONCE}(?:${COUNTED.join('|')})\b${COMPILE_ONCE}${PER}?`,
  String.raw`\b${NUM}${MAG}\+?\s?${COMPILE_ONCE}(?:RPS|QPS|TPS|IOPS|rps|qps|tps|req\/s(?:ec)?)\b`,
  String.raw`\b${NUM}${MAG}\+?\s?${COMPILE_ONCE}(?:KB|MB|GB|TB|PB|EB|ZB|Kbps|Mbps|Gbps|Tbps|KiB|MiB|GiB|TiB|PiB)\b`,
  String.raw`(?<![$€£\d.,])\b${NUM}(?:[KMBT]\+?|\+)${COMPILE_ONCE}${PER}`,
].join('|'), 'i');

/** A fleet size after a machine: "c5.2xlarge × 100", "r6g.2xlarge x 50" (the scale of the fleet). */
export const FLEET = new RegExp(String.raw`(?:${INSTANCE_TYPE.source})\s*[×x*]\s*\d[\d,]*`);

/**
 * A failure mode, its detection or its recovery: failover, circuit breaker, retries, timeouts,
 * health checks, alerts, monitoring/APM, backups, standby, rate limits, load shedding, DLQ, DDoS
 * protection, blue-green and canary releases, multi-AZ, MTTR/RTO…
 */
export const FAILURE = /\b(?:fail(?:s|ed|ures?|overs?|backs?|ing|-?safe|-?open|-?closed)?|outages?|down(?:time)?|crash(?:es|ed)?|errors?|degrad(?:ed|es|ation)|circuit[ -]?breakers?|retr(?:y|ies|ied)|timeouts?|fallbacks?|recover(?:y|s|ed|ing)?|rollbacks?|roll back|detect(?:ion|ed|s|ing)?|alert(?:s|ing)?|monitor(?:s|ing)?|health[ -]?checks?|chaos|bulkheads?|throttl(?:e|ed|es|ing)|backpressure|back-pressure|rate[ -]?limit(?:s|ed|ing|er)?|load[ -]?shedding|shed(?:s|ding)? load|dead[ -]letter|DLQ|SPOF|blast radius|incidents?|MTT[RDA]|RTO|RPO|redundan(?:t|cy)|replica(?:s|ted|tion)?|standby|hot spare|backups?|restore[sd]?|disaster recovery|self-healing|auto-healing|on-?call|pager(?:duty)?|runbooks?|quorum|DDoS|blue[- ]green|canar(?:y|ies)|multi-(?:AZ|region)|active-(?:active|passive)|graceful|idempoten(?:t|cy)|APM|observability)\b/i;

/**
 * A named infrastructure product in a node label: the databases, caches, queues, proxies and cloud
 * services whose machines, costs and limits an architecture diagram is about. Generic words
 * ("Storage", "Database Contention", "Instance Termination") do not count: they name concepts and
 * events as often as components, so they cannot tell an architecture from a process flow.
 */
export const TECHNOLOGY = /\b(?:Postgres(?:QL)?|MySQL|Aurora|MariaDB|Oracle(?: RAC| DB)?|SQL Server|Spanner|Bigtable|BigQuery|Cassandra|Scylla(?:DB)?|DynamoDB|MongoDB|CockroachDB|TiDB|Vitess|Redis|Memcached?|KeyDB|Elasticsearch|OpenSearch|Solr|Lucene|Kafka|Kinesis|Pulsar|RabbitMQ|ActiveMQ|SQS|SNS|Pub\/?Sub|NATS|ZooKeeper|etcd|Consul|HDFS|S3|GCS|Azure Blob|Blob Storage|Cosmos ?DB|Glacier|Hadoop|Spark|Flink|Storm|Samza|Presto|Trino|Hive|Snowflake|Redshift|ClickHouse|Druid|Pinot|HBase|Neo4j|InfluxDB|TimescaleDB|Prometheus|Thanos|M3DB|Grafana|Jaeger|Nginx|Envoy|HAProxy|Kong|Istio|Linkerd|Kubernetes|K8s|EKS|GKE|AKS|Borg|Mesos|Nomad|EC2|Lambda|Fargate|ECS|Cloud Run|Compute Engine|Cloud SQL|Firestore|ALB|ELB|NLB|CloudFront|Cloudflare|Akamai|Fastly|Route ?53|Varnish|Ceph|MinIO|Airflow|Celery|Sidekiq|Triton|TensorFlow Serving|Ray|SageMaker)\b/i;

/**
 * Products that run on machines someone sizes (self-managed, or managed with an instance class
 * such as RDS db.r6g or ElastiCache cache.r6g): the nodes atlas/instance-types asks about.
 * Serverless and storage services (S3, DynamoDB, Kinesis, Lambda, BigQuery, CDNs) have no
 * instance type to name.
 */
export const PROVISIONED = /\b(?:Postgres(?:QL)?|MySQL|Aurora|MariaDB|Oracle(?: RAC| DB)?|SQL Server|Cassandra|Scylla(?:DB)?|MongoDB|CockroachDB|TiDB|Vitess|Redis|Memcached?|KeyDB|Elasticsearch|OpenSearch|Solr|Kafka|Pulsar|RabbitMQ|ActiveMQ|NATS|ZooKeeper|etcd|Consul|HDFS|Hadoop|Spark|Flink|Storm|Presto|Trino|Hive|Redshift|ClickHouse|Druid|Pinot|HBase|Neo4j|InfluxDB|TimescaleDB|Prometheus|Thanos|M3DB|Nginx|Envoy|HAProxy|Kong|Kubernetes|K8s|EKS|GKE|AKS|EC2|Compute Engine|Varnish|Ceph|MinIO|Triton|TensorFlow Serving|SageMaker)\b/i;

/**
 * Hardware a bare-metal fleet names instead of a cloud instance type: CPU and GPU models, cores,
 * memory. Accepted by atlas/instance-types (Cloudflare, Meta and Google run their own machines).
 */
export const HARDWARE_SPEC = /\b(?:EPYC|Xeon|Graviton\d?|Ampere Altra|[AHV]100|H200|B200|MI300X?|TPU ?v\d+\w*|Trainium|Inferentia)\b|\b\d+\s?(?:v?CPUs?|vCores?|cores)\b|\b\d+\s?(?:GB|TB|GiB|TiB)\s?(?:RAM|memory|DRAM|HBM\d?)\b/i;

export const URL = /\bhttps?:\/\/[^\s<>"'`)\]]+/;

export const PLACEHOLDER = /\b(?:TODO|TBD|TBA|FIXME|XXX+|lorem ipsum)\b|\?\?\?/;

export const VAGUE = /\b(?:low[ -]latency|high[ -]throughput|highly[ -]available|high[ -]availability|high[ -]performance|fast|blazing(?:ly)? fast|scalable|massively scalable)\b/i;

export const HAS_NUMBER = /\d/;

