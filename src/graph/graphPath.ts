declare const brand: unique symbol;
/** A Graph path below the version root whose interpolated parts were encoded as single segments. */
export type GraphPath = string & { readonly [brand]: "GraphPath" };

/**
 * Builds a Graph path, encoding every interpolated value as one path segment, so no id
 * (with "/", "?", "#", "%" or "..") can change which resource the request addresses.
 */
export function graphPath(strings: TemplateStringsArray, ...segments: string[]): GraphPath {
  return strings.reduce((path, literal, index) => {
    if (index === 0) return literal;
    const segment = segments[index - 1] ?? "";
    if (segment === "" || segment === "." || segment === "..") {
      throw new RangeError(`Not a valid Graph id: "${segment}"`);
    }
    return path + encodeURIComponent(segment) + literal;
  }, "") as GraphPath;
}
