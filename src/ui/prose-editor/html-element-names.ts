/**
 * Standard HTML element names and the common SVG ones: the same list
 * @tiptap/markdown (`STANDARD_HTML_TAGS`, not exported) uses to decide that
 * `<package>` is literal text while `<section>` is an element it parses.
 */
export const HTML_ELEMENT_NAMES: ReadonlySet<string> = new Set(
  `a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col
  colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3
  h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter
  nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section
  select slot small source span strong style sub summary sup svg circle clippath defs ellipse foreignobject g image line
  lineargradient mask path polygon polyline radialgradient rect stop switch symbol textpath tspan use table tbody td
  template textarea tfoot th thead time title tr track u ul var video wbr`.split(/\s+/),
);
