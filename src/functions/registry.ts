/**
 * THE registry of custom functions: one typed entry per function. The build
 * generates each global wrapper and its JSDoc from here; the README reference
 * is generated from here too.
 */
import { FUNNEL_FUNCTIONS } from './funnel';
import { PLAN_FUNCTIONS } from './plan';
import { REQUIRED_FUNCTIONS } from './required';
import { TRACKING_FUNCTIONS } from './tracking';
import type { CustomFunctionSpec } from './types';

export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [
  ...REQUIRED_FUNCTIONS,
  ...FUNNEL_FUNCTIONS,
  ...PLAN_FUNCTIONS,
  ...TRACKING_FUNCTIONS,
];
