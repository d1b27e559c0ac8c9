import type { Rule } from '@atlas-lint/engine';
import costs from './costs.js';
import failureModes from './failure-modes.js';
import fourPlanes from './four-planes.js';
import instanceTypes from './instance-types.js';
import latencyPercentiles from './latency-percentiles.js';
import noStreamPlane from './no-stream-plane.js';
import planeColors from './plane-colors.js';
import planeMembership from './plane-membership.js';
import scaleMetrics from './scale-metrics.js';
import sourceAttribution from './source-attribution.js';

/** atlas/* rules about planes, colours and production data. */
export const atlasRules: Rule<never>[] = [
  planeColors, noStreamPlane, planeMembership, fourPlanes, sourceAttribution, instanceTypes, costs, latencyPercentiles, failureModes, scaleMetrics,
] as Rule<never>[];
