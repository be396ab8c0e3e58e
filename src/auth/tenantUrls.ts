// Without MSAL: the demo partner shows the same admin-consent link.

/** The sign-in authority of one tenant in the configured cloud. */
export const tenantAuthority = (authorityHost: string, tenant: string) =>
  `${authorityHost}/${encodeURIComponent(tenant)}`;

/**
 * Where an administrator of `tenant` consents to the app for the whole tenant (Entra's admin-consent endpoint;
 * that it answers GDAP admins too is inferred).
 */
export const adminConsentUrl = (authorityHost: string, tenant: string, clientId: string) =>
  `${tenantAuthority(authorityHost, tenant)}/adminconsent?client_id=${encodeURIComponent(clientId)}`;
