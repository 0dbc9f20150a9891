/**
 * Who publishes this copy of the handbook and where readers send feedback: the one place to change when
 * an organisation deploys it. The build reads HANDBOOK_PUBLISHER, HANDBOOK_PUBLISHER_URL and
 * HANDBOOK_FEEDBACK_URL (a web address or mailto:) when set, so a deployment needs no code change.
 * Shown in every page's footer and on the accessibility page.
 */
const env = (name: string): string | undefined => {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
};

export const siteConfig = {
  publisher: {
    name: env('HANDBOOK_PUBLISHER') ?? 'Samverkanshandboken, en fri digital utgåva',
    url: env('HANDBOOK_PUBLISHER_URL') ?? '/kapitel/om-handboken/',
  },
  /** Without a configured address, feedback goes to the contact section of the accessibility page. */
  feedbackUrl: env('HANDBOOK_FEEDBACK_URL') ?? '/tillganglighet/#kontakt',
} as const;
