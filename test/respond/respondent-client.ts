import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A form-posting browser for the in-process server: keeps cookies, reads the CSRF token from
 * the last page, posts urlencoded forms and follows 303 redirects, as a browser without
 * JavaScript does.
 */
export class RespondentClient {
  readonly cookies = new Map<string, string>();
  lastPage = '';
  lastStatus = 0;

  constructor(private readonly app: FastifyInstance) {}

  /** GETs a URL and follows a 303 redirect; returns the first response. */
  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({ method: 'GET', url, headers: { ...this.cookieHeader(), ...headers } });
    this.keepCookies(response);
    if (String(response.headers['content-type'] ?? '').startsWith('text/html')) {
      this.lastPage = response.body;
      this.lastStatus = response.statusCode;
    }
    if (response.statusCode === 303) await this.get(String(response.headers.location), headers);
    return response;
  }

  /** Opens an invitation link and follows the redirect; returns the first response. */
  open(token: string): Promise<LightMyRequestResponse> {
    return this.get(`/r/${token}`);
  }

  /** Posts a form with the CSRF token of the last page and follows a redirect. */
  async post(url: string, fields: Record<string, string>, options: { csrf?: string } = {}): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams({ _csrf: options.csrf ?? this.csrfToken(), ...fields }).toString();
    const response = await this.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { ...this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    this.keepCookies(response);
    if (response.statusCode === 303) await this.get(String(response.headers.location));
    else {
      this.lastPage = response.body;
      this.lastStatus = response.statusCode;
    }
    return response;
  }

  /** Posts the current page (its `page` field) with answers and an action. */
  postPage(fields: Record<string, string>, action: 'next' | 'back' | 'save' | 'add' | 'remove' = 'next'): Promise<LightMyRequestResponse> {
    return this.post('/r/page', { page: this.currentPageKey(), action, ...fields });
  }

  csrfToken(): string {
    return /name="_csrf" value="([^"]+)"/.exec(this.lastPage)?.[1] ?? '';
  }

  currentPageKey(): string {
    return /name="page" value="([^"]+)"/.exec(this.lastPage)?.[1] ?? '';
  }

  heading(): string {
    return (/<h1>([\s\S]*?)<\/h1>/.exec(this.lastPage)?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size > 0 ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') } : {};
  }

  private keepCookies(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number }[]) {
      if (cookie.value === '' || cookie.maxAge === 0) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
}
