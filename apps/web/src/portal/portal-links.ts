// Links inside the portal: pages of a ticket, the guest link of a mail, where to go after signing in.

// References hold '#' (suport#310): encoded in the path.
export function ticketPath(reference: string): string {
  return `/tickets/${encodeURIComponent(reference)}`;
}

export interface GuestLink {
  reference: string;
  email: string;
  token: string;
}

// A mail's link carries ?email=&token=; both are needed.
export function guestLinkOf(reference: string, search: string): GuestLink | null {
  const params = new URLSearchParams(search);
  const email = params.get('email');
  const token = params.get('token');
  return email && token ? { reference, email, token } : null;
}

// The address without the link's email and token, other parameters kept.
export function withoutGuestLink(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('email');
  params.delete('token');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

// Where sign-in leads back to: a page of this portal only, never another site.
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/tickets';
  return next;
}
