/** The components an editor's body may use (see ALLOWED_COMPONENTS in src/domain/mdx-policy.ts), passed to every <Content />. */
import AtlasChart from './AtlasChart.astro';

export const BODY_COMPONENTS = { AtlasChart };
