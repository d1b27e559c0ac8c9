/**
 * Recognisers for production data in diagram text. Each is a regex over display text (labels
 * after Mermaid's unescaping), kept here so every rule and its docs agree on what counts.
 */
export const INSTANCE_TYPE = new RegExp([
  // AWS EC2 / RDS / ElastiCache / OpenSearch: r5.24xlarge, m7g.metal, db.r6g.2xlarge, cache.r6g.large
  String.raw`\b(?:db\.|cache\.|search\.)?[a-z]{1,3}\d[a-z0-9-]*\.(?:nano|micro|small|medium|large|metal|\d*xlarge)\b`,
  // GCP: n2-standard-8, e2-medium, c3-highcpu-22, a2-highgpu-1g
  String.raw`\b[a-z]\d[a-z]?-(?:standard|highmem|highcpu|micro|small|medium|megamem|ultramem|highgpu|megagpu|custom)(?:-\d+[a-z]?)?\b`,
  // Azure: Standard_D4s_v3, Standard_E8ds_v5
  String.raw`\bStandard_[A-Z]\d+[a-z]*(?:_v\d)?\b`,
].join('|'));

// $47K/month, $0.25/GB, $2.1M/yr, $1,200, 47K USD
export const MONEY = /(?:\$\s?\d[\d,]*(?:\.\d+)?\s?(?:[KMB]|k|bn|million|billion|thousand)?(?:\s?\/\s?[A-Za-z]+)?)|\b\d[\d,.]*\s?(?:[KMB])?\s?(?:USD|EUR|dollars)\b/;

// p50: 5ms, P99 120 ms, p99.9 = 2s
export const LATENCY_PERCENTILE = /\b[pP](?:50|75|90|95|99|99\.9|99\.99|999)\b\s*[:=]?\s*[<≤~]?\s*\d[\d.,]*\s?(?:µs|us|ms|s|sec|seconds|min)\b/;
export const ANY_PERCENTILE = /\b[pP](?:50|75|90|95|99|99\.9|99\.99|999)\b/;

// 10M users, 50K RPS, 2PB, 1B req/day, 3.2 Gbps, 500K QPS
export const SCALE = /\b\d[\d,.]*\s?(?:[KMBT]|k|million|billion|thousand)?\+?\s?(?:users|DAU|MAU|subscribers|customers|members|RPS|QPS|TPS|req\/s|requests\/s(?:ec)?|requests per second|req\/(?:day|sec|min)|requests|msgs?\/s|messages\/s(?:ec)?|events\/s(?:ec)?|ops\/s(?:ec)?|writes\/s|reads\/s|streams|devices|connections|nodes|servers|instances|clusters|shards|partitions)\b|\b\d[\d,.]*\s?(?:KB|MB|GB|TB|PB|EB|Gbps|Tbps|Mbps)\b/;

export const FAILURE = /\b(?:fail(?:s|ed|ures?|overs?|backs?|ing)?|outages?|degrad(?:ed|ation)|circuit[ -]?breakers?|retr(?:y|ies|ied)|timeouts?|fallbacks?|recover(?:y|s|ed)?|rollbacks?|detect(?:ion|ed|s)?|alert(?:s|ing)?|health[ -]?checks?|chaos|bulkheads?|throttl(?:e|ed|ing)|backpressure|SPOF|blast radius|incidents?|MTTR|RTO|RPO|redundan(?:t|cy)|replica(?:s|tion)?)\b/i;

export const URL = /\bhttps?:\/\/[^\s<>"'`)\]]+/;

export const PLACEHOLDER = /\b(?:TODO|TBD|TBA|FIXME|XXX+|lorem ipsum)\b|\?\?\?/;

export const VAGUE = /\b(?:low[ -]latency|high[ -]throughput|highly[ -]available|high[ -]availability|high[ -]performance|fast|blazing(?:ly)? fast|scalable|massively scalable)\b/i;

export const HAS_NUMBER = /\d/;
