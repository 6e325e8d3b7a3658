/** The app's URLs, in one place so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  templateOutline: (id: string) => `/templates/${encodeURIComponent(id)}`,
  /** Add a template of one's own: paste, choose or drop its Markdown. */
  newTemplate: '/templates/new',
  replaceTemplate: (id: string) => `/templates/${encodeURIComponent(id)}/replace`,
  draft: (id: string) => `/drafts/${encodeURIComponent(id)}`,
  /** A shared draft travels in the fragment, which browsers never send to the server. */
  shared: '/shared',
  sharedLink: (fragment: string) => `${window.location.origin}/shared#${fragment}`,
  importMarkdown: '/import',
  /** An invitation to a team draft: room and server in the fragment. */
  join: '/join',
  joinLink: (fragment: string) => `${window.location.origin}/join#${fragment}`,
};
