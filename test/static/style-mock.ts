/** Stands in for imported style sheets (Atlaskit's `*.compiled.css`, css-reset) under jest. */
const styles: Record<string, string> = {};

export default styles;
