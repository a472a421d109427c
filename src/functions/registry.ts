/**
 * THE registry of custom functions: one typed entry per function. The build
 * generates each global wrapper and its JSDoc from here; the README reference
 * is generated from here too.
 */
import type { CustomFunctionSpec } from './types';

export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [];
