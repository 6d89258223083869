export { HTML_BYTE_LIMIT, HTML_BYTE_TARGET, PLANS } from './budget';
export { compileMjml, mjmlCompilations } from './compile-mjml';
export type { TrimPlan } from './digest-view';
export { marker, PLACEHOLDERS, type PlaceholderName } from './markers';
export { personalize } from './personalize';
export { renderVariant, variantKey } from './render-variant';
export type {
  Brand,
  CompileMjml,
  PersonalFields,
  PersonalizedMessage,
  RenderedVariant,
  RenderOptions,
  VariantParts,
} from './types';
