/** The app's URLs, in one place so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  templateOutline: (id: string) => `/templates/${encodeURIComponent(id)}`,
  draft: (id: string) => `/drafts/${encodeURIComponent(id)}`,
};
