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

/** `$select` and its kin take property names only: letters and digits, comma-separated. */
const NAMES = /^[A-Za-z0-9]+(,[A-Za-z0-9]+)*$/;

/** Adds OData system query options (`$select=a,b`) to a path; only property-name lists are accepted. */
export function withQueryOptions(path: GraphPath, options: Record<`$${string}`, readonly string[]>): GraphPath {
  const query = Object.entries(options).map(([option, names]) => {
    const value = names.join(",");
    if (!/^\$[a-z]+$/.test(option) || !NAMES.test(value)) throw new RangeError(`Not a valid OData option: ${option}`);
    return `${option}=${value}`;
  });
  return `${path}${path.includes("?") ? "&" : "?"}${query.join("&")}` as GraphPath;
}

/**
 * Adds OData query options whose values are expressions (`$filter=…`, `$orderby=activityDateTime desc`, `$top=25`):
 * each value is percent-encoded whole, so nothing in it can add another option. Literals inside an expression are
 * the caller's to quote (odataString).
 */
export function withQueryExpressions(path: GraphPath, options: Record<`$${string}`, string>): GraphPath {
  const query = Object.entries(options).map(([option, value]) => {
    if (!/^\$[a-z]+$/.test(option)) throw new RangeError(`Not a valid OData option: ${option}`);
    return `${option}=${encodeURIComponent(value)}`;
  });
  return `${path}${path.includes("?") ? "&" : "?"}${query.join("&")}` as GraphPath;
}

/** An OData string literal: in single quotes, a quote inside doubled (OData URL conventions, section 5.1.1.6.1). */
export const odataString = (value: string) => `'${value.replace(/'/g, "''")}'`;
