/** MathML elements KaTeX writes. */
const MATHML = ['math', 'semantics', 'annotation', 'mrow', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose'];

/** What the GitHub preview lets through beyond plain prose: alert boxes, footnotes, heading anchors, MathML. */
export const GITHUB_EXTRAS = {
  tags: ['section', 'sup', 'div', ...MATHML],
  attributes: ['id', 'aria-describedby', 'aria-label', 'data-footnote-ref', 'data-footnotes', 'data-footnote-backref', 'display', 'encoding', 'mathvariant', 'stretchy', 'fence', 'separator', 'accent', 'lspace', 'rspace', 'xmlns'],
  classes: /^(markdown-alert(-(note|tip|important|warning|caution|title))?|footnotes|sr-only|data-footnote-backref)$/,
};
